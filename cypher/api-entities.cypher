// Forums, domains and actors by id (null: all of them), with their names in English and Chinese.
CALL { MATCH (f:Forum) WHERE $forums IS NULL OR f.id IN $forums RETURN collect(f {.id, .name, .nameZh, .abbr}) AS forums }
CALL { MATCH (d:Domain) WHERE $domains IS NULL OR d.id IN $domains RETURN collect(d {.id, .name, .nameZh}) AS domains }
CALL { MATCH (a:Actor) WHERE $actors IS NULL OR a.id IN $actors RETURN collect(a {.id, .name, .nameZh}) AS actors }
RETURN forums, domains, actors
