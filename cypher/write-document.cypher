MERGE (d:Document {id: $doc.id})
SET d.title = $doc.title, d.language = $doc.language, d.parties = $doc.parties, d.date = $doc.date,
    d.source = $doc.source, d.translationOf = $doc.translationOf,
    d.sentenceCount = $sentenceCount, d.commitmentCount = $commitmentCount
REMOVE d.disagreements
WITH d
MATCH (l:DocumentState {id: $doc.id})
SET l.contentHash = $contentHash
RETURN d.id AS id
