// The forum × domain map counted from commitments, for filters the CARRIES links cannot answer.
MATCH (f:Forum)<-[:THROUGH]-(c:Commitment)-[:IN_DOMAIN]->(dm:Domain)
WHERE ($forum IS NULL OR f.id = $forum) AND ($domain IS NULL OR dm.id = $domain)
  AND ($polarity IS NULL OR c.polarity = $polarity) AND ($language IS NULL OR c.language = $language)
  AND ($documents IS NULL OR c.documentId IN $documents)
  AND ($dateFrom IS NULL OR c.date >= $dateFrom) AND ($dateTo IS NULL OR c.date <= $dateTo)
  AND ($actor IS NULL OR EXISTS { MATCH (c)-[:BY]->(:Actor {id: $actor}) })
RETURN f {.id, .name, .nameZh, .abbr} AS forum, dm {.id, .name, .nameZh} AS domain, count(c) AS commitments, count(DISTINCT c.documentId) AS documents,
       sum(CASE c.polarity WHEN 'support' THEN 1 ELSE 0 END) AS support,
       sum(CASE c.polarity WHEN 'oppose' THEN 1 ELSE 0 END) AS oppose
ORDER BY commitments DESC, forum.id, domain.id
