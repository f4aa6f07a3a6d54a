MATCH (dm:Domain)
WHERE $id IS NULL OR dm.id = $id
OPTIONAL MATCH (dm)<-[:IN_DOMAIN]-(c:Commitment)
WITH dm, count(c) AS commitments, count(DISTINCT c.documentId) AS documents
RETURN dm {.id, .name, .nameZh} AS node, commitments, documents
ORDER BY commitments DESC, node.id
