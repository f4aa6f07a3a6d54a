import { pino } from 'pino';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { config } from '../src/config.ts';
import { removeDocument } from '../src/graph/loader.ts';
import { startApi } from '../src/api/server.ts';
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

const SEED = ['cn-ru-2023-joint-statement-part3.zh', 'cn-ru-2023-joint-statement-part3.en'];
afterAll(async () => {
  const g = await testGraph();
  for (const id of ['cli-good', 'cli-named', ...SEED]) await removeDocument(g, id);
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
    const [row] = await g.read<{ node: { id: string } }>('api-documents', { ids: ['cli-good'] });
    await g.close();
    expect(row).toBeDefined();
  });

  it.each(SEED)("extract's document.id of %s is the id ingest, the API and remove use", async (name) => {
    const file = join(cfg.root, 'data', 'documents', `${name}.txt`);
    const json = JSON.parse(cli(['extract', file, '--format', 'json']).stdout) as {
      document: { id: string };
      commitments: { forum: { id: string } | null; domain: { id: string } }[];
    };
    expect(json.document.id).toBe(name);
    const pairs = [
      ...new Set(json.commitments.filter((c) => c.forum).map((c) => `${c.forum!.id}|${c.domain.id}`)),
    ].sort();
    expect(pairs.length).toBeGreaterThan(5);
    expect(cli(['ingest', file]).status).toBe(0);
    const g = await testGraph();
    const api = await startApi(g, { ...cfg.api, port: 0 }, pino({ level: 'silent' }));
    api.server.keepAliveTimeout = 120_000; // spawnSync blocks this process between requests (see api.int.test.ts)
    try {
      const ask = async (query: string) =>
        (await (
          await fetch(api.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query, variables: { id: json.document.id } }),
          })
        ).json()) as { data: any };
      const r = await ask(
        'query($id: ID!) { forumDomainLinks(filter: {documents: [$id]}) { forum { id } domain { id } } }',
      );
      expect(r.data.forumDomainLinks.map((l: any) => `${l.forum.id}|${l.domain.id}`).sort()).toEqual(pairs);
      const removed = cli(['remove', json.document.id]);
      expect(removed.status).toBe(0);
      expect((await ask('query($id: ID!) { document(id: $id) { id } }')).data.document).toBeNull();
    } finally {
      await api.close();
      await g.close();
    }
  });

  it('--id names the document in extract and ingest alike', () => {
    const file = join(dir, 'cli-good.txt');
    expect(JSON.parse(cli(['extract', file, '--id', 'cli-named']).stdout).document.id).toBe('cli-named');
    const r = cli(['ingest', file, '--id', 'cli-named']);
    expect(r.status).toBe(0);
    expect(cli(['remove', 'cli-named']).stdout).toMatch(/Removed cli-named/);
    expect(cli(['extract', file, join(dir, 'cli-empty.txt'), '--id', 'x']).stderr).toMatch(/--id names one document/);
  });

  it("a folder's manifest gives language, date, title and original; a wrong one is named with its line", () => {
    const m = mkdtempSync(join(tmpdir(), 'pg-manifest-'));
    writeFileSync(join(m, 'a.txt'), '双方将深化医疗卫生领域合作。');
    writeFileSync(
      join(m, 'manifest.tsv'),
      '# test\nid\tlanguage\tdate\ttitle\ttranslationOf\na\tzh\t2020-05-04\t中俄联合声明\tb\n',
    );
    const doc = JSON.parse(cli(['extract', join(m, 'a.txt')]).stdout).document;
    expect(doc).toMatchObject({
      id: 'a',
      language: 'zh',
      date: '2020-05-04',
      title: '中俄联合声明',
      translationOf: 'b',
    });
    expect(JSON.parse(cli(['extract', join(m, 'a.txt'), '--date', '2021-01-02']).stdout).document.date).toBe(
      '2021-01-02',
    );
    writeFileSync(join(m, 'manifest.tsv'), 'id\tdate\na\t2020-13-01\n');
    const bad = cli(['extract', join(m, 'a.txt')]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/manifest\.tsv: line 2: date "2020-13-01" is not a date/);
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
    // Start-up extracts on a worker thread and warms Neo4j's page cache before serving: allow for a busy machine.
    for (let i = 0; i < 900 && !/GraphQL API:\s+(\S+)/.test(err); i++) await new Promise((r) => setTimeout(r, 100));
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
