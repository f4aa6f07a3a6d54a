// no filter
MATCH (c:Commitment)

// documents
MATCH (c:Commitment)
WHERE c.documentId IN $documents

// actor
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)

// documents + actor
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }

// forum
MATCH (c:Commitment)
WHERE c.forumId = $forum

// documents + forum
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum

// actor + forum
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }

// documents + actor + forum
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }

// domain
MATCH (c:Commitment)
WHERE c.domainId = $domain

// documents + domain
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain

// actor + domain
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }

// documents + actor + domain
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }

// forum + domain
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain

// documents + forum + domain
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain

// actor + forum + domain
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }

// documents + actor + forum + domain
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }

// polarity
MATCH (c:Commitment)
WHERE c.polarity = $polarity

// documents + polarity
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.polarity = $polarity

// actor + polarity
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.polarity = $polarity

// documents + actor + polarity
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity

// forum + polarity
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.polarity = $polarity

// documents + forum + polarity
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.polarity = $polarity

// actor + forum + polarity
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity

// documents + actor + forum + polarity
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity

// domain + polarity
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.polarity = $polarity

// documents + domain + polarity
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.polarity = $polarity

// actor + domain + polarity
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity

// documents + actor + domain + polarity
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity

// forum + domain + polarity
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.polarity = $polarity

// documents + forum + domain + polarity
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.polarity = $polarity

// actor + forum + domain + polarity
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity

// documents + actor + forum + domain + polarity
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity

// language
MATCH (d:Document {language: $language})<-[:IN_DOCUMENT]-(c:Commitment)

// documents + language
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.language = $language

// actor + language
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.language = $language

// documents + actor + language
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language

// forum + language
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.language = $language

// documents + forum + language
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.language = $language

// actor + forum + language
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language

// documents + actor + forum + language
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language

// domain + language
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.language = $language

// documents + domain + language
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.language = $language

// actor + domain + language
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language

// documents + actor + domain + language
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language

// forum + domain + language
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.language = $language

// documents + forum + domain + language
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.language = $language

// actor + forum + domain + language
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language

// documents + actor + forum + domain + language
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language

// polarity + language
MATCH (d:Document {language: $language})<-[:IN_DOCUMENT]-(c:Commitment)
WHERE c.polarity = $polarity

// documents + polarity + language
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.language = $language
  AND c.polarity = $polarity

// actor + polarity + language
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.language = $language
  AND c.polarity = $polarity

// documents + actor + polarity + language
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity

// forum + polarity + language
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.language = $language
  AND c.polarity = $polarity

// documents + forum + polarity + language
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.language = $language
  AND c.polarity = $polarity

// actor + forum + polarity + language
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity

// documents + actor + forum + polarity + language
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity

// domain + polarity + language
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.language = $language
  AND c.polarity = $polarity

// documents + domain + polarity + language
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.language = $language
  AND c.polarity = $polarity

// actor + domain + polarity + language
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity

// documents + actor + domain + polarity + language
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity

// forum + domain + polarity + language
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.language = $language
  AND c.polarity = $polarity

// documents + forum + domain + polarity + language
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.language = $language
  AND c.polarity = $polarity

// actor + forum + domain + polarity + language
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity

// documents + actor + forum + domain + polarity + language
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity

// dates
MATCH (d:Document)<-[:IN_DOCUMENT]-(c:Commitment)
WHERE d.date >= $dateFrom
  AND d.date <= $dateTo

// documents + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.date >= $dateFrom
  AND c.date <= $dateTo

// actor + dates
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.date >= $dateFrom
  AND c.date <= $dateTo

// documents + actor + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo

// forum + dates
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo

// documents + forum + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo

// actor + forum + dates
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo

// documents + actor + forum + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo

// domain + dates
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo

// documents + domain + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo

// actor + domain + dates
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo

// documents + actor + domain + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo

// forum + domain + dates
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo

// documents + forum + domain + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo

// actor + forum + domain + dates
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo

// documents + actor + forum + domain + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo

// polarity + dates
MATCH (d:Document)<-[:IN_DOCUMENT]-(c:Commitment)
WHERE d.date >= $dateFrom
  AND d.date <= $dateTo
  AND c.polarity = $polarity

// documents + polarity + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity

// actor + polarity + dates
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity

// documents + actor + polarity + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity

// forum + polarity + dates
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity

// documents + forum + polarity + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity

// actor + forum + polarity + dates
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity

// documents + actor + forum + polarity + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity

// domain + polarity + dates
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity

// documents + domain + polarity + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity

// actor + domain + polarity + dates
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity

// documents + actor + domain + polarity + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity

// forum + domain + polarity + dates
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity

// documents + forum + domain + polarity + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity

// actor + forum + domain + polarity + dates
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity

// documents + actor + forum + domain + polarity + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity

// language + dates
MATCH (d:Document)<-[:IN_DOCUMENT]-(c:Commitment)
WHERE d.date >= $dateFrom
  AND d.date <= $dateTo
  AND c.language = $language

// documents + language + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language

// actor + language + dates
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language

// documents + actor + language + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language

// forum + language + dates
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language

// documents + forum + language + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language

// actor + forum + language + dates
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language

// documents + actor + forum + language + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language

// domain + language + dates
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language

// documents + domain + language + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language

// actor + domain + language + dates
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language

// documents + actor + domain + language + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language

// forum + domain + language + dates
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language

// documents + forum + domain + language + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language

// actor + forum + domain + language + dates
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language

// documents + actor + forum + domain + language + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language

// polarity + language + dates
MATCH (d:Document)<-[:IN_DOCUMENT]-(c:Commitment)
WHERE d.date >= $dateFrom
  AND d.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity

// documents + polarity + language + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity

// actor + polarity + language + dates
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity

// documents + actor + polarity + language + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity

// forum + polarity + language + dates
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity

// documents + forum + polarity + language + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity

// actor + forum + polarity + language + dates
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity

// documents + actor + forum + polarity + language + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity

// domain + polarity + language + dates
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity

// documents + domain + polarity + language + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity

// actor + domain + polarity + language + dates
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity

// documents + actor + domain + polarity + language + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity

// forum + domain + polarity + language + dates
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity

// documents + forum + domain + polarity + language + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity

// actor + forum + domain + polarity + language + dates
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity

// documents + actor + forum + domain + polarity + language + dates
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity

// action
MATCH (c:Commitment)
WHERE (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + action
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// forum + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + forum + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + forum + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + forum + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// domain + action
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + domain + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + domain + action
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + domain + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// forum + domain + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + forum + domain + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + forum + domain + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + forum + domain + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// polarity + action
MATCH (c:Commitment)
WHERE c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + polarity + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + polarity + action
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + polarity + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// forum + polarity + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + forum + polarity + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + forum + polarity + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + forum + polarity + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// domain + polarity + action
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + domain + polarity + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + domain + polarity + action
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + domain + polarity + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// forum + domain + polarity + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + forum + domain + polarity + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + forum + domain + polarity + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + forum + domain + polarity + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// language + action
MATCH (d:Document {language: $language})<-[:IN_DOCUMENT]-(c:Commitment)
WHERE (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + language + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + language + action
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + language + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// forum + language + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + forum + language + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + forum + language + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + forum + language + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// domain + language + action
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + domain + language + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + domain + language + action
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + domain + language + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// forum + domain + language + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + forum + domain + language + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + forum + domain + language + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + forum + domain + language + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// polarity + language + action
MATCH (d:Document {language: $language})<-[:IN_DOCUMENT]-(c:Commitment)
WHERE c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + polarity + language + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + polarity + language + action
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + polarity + language + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// forum + polarity + language + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + forum + polarity + language + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + forum + polarity + language + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + forum + polarity + language + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// domain + polarity + language + action
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + domain + polarity + language + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + domain + polarity + language + action
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + domain + polarity + language + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// forum + domain + polarity + language + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + forum + domain + polarity + language + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + forum + domain + polarity + language + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + forum + domain + polarity + language + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// dates + action
MATCH (d:Document)<-[:IN_DOCUMENT]-(c:Commitment)
WHERE d.date >= $dateFrom
  AND d.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + dates + action
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// forum + dates + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + forum + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + forum + dates + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + forum + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// domain + dates + action
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + domain + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + domain + dates + action
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + domain + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// forum + domain + dates + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + forum + domain + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + forum + domain + dates + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + forum + domain + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// polarity + dates + action
MATCH (d:Document)<-[:IN_DOCUMENT]-(c:Commitment)
WHERE d.date >= $dateFrom
  AND d.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + polarity + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + polarity + dates + action
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + polarity + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// forum + polarity + dates + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + forum + polarity + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + forum + polarity + dates + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + forum + polarity + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// domain + polarity + dates + action
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + domain + polarity + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + domain + polarity + dates + action
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + domain + polarity + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// forum + domain + polarity + dates + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + forum + domain + polarity + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + forum + domain + polarity + dates + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + forum + domain + polarity + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// language + dates + action
MATCH (d:Document)<-[:IN_DOCUMENT]-(c:Commitment)
WHERE d.date >= $dateFrom
  AND d.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + language + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + language + dates + action
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + language + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// forum + language + dates + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + forum + language + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + forum + language + dates + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + forum + language + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// domain + language + dates + action
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + domain + language + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + domain + language + dates + action
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + domain + language + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// forum + domain + language + dates + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + forum + domain + language + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + forum + domain + language + dates + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + forum + domain + language + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// polarity + language + dates + action
MATCH (d:Document)<-[:IN_DOCUMENT]-(c:Commitment)
WHERE d.date >= $dateFrom
  AND d.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + polarity + language + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + polarity + language + dates + action
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + polarity + language + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// forum + polarity + language + dates + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + forum + polarity + language + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + forum + polarity + language + dates + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + forum + polarity + language + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// domain + polarity + language + dates + action
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + domain + polarity + language + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + domain + polarity + language + dates + action
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + domain + polarity + language + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// forum + domain + polarity + language + dates + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + forum + domain + polarity + language + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// actor + forum + domain + polarity + language + dates + action
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// documents + actor + forum + domain + polarity + language + dates + action
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })

// text
MATCH (c:Commitment)
WHERE EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + text
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// domain + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + domain + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + domain + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + domain + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + domain + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + domain + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + domain + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + domain + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// polarity + text
MATCH (c:Commitment)
WHERE c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + polarity + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + polarity + text
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + polarity + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + polarity + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + polarity + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + polarity + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + polarity + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// domain + polarity + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + domain + polarity + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + domain + polarity + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + domain + polarity + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + domain + polarity + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + domain + polarity + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + domain + polarity + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + domain + polarity + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// language + text
MATCH (d:Document {language: $language})<-[:IN_DOCUMENT]-(c:Commitment)
WHERE EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + language + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + language + text
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + language + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + language + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + language + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + language + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + language + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// domain + language + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + domain + language + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + domain + language + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + domain + language + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + domain + language + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + domain + language + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + domain + language + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + domain + language + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// polarity + language + text
MATCH (d:Document {language: $language})<-[:IN_DOCUMENT]-(c:Commitment)
WHERE c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + polarity + language + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + polarity + language + text
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + polarity + language + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + polarity + language + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + polarity + language + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + polarity + language + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + polarity + language + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// domain + polarity + language + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + domain + polarity + language + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + domain + polarity + language + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + domain + polarity + language + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + domain + polarity + language + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + domain + polarity + language + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + domain + polarity + language + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + domain + polarity + language + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// dates + text
MATCH (d:Document)<-[:IN_DOCUMENT]-(c:Commitment)
WHERE d.date >= $dateFrom
  AND d.date <= $dateTo
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + dates + text
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.date >= $dateFrom
  AND c.date <= $dateTo
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + dates + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + dates + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// domain + dates + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + domain + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + domain + dates + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + domain + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + domain + dates + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + domain + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + domain + dates + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + domain + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// polarity + dates + text
MATCH (d:Document)<-[:IN_DOCUMENT]-(c:Commitment)
WHERE d.date >= $dateFrom
  AND d.date <= $dateTo
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + polarity + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + polarity + dates + text
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + polarity + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + polarity + dates + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + polarity + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + polarity + dates + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + polarity + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// domain + polarity + dates + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + domain + polarity + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + domain + polarity + dates + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + domain + polarity + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + domain + polarity + dates + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + domain + polarity + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + domain + polarity + dates + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + domain + polarity + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// language + dates + text
MATCH (d:Document)<-[:IN_DOCUMENT]-(c:Commitment)
WHERE d.date >= $dateFrom
  AND d.date <= $dateTo
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + language + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + language + dates + text
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + language + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + language + dates + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + language + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + language + dates + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + language + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// domain + language + dates + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + domain + language + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + domain + language + dates + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + domain + language + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + domain + language + dates + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + domain + language + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + domain + language + dates + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + domain + language + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// polarity + language + dates + text
MATCH (d:Document)<-[:IN_DOCUMENT]-(c:Commitment)
WHERE d.date >= $dateFrom
  AND d.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + polarity + language + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + polarity + language + dates + text
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + polarity + language + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + polarity + language + dates + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + polarity + language + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + polarity + language + dates + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + polarity + language + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// domain + polarity + language + dates + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + domain + polarity + language + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + domain + polarity + language + dates + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + domain + polarity + language + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + domain + polarity + language + dates + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + domain + polarity + language + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + domain + polarity + language + dates + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + domain + polarity + language + dates + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// action + text
MATCH (c:Commitment)
WHERE (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + action + text
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// domain + action + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + domain + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + domain + action + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + domain + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + domain + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + domain + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + domain + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + domain + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// polarity + action + text
MATCH (c:Commitment)
WHERE c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + polarity + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + polarity + action + text
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + polarity + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + polarity + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + polarity + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + polarity + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + polarity + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// domain + polarity + action + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + domain + polarity + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + domain + polarity + action + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + domain + polarity + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + domain + polarity + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + domain + polarity + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + domain + polarity + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + domain + polarity + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// language + action + text
MATCH (d:Document {language: $language})<-[:IN_DOCUMENT]-(c:Commitment)
WHERE (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + language + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + language + action + text
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + language + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + language + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + language + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + language + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + language + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// domain + language + action + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + domain + language + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + domain + language + action + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + domain + language + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + domain + language + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + domain + language + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + domain + language + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + domain + language + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// polarity + language + action + text
MATCH (d:Document {language: $language})<-[:IN_DOCUMENT]-(c:Commitment)
WHERE c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + polarity + language + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + polarity + language + action + text
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + polarity + language + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + polarity + language + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + polarity + language + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + polarity + language + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + polarity + language + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// domain + polarity + language + action + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + domain + polarity + language + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + domain + polarity + language + action + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + domain + polarity + language + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + domain + polarity + language + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + domain + polarity + language + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + domain + polarity + language + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + domain + polarity + language + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// dates + action + text
MATCH (d:Document)<-[:IN_DOCUMENT]-(c:Commitment)
WHERE d.date >= $dateFrom
  AND d.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + dates + action + text
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + dates + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + dates + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// domain + dates + action + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + domain + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + domain + dates + action + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + domain + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + domain + dates + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + domain + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + domain + dates + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + domain + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// polarity + dates + action + text
MATCH (d:Document)<-[:IN_DOCUMENT]-(c:Commitment)
WHERE d.date >= $dateFrom
  AND d.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + polarity + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + polarity + dates + action + text
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + polarity + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + polarity + dates + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + polarity + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + polarity + dates + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + polarity + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// domain + polarity + dates + action + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + domain + polarity + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + domain + polarity + dates + action + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + domain + polarity + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + domain + polarity + dates + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + domain + polarity + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + domain + polarity + dates + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + domain + polarity + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// language + dates + action + text
MATCH (d:Document)<-[:IN_DOCUMENT]-(c:Commitment)
WHERE d.date >= $dateFrom
  AND d.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + language + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + language + dates + action + text
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + language + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + language + dates + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + language + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + language + dates + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + language + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// domain + language + dates + action + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + domain + language + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + domain + language + dates + action + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + domain + language + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + domain + language + dates + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + domain + language + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + domain + language + dates + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + domain + language + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// polarity + language + dates + action + text
MATCH (d:Document)<-[:IN_DOCUMENT]-(c:Commitment)
WHERE d.date >= $dateFrom
  AND d.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + polarity + language + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + polarity + language + dates + action + text
MATCH (:Actor {id: $actor})<-[:BY]-(c:Commitment)
WHERE c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + polarity + language + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + polarity + language + dates + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + polarity + language + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + polarity + language + dates + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + polarity + language + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// domain + polarity + language + dates + action + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + domain + polarity + language + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + domain + polarity + language + dates + action + text
MATCH (c:Commitment)
WHERE c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + domain + polarity + language + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// forum + domain + polarity + language + dates + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + forum + domain + polarity + language + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// actor + forum + domain + polarity + language + dates + action + text
MATCH (c:Commitment)
WHERE c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }

// documents + actor + forum + domain + polarity + language + dates + action + text
MATCH (c:Commitment)
WHERE c.documentId IN $documents
  AND c.forumId = $forum
  AND c.domainId = $domain
  AND EXISTS { (c)-[:BY]->(:Actor {id: $actor}) }
  AND c.date >= $dateFrom
  AND c.date <= $dateTo
  AND c.language = $language
  AND c.polarity = $polarity
  AND (c.actionText = $action OR EXISTS { (c)-[:ACTION]->(ac:Action) WHERE ac.id = $action OR ac.gloss = $action })
  AND EXISTS { (c)-[:STATED_IN]->(s:Sentence) WHERE toLower(s.text) CONTAINS toLower($text) }
