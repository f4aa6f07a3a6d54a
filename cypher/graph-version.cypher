OPTIONAL MATCH (s:GraphState {id: 'graph'})
RETURN coalesce(s.version, 0) AS version
