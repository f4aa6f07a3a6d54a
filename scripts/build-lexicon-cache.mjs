// Run by `npm run build` after tsc: writes dist/lexicon.cache, the lexicon of data/ already checked, so
// that a command starts without checking every row again (src/extract/lexicon-cache.ts says when it is used).
// A data/ table that fails its check does not stop the build: the copy is left out and the command that
// reads the lexicon reports the bad row, with its file and line, as it would without a copy.
import { rmSync } from 'node:fs';

const { buildLexicon } = await import('../dist/extract/lexicon.js');
const { cacheFile, writeLexiconCache } = await import('../dist/extract/lexicon-cache.js');
const { dataWarnings } = await import('../dist/extract/tables.js');

try {
  writeLexiconCache(buildLexicon(), dataWarnings());
} catch (e) {
  rmSync(cacheFile, { force: true });
  process.stderr.write(`warning: the lexicon is not cached in dist/ (${e instanceof Error ? e.message : e}).\n`);
}
