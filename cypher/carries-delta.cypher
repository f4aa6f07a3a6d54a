// Adds ($sign = 1) or takes away ($sign = -1) one document's commitments in the derived
// Forum-[:CARRIES]->Domain counts. Work is proportional to the document, not to the graph.
// Pairs are visited in a fixed order so concurrent loads lock them in the same order.
MATCH (c:Commitment {documentId: $id})-[:THROUGH]->(f:Forum), (c)-[:IN_DOMAIN]->(dm:Domain)
WITH f, dm, count(c) AS n,
     sum(CASE c.polarity WHEN 'support' THEN 1 ELSE 0 END) AS s,
     sum(CASE c.polarity WHEN 'oppose' THEN 1 ELSE 0 END) AS o
ORDER BY f.id, dm.id
SET f.lockedAt = timestamp()
MERGE (f)-[r:CARRIES]->(dm)
ON CREATE SET r.commitments = 0, r.documents = 0, r.support = 0, r.oppose = 0
SET r.commitments = toInteger(r.commitments + $sign * n), r.documents = toInteger(r.documents + $sign),
    r.support = toInteger(r.support + $sign * s), r.oppose = toInteger(r.oppose + $sign * o)
WITH r WHERE r.commitments <= 0
DELETE r
