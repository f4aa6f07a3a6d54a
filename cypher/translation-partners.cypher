MATCH (d:Document {id: $id})
OPTIONAL MATCH (o:Document {id: d.translationOf})
OPTIONAL MATCH (t:Document {translationOf: $id})
RETURN o.id AS original, collect(t.id) AS translations
