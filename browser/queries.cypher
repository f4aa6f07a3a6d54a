// Ready queries for Neo4j Browser: paste one into the editor and run it.

// 1. The forum–domain map: which forums carry which policy domains (edge caption = commitments).
MATCH (f:Forum)-[r:CARRIES]->(d:Domain) RETURN f, r, d;

// 2. One commitment with its evidence: sentence, document, actors, action, domain, forum.
MATCH (c:Commitment)-[:THROUGH]->(:Forum {id: 'WHO'})
WITH c LIMIT 1
MATCH p = (c)-[:STATED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(:Document)
OPTIONAL MATCH q = (c)-[:BY|ACTION|IN_DOMAIN|THROUGH]->()
RETURN p, q;

// 3. Everything a forum carries: its commitments by domain, with the sentences behind them.
MATCH (f:Forum {id: 'UN'})<-[:THROUGH]-(c:Commitment)-[:IN_DOMAIN]->(d:Domain), (c)-[:STATED_IN]->(s:Sentence)
RETURN d.name AS domain, c.polarity AS polarity, s.text AS sentence ORDER BY domain;

// 4. What China and Russia jointly oppose.
MATCH (c:Commitment {polarity: 'oppose'})-[:BY]->(:Actor {id: 'CN'}), (c)-[:BY]->(:Actor {id: 'RU'}), (c)-[:STATED_IN]->(s:Sentence)
RETURN s.text AS sentence LIMIT 25;
