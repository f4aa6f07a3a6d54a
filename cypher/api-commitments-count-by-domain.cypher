// How many commitments match, anchored on the domain filter (an index seek).
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND ($ids IS NULL OR c.id IN $ids)
  AND ($forum IS NULL OR c.forumId = $forum) AND ($domain IS NULL OR c.domainId = $domain)
  AND ($action IS NULL OR c.actionText = $action OR EXISTS { MATCH (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND ($text IS NULL OR EXISTS { MATCH (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) })
  AND ($polarity IS NULL OR c.polarity = $polarity) AND ($language IS NULL OR c.language = $language)
  AND ($documents IS NULL OR c.documentId IN $documents)
  AND ($dateFrom IS NULL OR c.date >= $dateFrom) AND ($dateTo IS NULL OR c.date <= $dateTo)
  AND ($actor IS NULL OR EXISTS { MATCH (c)-[:BY]->(:Actor {id: $actor}) })
RETURN count(c) AS n
