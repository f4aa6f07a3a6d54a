// The forum × domain map. Without commitment filters it reads the derived CARRIES links; with them it counts commitments.
CALL {
  MATCH (f:Forum)-[r:CARRIES]->(dm:Domain)
  WHERE $filtered = false AND ($forum IS NULL OR f.id = $forum) AND ($domain IS NULL OR dm.id = $domain)
  RETURN f, dm, r.commitments AS commitments, r.documents AS documents, r.support AS support, r.oppose AS oppose
  UNION ALL
  MATCH (f:Forum)<-[:THROUGH]-(c:Commitment)-[:IN_DOMAIN]->(dm:Domain)
  WHERE $filtered = true AND ($forum IS NULL OR f.id = $forum) AND ($domain IS NULL OR dm.id = $domain)
    AND ($polarity IS NULL OR c.polarity = $polarity) AND ($language IS NULL OR c.language = $language)
  AND ($documents IS NULL OR c.documentId IN $documents)
  AND ($dateFrom IS NULL OR c.date >= $dateFrom) AND ($dateTo IS NULL OR c.date <= $dateTo)
  AND ($actor IS NULL OR EXISTS { MATCH (c)-[:BY]->(:Actor {id: $actor}) })
  RETURN f, dm, count(c) AS commitments, count(DISTINCT c.documentId) AS documents,
         sum(CASE c.polarity WHEN 'support' THEN 1 ELSE 0 END) AS support,
         sum(CASE c.polarity WHEN 'oppose' THEN 1 ELSE 0 END) AS oppose
}
RETURN f {.id, .name, .nameZh, .abbr} AS forum, dm {.id, .name, .nameZh} AS domain, commitments, documents, support, oppose
ORDER BY commitments DESC, forum.id, domain.id
