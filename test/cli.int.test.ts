import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { config } from '../src/config.ts';
import { removeDocument } from '../src/graph/loader.ts';
import { testGraph } from './helpers.ts';

// The command line as a user runs it, against the test Neo4j.
const cfg = config();
const env = {
  ...process.env,
  NEO4J_URI: cfg.neo4j.uri ?? `bolt://127.0.0.1:${cfg.neo4j.boltPort}`,
  NEO4J_PASSWORD: cfg.neo4j.password,
};
const cli = (args: string[], extra: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['bin/policy-graph.mjs', ...args], {
    cwd: cfg.root,
    env: { ...env, ...extra },
    encoding: 'utf8',
  });
const dir = mkdtempSync(join(tmpdir(), 'pg-cli-'));
writeFileSync(join(dir, 'cli-good.txt'), '中华人民共和国和俄罗斯联邦联合声明\n\n双方将深化医疗卫生领域合作。');
writeFileSync(join(dir, 'cli-empty.txt'), '');
writeFileSync(join(dir, 'cli-binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]));

afterAll(async () => {
  const g = await testGraph();
  await removeDocument(g, 'cli-good');
  await g.close();
});

describe('policy-graph CLI', () => {
  it('extract reports each bad file clearly, still prints the good one, and exits non-zero', () => {
    const r = cli([
      'extract',
      join(dir, 'cli-good.txt'),
      join(dir, 'cli-empty.txt'),
      join(dir, 'cli-binary.txt'),
      join(dir, 'missing.txt'),
      '--format',
      'ndjson',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cli-empty\.txt: the file is empty/);
    expect(r.stderr).toMatch(/cli-binary\.txt: looks like a binary file/);
    expect(r.stderr).toMatch(/missing\.txt: cannot be read/);
    expect(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
        .some((e) => e.type === 'commitment' && e.domain.id === 'health'),
    ).toBe(true);
  });

  it('ingest loads the good files, names the bad ones and exits non-zero', async () => {
    const r = cli(['ingest', dir, join(dir, 'nothing-here', '*.txt')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/1 documents \(1 new/);
    expect(r.stderr).toMatch(/cli-empty\.txt/);
    expect(r.stderr).toMatch(/nothing-here/);
    const g = await testGraph();
    const [row] = await g.read<{ node: { id: string } }>('api-documents', {});
    await g.close();
    expect(row).toBeDefined();
  });

  it('an unreachable Neo4j gives one line naming the URI and a non-zero exit', () => {
    const r = cli(['stats'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
  });

  it('start loads the data folder, serves the API, and stops cleanly on Ctrl-C', async () => {
    const child = spawn(process.execPath, ['bin/policy-graph.mjs', 'start'], {
      cwd: cfg.root,
      env: { ...env, PORT: '0', POLICY_GRAPH_DATA: dir },
    });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    for (let i = 0; i < 200 && !/GraphQL API:\s+(\S+)/.test(err); i++) await new Promise((r) => setTimeout(r, 100));
    const url = /GraphQL API:\s+(\S+)/.exec(err)![1];
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ documents { id } }' }),
    });
    expect(((await res.json()) as { data: { documents: { id: string }[] } }).data.documents.map((d) => d.id)).toContain(
      'cli-good',
    );
    child.kill('SIGINT');
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(0);
    expect(err).toMatch(/Stopped\./);
  });
});
