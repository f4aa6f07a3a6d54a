import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Config } from '../config.ts';
import { tcpReachable } from './breaker.ts';

/**
 * A real Neo4j Community server run from the jars that neo4j/pom.xml fetches from Maven Central:
 * Bolt and HTTP (with Neo4j Browser) on loopback, data under .neo4j/ (git-ignored), auth on.
 */
export interface ServerStatus {
  running: boolean;
  pid: number | null;
  bolt: boolean;
  uri: string;
  browser: string;
}

const pidFile = (cfg: Config) => join(cfg.neo4j.home, 'run', 'policy-graph-neo4j.pid');
const libDir = (cfg: Config) => join(cfg.root, 'neo4j', 'lib');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function portOpen(port: number, host = '127.0.0.1', timeoutMs = 500): Promise<boolean> {
  return tcpReachable(host, port, timeoutMs);
}

export async function status(cfg: Config): Promise<ServerStatus> {
  const pid = existsSync(pidFile(cfg)) ? Number(readFileSync(pidFile(cfg), 'utf8')) : null;
  const running = pid != null && alive(pid);
  return {
    running,
    pid: running ? pid : null,
    bolt: await portOpen(cfg.neo4j.boltPort),
    uri: `bolt://127.0.0.1:${cfg.neo4j.boltPort}`,
    browser: `http://127.0.0.1:${cfg.neo4j.httpPort}/browser/`,
  };
}

/** Fetches the server jars with Maven the first time (about 140 MB into neo4j/lib). */
export function ensureJars(cfg: Config, log: (s: string) => void): void {
  if (existsSync(libDir(cfg)) && readdirSync(libDir(cfg)).some((f) => f.startsWith('neo4j-server-'))) return;
  log('Fetching Neo4j Community and Neo4j Browser from Maven Central (first run only, about 140 MB)…');
  const r = spawnSync('mvn', ['-q', '-B', '-f', join(cfg.root, 'neo4j', 'pom.xml'), 'package'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.error || r.status !== 0) {
    throw new Error(
      `Maven could not fetch Neo4j (${r.error?.message ?? `exit ${r.status}`}). Check that \`mvn\` and Java 17 are installed and that Maven Central is reachable, or set NEO4J_URI to use a Neo4j server of your own.`,
    );
  }
}

/**
 * Where Neo4j Browser fetches the project's style and guide: the API (`npm start` serves it on
 * PORT), which sends them with CORS headers. Browser only fetches from hosts on its allow list.
 */
export function browserSetup(cfg: Config): { postConnect: string; allowHosts: string } {
  const host = cfg.api.host === '0.0.0.0' || cfg.api.host === '::' ? '127.0.0.1' : cfg.api.host;
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${cfg.api.port}/browser`;
  return {
    postConnect: `style ${base}/policy-graph.grass; play ${base}/guide.html`,
    allowHosts: [...new Set([host, '127.0.0.1', 'localhost'])].join(','),
  };
}

function writeConfig(cfg: Config): string {
  const h = cfg.neo4j.home;
  const browser = browserSetup(cfg);
  for (const d of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) mkdirSync(join(h, d), { recursive: true });
  const conf = [
    `server.directories.data=${join(h, 'data')}`,
    `server.directories.logs=${join(h, 'logs')}`,
    `server.directories.run=${join(h, 'run')}`,
    `server.directories.plugins=${join(h, 'plugins')}`,
    `server.directories.import=${join(h, 'import')}`,
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${cfg.neo4j.boltPort}`,
    `server.http.listen_address=127.0.0.1:${cfg.neo4j.httpPort}`,
    // Neo4j Browser's login form offers the advertised Bolt address (by default port 7687, whatever the real one).
    `server.bolt.advertised_address=127.0.0.1:${cfg.neo4j.boltPort}`,
    `server.http.advertised_address=127.0.0.1:${cfg.neo4j.httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.pagecache.size=${cfg.neo4j.pageCacheMb}m`,
    'db.transaction.timeout=0',
    'dbms.usage_report.enabled=false',
    // After login, Browser applies the project's style and opens its guide (browser/, served by the API).
    `browser.post_connect_cmd=${browser.postConnect}`,
    `browser.remote_content_hostname_whitelist=${browser.allowHosts}`,
  ].join('\n');
  writeFileSync(join(h, 'conf', 'neo4j.conf'), conf + '\n');
  return join(h, 'conf');
}

/** The first start sets the password from config (Neo4j starts with neo4j/neo4j and asks to change it). */
async function setInitialPassword(cfg: Config): Promise<void> {
  const marker = join(cfg.neo4j.home, 'data', '.policy-graph-password-set');
  if (existsSync(marker)) return;
  const d = neo4j.driver(`bolt://127.0.0.1:${cfg.neo4j.boltPort}`, neo4j.auth.basic(cfg.neo4j.user, 'neo4j'));
  try {
    const s = d.session({ database: 'system' });
    await s.run('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: 'neo4j', new: cfg.neo4j.password });
    await s.close();
  } catch (err) {
    if ((err as { code?: string }).code !== 'Neo.ClientError.Security.Unauthorized') throw err;
  } finally {
    await d.close();
  }
  writeFileSync(marker, new Date().toISOString());
}

export async function start(
  cfg: Config,
  log: (s: string) => void = () => {},
): Promise<ServerStatus & { startedMs: number; alreadyRunning: boolean }> {
  const t0 = Date.now();
  const before = await status(cfg);
  if (before.running && before.bolt) return { ...before, startedMs: 0, alreadyRunning: true };
  // Our server's process is there but Bolt did not answer in time (still starting, or a busy machine):
  // wait for it rather than start a second server on the same store.
  if (before.running) {
    for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
      if (await portOpen(cfg.neo4j.boltPort, '127.0.0.1', 2000))
        return { ...(await status(cfg)), startedMs: Date.now() - t0, alreadyRunning: true };
      if (!alive(before.pid!)) break;
    }
  }
  if (before.bolt)
    throw new Error(
      `Port ${cfg.neo4j.boltPort} is already taken by another program. Stop it, set NEO4J_BOLT_PORT to a free port, or point NEO4J_URI at that server.`,
    );
  ensureJars(cfg, log);
  const confDir = writeConfig(cfg);
  const out = openSync(join(cfg.neo4j.home, 'logs', 'console.log'), 'a');
  const child = spawn(
    'java',
    [
      `-Xmx${cfg.neo4j.heapMb}m`,
      '-XX:+UseG1GC',
      '-cp',
      `${libDir(cfg)}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${cfg.neo4j.home}`,
      `--config-dir=${confDir}`,
    ],
    {
      detached: true,
      stdio: ['ignore', out, out],
    },
  );
  child.unref();
  writeFileSync(pidFile(cfg), String(child.pid));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (!alive(child.pid!))
      throw new Error(`Neo4j stopped while starting. See ${join(cfg.neo4j.home, 'logs', 'console.log')}.`);
    if (await portOpen(cfg.neo4j.boltPort)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!(await portOpen(cfg.neo4j.boltPort)))
    throw new Error(
      `Neo4j did not open Bolt on port ${cfg.neo4j.boltPort} within 120 s. See ${join(cfg.neo4j.home, 'logs', 'console.log')}.`,
    );
  await setInitialPassword(cfg);
  return { ...(await status(cfg)), startedMs: Date.now() - t0, alreadyRunning: false };
}

export async function stop(cfg: Config): Promise<boolean> {
  const st = await status(cfg);
  if (!st.running || !st.pid) {
    rmSync(pidFile(cfg), { force: true });
    return false;
  }
  process.kill(st.pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (alive(st.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (alive(st.pid)) process.kill(st.pid, 'SIGKILL');
  rmSync(pidFile(cfg), { force: true });
  return true;
}
