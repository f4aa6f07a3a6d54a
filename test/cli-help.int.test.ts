import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { config } from '../src/config.ts';

// Help and version from the built CLI (bin/ → dist/), as a user runs them; no Neo4j is touched.
const root = config().root;
const built = existsSync(join(root, 'dist', 'cli', 'main.js'));
const cli = (args: string[]) =>
  spawnSync(process.execPath, ['bin/policy-graph.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
  });
const COMMANDS = ['start', 'extract', 'eval', 'ingest', 'remove', 'stats', 'serve', 'neo4j'];
if (!built)
  process.stderr.write(
    'cli-help.int.test.ts: skipped, dist/ is not built (npm run build; npm ci and the integration tests build it).\n',
  );

describe.skipIf(!built)('CLI help and version', () => {
  it.each([[[]], [['help']], [['--help']], [['-h']]])('%j lists every command', (args) => {
    const r = cli(args);
    expect(r.status).toBe(args.length ? 0 : 2); // no command at all is a usage error, with the help on stderr
    const out = args.length ? r.stdout : r.stderr;
    for (const c of COMMANDS) expect(out).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
  });

  it.each([
    ...COMMANDS.map((c) => [`${c} --help`, c]),
    ['ingest -h', 'ingest'],
    ['help extract', 'extract'],
    ['neo4j start --help', 'neo4j start'],
    ['neo4j help status', 'neo4j status'],
  ])('%s prints the usage of %s and exits 0', (line, command) => {
    const r = cli(line.split(' '));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Usage: policy-graph ${command} `);
  });

  it('--version and -V print the version of package.json', () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    for (const flag of ['--version', '-V']) expect(cli([flag])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it('ends quietly with exit 0 when the reader of its output stops early (| head)', async () => {
    const docs = join(root, 'data', 'documents');
    const files = ['cn-ru-2023-joint-statement-part3.zh.txt', 'cn-ru-2023-joint-statement-part3.en.txt'];
    const child = spawn(process.execPath, ['bin/policy-graph.mjs', 'extract', ...files.map((f) => join(docs, f))], {
      cwd: root,
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.destroy(); // the reader is gone before the first line is written
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it.each([
    [['bogus'], /unknown command 'bogus'/],
    [['extract'], /missing required argument 'files'/],
    [['extract', '--lang', 'fr', 'a.txt'], /'fr' is invalid. Allowed choices are auto, zh, en/],
    [['serve', '--port', 'x'], /--port must be a whole number \(got x\)/],
    [['stats', '--jsn'], /unknown option '--jsn'[\s\S]*--json/],
    [['remove', 'a', 'b'], /too many arguments/],
  ])('%j is a usage error (exit 2) that says what is wrong and where help is', (args, message) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/npx policy-graph help/);
  });
});
