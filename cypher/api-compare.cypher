// The commitments of two documents with what identifies them (actors in party order, domain,
// forum, polarity) and their unit: the original commitment a translation's commitment is the
// counterpart of (its own id otherwise). src/api matches them one to one.
MATCH (c:Commitment)
WHERE c.documentId IN [$a, $b]
RETURN c.documentId AS document, c.id AS id, c.order AS position,
       COLLECT { MATCH (c)-[b:BY]->(x:Actor) WITH x, b ORDER BY b.order RETURN x.id } AS actors,
       c.domainId AS domain, c.forumId AS forum, c.polarity AS polarity,
       coalesce(c.unit, c.id) AS unit
ORDER BY document, position
