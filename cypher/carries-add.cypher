// Adds one new document's commitments to the derived Forum-[:CARRIES]->Domain counts, from the
// rows being written (no read-back of the commitments). Pairs come sorted by forum and domain,
// so concurrent loads lock them in the same order. Removals use carries-delta.cypher.
UNWIND $pairs AS p
MATCH (f:Forum {id: p.forum})
MATCH (dm:Domain {id: p.domain})
SET f.lockedAt = timestamp()
MERGE (f)-[r:CARRIES]->(dm)
ON CREATE SET r.commitments = 0, r.documents = 0, r.support = 0, r.oppose = 0
// Counts stay integers (JavaScript numbers arrive as floats, which Neo4j Browser shows as 2.0).
SET r.commitments = toInteger(r.commitments + p.commitments), r.documents = toInteger(r.documents + 1),
    r.support = toInteger(r.support + p.support), r.oppose = toInteger(r.oppose + p.oppose)
