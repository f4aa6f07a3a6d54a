UNWIND ['Document', 'Sentence', 'Commitment', 'Actor', 'Action', 'Domain', 'Forum'] AS label
CALL {
  WITH label
  MATCH (n) WHERE label IN labels(n)
  RETURN count(n) AS n
}
RETURN label, n
