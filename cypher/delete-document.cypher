// Removes the document node and its load state. Its translations stay, but what they said about
// disagreeing with it no longer holds.
OPTIONAL MATCH (t:Document {translationOf: $id})
REMOVE t.disagreements
WITH count(*) AS _
OPTIONAL MATCH (l:DocumentState {id: $id})
DELETE l
WITH count(*) AS _
OPTIONAL MATCH (d:Document {id: $id})
DETACH DELETE d
RETURN count(d) AS deleted
