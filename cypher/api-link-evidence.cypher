MATCH (f:Forum {id: $forum})<-[:THROUGH]-(c:Commitment)-[:IN_DOMAIN]->(dm:Domain {id: $domain})
WHERE ($polarity IS NULL OR c.polarity = $polarity) AND ($language IS NULL OR c.language = $language)
  AND ($documents IS NULL OR c.documentId IN $documents)
  AND ($dateFrom IS NULL OR c.date >= $dateFrom) AND ($dateTo IS NULL OR c.date <= $dateTo)
  AND ($actor IS NULL OR EXISTS { MATCH (c)-[:BY]->(:Actor {id: $actor}) })
MATCH (c)-[:STATED_IN]->(s:Sentence)<-[:HAS_SENTENCE]-(d:Document)
WITH DISTINCT s, d, min(c.evidenceStart) AS start, max(c.evidenceEnd) AS end
WHERE $after IS NULL OR s.id > $after
RETURN s.id AS id, s.index AS index, s.text AS text, s.start AS sentenceStart, s.end AS sentenceEnd,
       d.id AS documentId, d.title AS documentTitle, start, end
ORDER BY s.id
LIMIT toInteger($limit)
