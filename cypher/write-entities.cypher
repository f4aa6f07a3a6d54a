// The actors, forums, actions and domains a batch of commitments refers to, merged once per batch
// (not once per row), so write-commitments can MATCH them without eager MERGEs. Actors come here
// when new or when their names changed (names are English in `name`, Chinese in `nameZh`).
CALL { UNWIND $actors AS a MERGE (x:Actor {id: a.id}) SET x.name = a.name, x.nameZh = a.nameZh }
CALL { UNWIND $forums AS f MERGE (x:Forum {id: f.id}) ON CREATE SET x.name = f.name, x.nameZh = f.nameZh, x.abbr = f.abbr, x.short = f.short }
CALL { UNWIND $actions AS a MERGE (x:Action {id: a.lemma}) ON CREATE SET x.name = a.lemma, x.gloss = a.gloss }
CALL { UNWIND $domains AS d MERGE (x:Domain {id: d}) }
