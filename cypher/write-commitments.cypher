MATCH (d:Document {id: $id})
UNWIND $commitments AS c
MATCH (s:Sentence {id: c.sentenceId})
MATCH (dm:Domain {id: c.domain.id})
MATCH (ac:Action {id: c.action.lemma})
CREATE (x:Commitment {id: c.id, documentId: d.id, order: c.order, polarity: c.polarity, modality: c.modality,
                      evidenceStart: c.evidenceStart, evidenceEnd: c.evidenceEnd, actionText: c.action.text,
                      language: d.language, date: d.date, actorKey: c.actorKey, forumId: c.forum.id, domainId: c.domain.id})
CREATE (x)-[:STATED_IN]->(s), (x)-[:IN_DOCUMENT]->(d), (x)-[:IN_DOMAIN {text: c.domain.text}]->(dm), (x)-[:ACTION {text: c.action.text}]->(ac)
WITH x, c
CALL {
  WITH x, c
  UNWIND c.actors AS a
  MATCH (actor:Actor {id: a.id})
  CREATE (x)-[:BY]->(actor)
}
CALL {
  WITH x, c
  WITH x, c WHERE c.forum.id IS NOT NULL
  MATCH (f:Forum {id: c.forum.id})
  CREATE (x)-[:THROUGH {text: c.forum.text, venue: c.venue}]->(f)
}
