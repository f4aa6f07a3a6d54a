MATCH (d:Document)
WHERE d.contentHash IS NOT NULL
RETURN d {.id, .title, .language, .date, .parties, .source, .translationOf, .sentenceCount, .commitmentCount, .disagreements} AS node
ORDER BY node.id
