MATCH (f:Forum)
WHERE $id IS NULL OR f.id = $id
OPTIONAL MATCH (f)<-[:THROUGH]-(c:Commitment)
WITH f, count(c) AS commitments, count(DISTINCT c.documentId) AS documents
RETURN f {.id, .name, .nameZh, .abbr} AS node, commitments, documents
ORDER BY commitments DESC, node.id
