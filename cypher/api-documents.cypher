// Every document, the versions of one statement together (the original first).
MATCH (d:Document)
WHERE $ids IS NULL OR d.id IN $ids
RETURN d {.id, .title, .language, .date, .parties, .source, .translationOf, .sentenceCount, .disagreements,
          statementId: coalesce(d.translationOf, d.id)} AS node
ORDER BY node.statementId, node.translationOf IS NOT NULL, node.id
