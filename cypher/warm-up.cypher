// After a start of the API or a restart of Neo4j: reads the commitment indexes (by domain, forum
// and document) and the document nodes once, so that the first requests do not pay for bringing
// them from disk into the page cache (/readyz says ready only after this).
CALL { MATCH (c:Commitment) WHERE c.domainId IS NOT NULL RETURN count(c) AS byDomain }
CALL { MATCH (c:Commitment) WHERE c.forumId IS NOT NULL RETURN count(c) AS byForum }
CALL { MATCH (c:Commitment) WHERE c.documentId IS NOT NULL RETURN count(c) AS byDocument }
CALL { MATCH (d:Document) WHERE d.id IS NOT NULL RETURN count(d) AS documents }
RETURN byDomain, byForum, byDocument, documents
