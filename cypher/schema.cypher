CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT document_state_id IF NOT EXISTS FOR (s:DocumentState) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT commitment_id IF NOT EXISTS FOR (c:Commitment) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT action_id IF NOT EXISTS FOR (a:Action) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT domain_id IF NOT EXISTS FOR (d:Domain) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT forum_id IF NOT EXISTS FOR (f:Forum) REQUIRE f.id IS UNIQUE;
CREATE INDEX commitment_document IF NOT EXISTS FOR (c:Commitment) ON (c.documentId);
CREATE INDEX document_date IF NOT EXISTS FOR (d:Document) ON (d.date);
CREATE INDEX document_language IF NOT EXISTS FOR (d:Document) ON (d.language);
CREATE INDEX document_translation IF NOT EXISTS FOR (d:Document) ON (d.translationOf);
CREATE INDEX commitment_domain IF NOT EXISTS FOR (c:Commitment) ON (c.domainId);
CREATE INDEX commitment_forum IF NOT EXISTS FOR (c:Commitment) ON (c.forumId);
// No query starts from polarity or order (they are checked on the way): indexes on them only slowed loading.
DROP INDEX commitment_polarity IF EXISTS;
DROP INDEX commitment_order IF EXISTS;
// Stores written by earlier versions: the derived Forum-[:CARRIES]->Domain counts are gone (every
// count is computed from the commitments), and load bookkeeping moved to DocumentState nodes.
// A document without a DocumentState is loaded afresh by the next ingest.
MATCH ()-[r:CARRIES]->() DELETE r;
MATCH (f:Forum) WHERE f.lockedAt IS NOT NULL REMOVE f.lockedAt;
MATCH (d:Document) WHERE d.lockedAt IS NOT NULL OR d.contentHash IS NOT NULL OR d.alignedSentences IS NOT NULL REMOVE d.lockedAt, d.contentHash, d.alignedSentences;
// Stores written by earlier versions: a translation's commitment counted as its original's through
// its COUNTERPART link, looked up per row: the original's id is now kept on it (unit).
MATCH (b:Commitment)-[:COUNTERPART]->(a:Commitment) WHERE b.unit IS NULL SET b.unit = a.id;
