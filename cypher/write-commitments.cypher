// One batch of a document's commitments with all their links, in one pass over the rows (no
// per-row subqueries). Sentences, actors, forums, actions and domains exist already. Returns what
// it linked, which the loader checks: a row whose entity vanished (deleted as an orphan by a
// concurrent removal) would otherwise be dropped silently.
// statementId: the statement a commitment belongs to, the same for an original and its
// translations, so counts can take the versions of one statement as one.
MATCH (d:Document {id: $id})
UNWIND $commitments AS c
MATCH (s:Sentence {id: c.sentenceId})
MATCH (dm:Domain {id: c.domain.id})
MATCH (ac:Action {id: c.action.lemma})
OPTIONAL MATCH (f:Forum {id: c.forum.id})
CREATE (x:Commitment {id: c.id, documentId: d.id, statementId: coalesce(d.translationOf, d.id), order: c.order,
                      polarity: c.polarity, modality: c.modality, evidenceStart: c.evidenceStart, evidenceEnd: c.evidenceEnd,
                      actionText: c.action.text, caption: c.caption, confidence: c.confidence, language: d.language, date: d.date, actorKey: c.actorKey,
                      forumId: c.forum.id, domainId: c.domain.id})
CREATE (x)-[:STATED_IN]->(s), (x)-[:IN_DOCUMENT]->(d), (x)-[:IN_DOMAIN {text: c.domain.text}]->(dm), (x)-[:ACTION {text: c.action.text}]->(ac)
FOREACH (_ IN CASE WHEN f IS NULL THEN [] ELSE [1] END | CREATE (x)-[:THROUGH {text: c.forum.text, venue: c.venue}]->(f))
WITH x, c, f
// A commitment an organisation makes in its own name has no country actor: one row with none.
UNWIND CASE WHEN size(c.actors) = 0 THEN [null] ELSE range(0, size(c.actors) - 1) END AS i
OPTIONAL MATCH (actor:Actor {id: c.actors[i].id})
// order: the actors as the document names them (its party order), so every reader lists them alike.
FOREACH (_ IN CASE WHEN actor IS NULL THEN [] ELSE [1] END | CREATE (x)-[:BY {order: i}]->(actor))
RETURN count(DISTINCT x) AS commitments, count(DISTINCT CASE WHEN f IS NULL THEN null ELSE x END) AS through, count(actor) AS by
