MERGE (d:Document {id: $id})
ON CREATE SET d.contentHash = null
SET d.lockedAt = timestamp()
RETURN d.contentHash AS contentHash
