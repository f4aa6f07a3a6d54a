MATCH (a:Actor)
OPTIONAL MATCH (a)<-[:BY]-(c:Commitment)
WITH a, count(c) AS commitments, count(DISTINCT c.documentId) AS documents
RETURN a {.id, .name} AS node, commitments, documents
ORDER BY commitments DESC, node.id
