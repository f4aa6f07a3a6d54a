// How many commitments one domain has, when no other filter is given: the node's relationship
// count, which Neo4j keeps (no scan, whatever the corpus size).
OPTIONAL MATCH (d:Domain {id: $domain})
RETURN CASE WHEN d IS NULL THEN 0 ELSE COUNT { (d)<-[:IN_DOMAIN]-() } END AS n
