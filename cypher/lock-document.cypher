// A document's load state lives on its own node, never on the Document users see: the lock that
// makes two loads of one document take turns (the second waits here, then sees the first's hash),
// and the hash of what was loaded.
MERGE (l:DocumentState {id: $id})
SET l.lockedAt = timestamp()
WITH l
OPTIONAL MATCH (d:Document {id: $id})
RETURN l.contentHash AS contentHash, d IS NOT NULL AS exists
