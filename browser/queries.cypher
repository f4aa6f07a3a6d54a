// Ready queries for Neo4j Browser: paste one into the editor and run it.

// 1. The forum–domain map: which forums carry which policy domains, counted as the API counts
//    (a commitment and its counterpart in a translation once; statements, not language versions).
MATCH (f:Forum)<-[:THROUGH]-(c:Commitment)-[:IN_DOMAIN]->(d:Domain)
WITH f, d, c, coalesce(head([(c)-[:COUNTERPART]->(o:Commitment) | o.id]), c.id) AS unit
RETURN f.id AS forum, f.name AS forumName, d.id AS domain, d.name AS domainName,
       count(DISTINCT unit) AS commitments, count(DISTINCT c.statementId) AS statements
ORDER BY commitments DESC, forum, domain;

// 2. The same map drawn as a graph: each forum with the domains of its commitments.
MATCH p = (f:Forum)<-[:THROUGH]-(:Commitment)-[:IN_DOMAIN]->(:Domain) RETURN p LIMIT 300;

// 3. One commitment with its evidence: sentence, document, actors, action, domain, forum.
MATCH (c:Commitment)-[:THROUGH]->(:Forum {id: 'WHO'})
WITH c LIMIT 1
MATCH p = (c)-[:STATED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(:Document)
OPTIONAL MATCH q = (c)-[:BY|ACTION|IN_DOMAIN|THROUGH]->()
RETURN p, q;

// 4. Everything a forum carries: its commitments by domain, with the sentences behind them.
MATCH (f:Forum {id: 'UN'})<-[:THROUGH]-(c:Commitment)-[:IN_DOMAIN]->(d:Domain), (c)-[:STATED_IN]->(s:Sentence)
RETURN d.name AS domain, c.polarity AS polarity, s.text AS sentence ORDER BY domain;

// 5. A statement and its translation, commitment by commitment.
MATCH (t:Commitment)-[:COUNTERPART]->(o:Commitment), (t)-[:STATED_IN]->(ts:Sentence), (o)-[:STATED_IN]->(os:Sentence)
RETURN o.domainId AS domain, o.forumId AS forum, os.text AS original, ts.text AS translation LIMIT 25;

// 6. What China and Russia jointly oppose.
MATCH (c:Commitment {polarity: 'oppose'})-[:BY]->(:Actor {id: 'CN'}), (c)-[:BY]->(:Actor {id: 'RU'}), (c)-[:STATED_IN]->(s:Sentence)
RETURN s.text AS sentence LIMIT 25;
