// How many commitments some documents have, when no other filter is given: relationship counts
// of the document nodes (no scan).
OPTIONAL MATCH (d:Document) WHERE d.id IN $documents
RETURN coalesce(sum(COUNT { (d)<-[:IN_DOCUMENT]-() }), 0) AS n
