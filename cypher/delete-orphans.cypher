CALL {
  UNWIND $actors AS id MATCH (n:Actor {id: id}) WHERE NOT (n)<-[:BY]-() DETACH DELETE n
}
CALL {
  UNWIND $forums AS id MATCH (n:Forum {id: id}) WHERE NOT (n)<-[:THROUGH]-() DETACH DELETE n
}
CALL {
  UNWIND $actions AS id MATCH (n:Action {id: id}) WHERE NOT (n)<-[:ACTION]-() DETACH DELETE n
}
