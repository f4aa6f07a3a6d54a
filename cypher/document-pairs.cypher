MATCH (c:Commitment {documentId: $id})-[:THROUGH]->(f:Forum), (c)-[:IN_DOMAIN]->(dm:Domain)
RETURN DISTINCT f.id AS forum, dm.id AS domain
