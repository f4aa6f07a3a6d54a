UNWIND $domains AS d
MERGE (x:Domain {id: d.id})
SET x.name = d.name, x.nameZh = d.nameZh, x.short = d.short
