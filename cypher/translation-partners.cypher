MATCH (d:Document {id: $id})
OPTIONAL MATCH (o:Document {id: d.translationOf}) WHERE o.contentHash IS NOT NULL
OPTIONAL MATCH (t:Document {translationOf: $id}) WHERE t.contentHash IS NOT NULL
RETURN o.id AS original, collect(t.id) AS translations
