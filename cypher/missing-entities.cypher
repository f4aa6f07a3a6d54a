// Which of a batch's actors, forums, actions and domains are not in the graph yet (or, for actors,
// carry other names than the lexicon's). A plain read takes no locks, so write-entities only has to
// MERGE (and lock) those, usually none.
CALL { UNWIND $actors AS a OPTIONAL MATCH (x:Actor {id: a.id}) WITH a, x WHERE x IS NULL OR x.name <> a.name OR coalesce(x.nameZh, '') <> coalesce(a.nameZh, '') RETURN collect(a) AS actors }
CALL { UNWIND $forums AS f OPTIONAL MATCH (x:Forum {id: f.id}) WITH f WHERE x IS NULL RETURN collect(f) AS forums }
CALL { UNWIND $actions AS a OPTIONAL MATCH (x:Action {id: a.lemma}) WITH a WHERE x IS NULL RETURN collect(a) AS actions }
CALL { UNWIND $domains AS d OPTIONAL MATCH (x:Domain {id: d}) WITH d WHERE x IS NULL RETURN collect(d) AS domains }
RETURN actors, forums, actions, domains
