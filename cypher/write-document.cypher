MATCH (d:Document {id: $doc.id})
SET d.title = $doc.title, d.language = $doc.language, d.parties = $doc.parties, d.date = $doc.date,
    d.source = $doc.source, d.contentHash = $doc.contentHash, d.translationOf = $doc.translationOf,
    d.sentenceCount = $sentenceCount, d.commitmentCount = $commitmentCount
RETURN d.id AS id
