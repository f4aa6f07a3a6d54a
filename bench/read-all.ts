// The baseline of bench/export.ts: every commitment read in one query and written out as JSON in
// one go, as a script without streaming would (the same query the export pages through).
//   node --import tsx --import ./bench/peak-rss.mjs bench/read-all.ts OUT
import { writeFileSync } from 'node:fs';
import { Graph } from '../src/graph/graph.ts';
import { pageCommitments } from '../src/graph/commitment-query.ts';
import { config } from '../src/config.ts';

const cfg = config();
const graph = new Graph({
  uri: cfg.neo4j.uri ?? `bolt://127.0.0.1:${cfg.neo4j.boltPort}`,
  user: cfg.neo4j.user,
  password: cfg.neo4j.password,
  database: cfg.neo4j.database,
  queryTimeoutMs: 600_000,
});
try {
  const q = pageCommitments({}, {}, 1e9);
  const rows = await graph.readText(q.text, q.params);
  writeFileSync(process.argv[2], rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  process.stderr.write(`${rows.length} commitments\n`);
} finally {
  await graph.close();
}
