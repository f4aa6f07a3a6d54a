MATCH (d:Document {id: $id})
UNWIND $sentences AS s
CREATE (x:Sentence {id: s.id, index: s.index, text: s.text, start: s.start, end: s.end, documentId: d.id})
CREATE (d)-[:HAS_SENTENCE]->(x)
