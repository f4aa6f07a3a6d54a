import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Lexicon } from './lexicon.ts';
import { dataDir, warn } from './tables.ts';

/**
 * The lexicon as `npm run build` made it, beside the compiled code (dist/lexicon.cache). Checking
 * every row of data/ with zod and merging the country packages costs a third of a second of CPU, more
 * than a statement's extraction; reading this copy costs a few milliseconds. It is used only while its
 * key still matches: the bytes of every data/*.tsv, the code that turns them into the lexicon and the
 * versions of the country packages. Anything else (an edited table, a changed rule, a run from src/
 * through tsx) reads and checks data/ as before, so the copy can never hide a bad row.
 */
const here = fileURLToPath(new URL('.', import.meta.url));
const ext = extname(fileURLToPath(import.meta.url)); // .js in dist/, .ts when run through tsx
export const cacheFile = join(here, '..', 'lexicon.cache');

/** What decides the lexicon, hashed. */
export function lexiconKey(): string {
  const hash = createHash('sha256').update(`lexicon-cache 1\0${process.version}\0`);
  for (const file of readdirSync(dataDir)
    .filter((f) => f.endsWith('.tsv'))
    .sort())
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(dataDir, file)))
      .update('\0');
  for (const module of ['lexicon', 'tables', 'countries', 'lexicon-cache'])
    hash
      .update(`${module}\0`)
      .update(readFileSync(join(here, module + ext)))
      .update('\0');
  const require = createRequire(import.meta.url);
  for (const pkg of ['world-countries', 'i18n-iso-countries'])
    hash.update(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}\0`);
  return hash.digest('hex');
}

interface CacheFile {
  key: string;
  lexicon: Lexicon;
  warnings: string[];
}

/** The cached lexicon if its key matches today's data and code (its warnings reported again), else null. */
export function readLexiconCache(file = cacheFile): Lexicon | null {
  if (!existsSync(file)) return null;
  let cached: CacheFile;
  try {
    cached = deserialize(readFileSync(file)) as CacheFile;
  } catch {
    return null; // unreadable (another Node version's format): build it again
  }
  if (cached?.key !== lexiconKey()) return null;
  for (const w of cached.warnings) warn(w);
  return cached.lexicon;
}

/** Writes the lexicon just built from data/, with the warnings reading it gave and its key. */
export function writeLexiconCache(lexicon: Lexicon, warnings: string[], file = cacheFile): void {
  const body: CacheFile = { key: lexiconKey(), lexicon, warnings };
  writeFileSync(file, serialize(body));
}
