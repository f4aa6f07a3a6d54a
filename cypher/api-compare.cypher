MATCH (c:Commitment)
WHERE c.documentId IN [$a, $b]
RETURN c.documentId AS document, c.id AS id,
       c.actorKey + '|' + c.domainId + '|' + coalesce(c.forumId, '-') + '|' + c.polarity AS key
ORDER BY id
