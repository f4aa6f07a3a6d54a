import { config } from '../config.ts';
import * as local from '../graph/local-server.ts';

const err = (s: string) => process.stderr.write(s + '\n');

export async function neo4jCommand(sub: 'start' | 'stop' | 'status'): Promise<number> {
  const cfg = config();
  if (cfg.neo4j.uri && sub !== 'status') {
    err(`NEO4J_URI is set (${cfg.neo4j.uri}): policy-graph uses that server and starts nothing.`);
    return 0;
  }
  if (sub === 'start') {
    const s = await local.start(cfg, err);
    console.log(
      `Neo4j ${s.alreadyRunning ? 'already running' : `started in ${(s.startedMs / 1000).toFixed(1)} s`}: ${s.uri}, Browser ${s.browser}`,
    );
    return 0;
  }
  if (sub === 'stop') {
    console.log((await local.stop(cfg)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
    return 0;
  }
  const s = await local.status(cfg);
  console.log(JSON.stringify(s));
  return s.bolt ? 0 : 3;
}
