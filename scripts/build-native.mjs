// Run by `npm run build`: compiles native/jieba (nodejieba's tagger with its dictionary built once, see
// native/jieba/tagger.cc) with node-gyp, the compiler npm itself uses for addons. Without a C++ compiler
// the build goes on: Chinese extraction then uses nodejieba, with the same tags, about 0.7 s slower to start.
// Skipped when the addon is newer than its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'native', 'jieba');
const addon = join(dir, 'build', 'Release', 'jieba_tagger.node');
const sources = ['tagger.cc', 'binding.gyp'].map((f) => join(dir, f));
const warn = (why) =>
  process.stderr.write(
    `warning: native/jieba was not built (${why}); Chinese extraction uses nodejieba instead (same tags, slower start).\n`,
  );

const mtime = (f) => statSync(f).mtimeMs;
if (existsSync(addon) && sources.every((s) => mtime(s) <= mtime(addon))) process.exit(0);

// npm names its own node-gyp to the scripts it runs; outside npm, look beside this Node's npm.
const nodeGyp = [
  process.env.npm_config_node_gyp,
  join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
].find((p) => p && existsSync(p));
if (!nodeGyp) {
  warn('node-gyp not found: run the build through npm');
  process.exit(0);
}
const r = spawnSync(process.execPath, [nodeGyp, 'rebuild'], { cwd: dir, encoding: 'utf8' });
if (r.status !== 0)
  warn(`node-gyp failed:\n${(r.stderr || r.stdout || String(r.error)).trim().split('\n').slice(-8).join('\n')}\n`);
