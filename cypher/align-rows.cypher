MATCH (d:Document {id: $id})-[:HAS_SENTENCE]->(s:Sentence)
OPTIONAL MATCH (s)<-[:STATED_IN]-(c:Commitment)
WITH s, c ORDER BY s.index, c.order
RETURN s.index AS index, s.text AS text,
       collect(CASE WHEN c IS NULL THEN null ELSE {id: c.id, actorKey: c.actorKey, domain: c.domainId, forum: c.forumId, polarity: c.polarity} END) AS commitments
ORDER BY index
