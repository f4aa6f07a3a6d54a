// How many commitments one forum has, when no other filter is given: the node's relationship
// count, which Neo4j keeps (no scan, whatever the corpus size).
OPTIONAL MATCH (f:Forum {id: $forum})
RETURN CASE WHEN f IS NULL THEN 0 ELSE COUNT { (f)<-[:THROUGH]-() } END AS n
