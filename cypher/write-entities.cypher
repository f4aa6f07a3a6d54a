// The actors, forums, actions and domains a batch of commitments refers to, merged once per batch
// (not once per row), so write-commitments can MATCH them without eager MERGEs.
CALL { UNWIND $actors AS a MERGE (x:Actor {id: a.id}) ON CREATE SET x.name = a.name }
CALL { UNWIND $forums AS f MERGE (x:Forum {id: f.id}) ON CREATE SET x.name = f.name, x.nameZh = f.nameZh, x.abbr = f.abbr, x.short = f.short }
CALL { UNWIND $actions AS a MERGE (x:Action {id: a.lemma}) ON CREATE SET x.name = a.lemma, x.gloss = a.gloss }
CALL { UNWIND $domains AS d MERGE (x:Domain {id: d}) }
