MATCH (o:Document {id: $original}), (t:Document {id: $translation})
MERGE (t)-[:TRANSLATION_OF]->(o)
SET t.disagreements = $disagreements
WITH o, t
CALL {
  WITH t
  MATCH (:Commitment {documentId: t.id})-[r:COUNTERPART]-()
  DELETE r
}
CALL {
  UNWIND $counterparts AS p
  MATCH (a:Commitment {id: p.original}), (b:Commitment {id: p.translation})
  CREATE (b)-[:COUNTERPART]->(a)
}
RETURN t.id AS id
