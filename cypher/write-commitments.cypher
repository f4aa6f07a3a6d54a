MATCH (d:Document {id: $id})
UNWIND $commitments AS c
MATCH (s:Sentence {id: c.sentenceId})
CREATE (x:Commitment {id: c.id, documentId: d.id, order: c.order, polarity: c.polarity, modality: c.modality,
                      evidenceStart: c.evidenceStart, evidenceEnd: c.evidenceEnd, actionText: c.action.text,
                      language: d.language, date: d.date, actorKey: c.actorKey, forumId: c.forum.id, domainId: c.domain.id})
CREATE (x)-[:STATED_IN]->(s)
CREATE (x)-[:IN_DOCUMENT]->(d)
MERGE (dm:Domain {id: c.domain.id})
CREATE (x)-[:IN_DOMAIN {text: c.domain.text}]->(dm)
MERGE (ac:Action {id: c.action.lemma})
ON CREATE SET ac.gloss = c.action.gloss, ac.name = c.action.lemma
CREATE (x)-[:ACTION {text: c.action.text}]->(ac)
FOREACH (a IN c.actors |
  MERGE (actor:Actor {id: a.id}) ON CREATE SET actor.name = a.name
  CREATE (x)-[:BY]->(actor))
FOREACH (f IN CASE WHEN c.forum.id IS NULL THEN [] ELSE [c.forum] END |
  MERGE (forum:Forum {id: f.id}) ON CREATE SET forum.name = f.name, forum.nameZh = f.nameZh, forum.abbr = f.abbr
  CREATE (x)-[:THROUGH {text: f.text, venue: c.venue}]->(forum))
