// The forum × domain map from the derived CARRIES links: one read per link, whatever the corpus size.
MATCH (f:Forum)-[r:CARRIES]->(dm:Domain)
WHERE ($forum IS NULL OR f.id = $forum) AND ($domain IS NULL OR dm.id = $domain)
RETURN f {.id, .name, .nameZh, .abbr} AS forum, dm {.id, .name, .nameZh} AS domain,
       r.commitments AS commitments, r.documents AS documents, r.support AS support, r.oppose AS oppose
ORDER BY commitments DESC, forum.id, domain.id
