MATCH (o:Document {id: $original}), (t:Document {id: $translation})
MERGE (t)-[:TRANSLATION_OF]->(o)
SET t.disagreements = $disagreements
WITH o, t
CALL {
  WITH t
  MATCH (c:Commitment {documentId: t.id})-[r:COUNTERPART]-()
  DELETE r
  REMOVE c.unit
}
// unit: the original commitment a translation's commitment counts as (counts take the two as one);
// kept on the commitment so that a count over the whole graph reads a property, not a pattern per row.
CALL {
  UNWIND $counterparts AS p
  MATCH (a:Commitment {id: p.original}), (b:Commitment {id: p.translation})
  CREATE (b)-[:COUNTERPART]->(a)
  SET b.unit = a.id
}
RETURN t.id AS id
