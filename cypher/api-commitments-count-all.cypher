// No filter at all: the count store answers at once.
MATCH (c:Commitment)
RETURN count(c) AS n
