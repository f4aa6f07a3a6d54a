CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT commitment_id IF NOT EXISTS FOR (c:Commitment) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT action_id IF NOT EXISTS FOR (a:Action) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT domain_id IF NOT EXISTS FOR (d:Domain) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT forum_id IF NOT EXISTS FOR (f:Forum) REQUIRE f.id IS UNIQUE;
CREATE INDEX commitment_document IF NOT EXISTS FOR (c:Commitment) ON (c.documentId);
CREATE INDEX document_date IF NOT EXISTS FOR (d:Document) ON (d.date);
CREATE INDEX document_translation IF NOT EXISTS FOR (d:Document) ON (d.translationOf);
CREATE INDEX commitment_domain IF NOT EXISTS FOR (c:Commitment) ON (c.domainId);
CREATE INDEX commitment_forum IF NOT EXISTS FOR (c:Commitment) ON (c.forumId);
// No query starts from polarity or order (they are checked on the way): indexes on them only slowed loading.
DROP INDEX commitment_polarity IF EXISTS;
DROP INDEX commitment_order IF EXISTS;
