// Every load and removal bumps the graph version, so readers can keep answers until it changes.
MERGE (s:GraphState {id: 'graph'})
SET s.version = coalesce(s.version, 0) + 1
