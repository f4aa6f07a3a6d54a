// After a start of the API or a restart of Neo4j: reads the forum × domain map and the commitment
// indexes once, so that the first requests do not pay for bringing them from disk into the page
// cache (/readyz says ready only after this).
CALL { MATCH (:Forum)-[r:CARRIES]->(:Domain) RETURN count(r) AS links }
CALL { MATCH (c:Commitment) WHERE c.domainId IS NOT NULL RETURN count(c) AS byDomain }
CALL { MATCH (c:Commitment) WHERE c.forumId IS NOT NULL RETURN count(c) AS byForum }
CALL { MATCH (c:Commitment) WHERE c.documentId IS NOT NULL RETURN count(c) AS byDocument }
CALL { MATCH (d:Document) WHERE d.id IS NOT NULL RETURN count(d) AS documents }
RETURN links, byDomain, byForum, byDocument, documents
