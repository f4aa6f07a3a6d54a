UNWIND $pairs AS p
MATCH (f:Forum {id: p.forum}), (dm:Domain {id: p.domain})
OPTIONAL MATCH (f)-[old:CARRIES]->(dm)
DELETE old
WITH DISTINCT f, dm
OPTIONAL MATCH (f)<-[:THROUGH]-(c:Commitment)-[:IN_DOMAIN]->(dm)
WITH f, dm, count(c) AS n, count(DISTINCT c.documentId) AS docs,
     sum(CASE c.polarity WHEN 'support' THEN 1 ELSE 0 END) AS support,
     sum(CASE c.polarity WHEN 'oppose' THEN 1 ELSE 0 END) AS oppose
WHERE n > 0
CREATE (f)-[:CARRIES {commitments: n, documents: docs, support: support, oppose: oppose}]->(dm)
