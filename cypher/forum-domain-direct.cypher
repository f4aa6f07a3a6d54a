MATCH (f:Forum)<-[:THROUGH]-(c:Commitment)-[:IN_DOMAIN]->(dm:Domain)
RETURN f.id AS forum, dm.id AS domain, count(c) AS commitments, count(DISTINCT c.documentId) AS documents,
       sum(CASE c.polarity WHEN 'support' THEN 1 ELSE 0 END) AS support,
       sum(CASE c.polarity WHEN 'oppose' THEN 1 ELSE 0 END) AS oppose
ORDER BY forum, domain
