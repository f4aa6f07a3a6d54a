MATCH (d:Document {id: $id})
DETACH DELETE d
RETURN count(*) AS deleted
