// Takes a document's sentences and commitments away (before a new version is written or the
// document removed) and returns the actors, forums and actions they used, to delete those left unused.
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[t:TRANSLATION_OF]->()
DELETE t
WITH DISTINCT d
// The commitments of its translations that counted as this document's count as their own again.
CALL {
  WITH d
  MATCH (:Commitment {documentId: d.id})<-[:COUNTERPART]-(tc:Commitment)
  REMOVE tc.unit
}
OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
OPTIONAL MATCH (s)<-[:STATED_IN]-(c:Commitment)
OPTIONAL MATCH (c)-[:BY]->(a:Actor)
OPTIONAL MATCH (c)-[:THROUGH]->(f:Forum)
OPTIONAL MATCH (c)-[:ACTION]->(ac:Action)
WITH collect(DISTINCT s) AS sentences, collect(DISTINCT c) AS commitments,
     collect(DISTINCT a.id) AS actors, collect(DISTINCT f.id) AS forums, collect(DISTINCT ac.id) AS actions
FOREACH (c IN commitments | DETACH DELETE c)
FOREACH (s IN sentences | DETACH DELETE s)
RETURN actors, forums, actions
