import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import createDebug from 'debug';
import nodejieba from 'nodejieba';
import { lexicon } from '../lexicon.ts';

const log = createDebug('policy-graph:extract:zh');
const require = createRequire(import.meta.url);

/** What the Chinese plugin asks of a segmenter: words with their part-of-speech tags. */
export interface Tagger {
  tag(sentence: string): { word: string; tag: string }[];
  insertWord(word: string, tag: string): boolean;
}

// nodejieba's load() also reads a 6 MB keyword-weight (IDF) table that only its keyword extraction uses,
// never this plugin: a one-line table in its place saves about a fifth of the start-up time.
const ONE_LINE_IDF = fileURLToPath(new URL('../../../data/jieba-idf.utf8', import.meta.url));

/** The addon of native/jieba (built by `npm run build` where a C++ compiler is at hand). */
export const nativeTaggerFile = fileURLToPath(
  new URL('../../../native/jieba/build/Release/jieba_tagger.node', import.meta.url),
);

/**
 * A tagger with nodejieba's dictionaries, taught the forum names of data/forums.tsv. `native`: the
 * addon of native/jieba, which builds the dictionary once where nodejieba builds it twice (same
 * cppjieba code, same tags); `nodejieba`: nodejieba itself.
 */
export function loadTagger(kind: 'native' | 'nodejieba'): Tagger {
  let tagger: Tagger;
  if (kind === 'native') {
    const dict = join(dirname(require.resolve('nodejieba')), 'submodules', 'cppjieba', 'dict');
    const addon = require(nativeTaggerFile) as Tagger & { load(...paths: string[]): void };
    addon.load(
      join(dict, 'jieba.dict.utf8'),
      join(dict, 'hmm_model.utf8'),
      join(dict, 'user.dict.utf8'),
      ONE_LINE_IDF,
      join(dict, 'stop_words.utf8'),
    );
    tagger = addon;
  } else {
    nodejieba.load({ idfDict: ONE_LINE_IDF });
    tagger = nodejieba as Tagger;
  }
  // Teach the segmenter the forum names it would split (世界卫生组织 as one word, not 世界/卫生/组织).
  for (const f of lexicon().forums) for (const n of f.zh) tagger.insertWord(n.replace(/[“”]/g, ''), 'nt');
  return tagger;
}

let loaded: Tagger | null = null;

/**
 * The tagger of Chinese extraction. Loading costs more CPU than extracting a whole statement, and
 * only a clause whose verb data/actions.zh.tsv lacks needs it, so the first such clause loads it: the
 * native addon where it was built and loads, else nodejieba.
 */
export function segmenter(): Tagger {
  if (loaded) return loaded;
  if (existsSync(nativeTaggerFile))
    try {
      return (loaded = loadTagger('native'));
    } catch (e) {
      // Built for another Node version, say: nodejieba gives the same tags, a little slower to start.
      log('native/jieba addon not loaded (%s); using nodejieba', e instanceof Error ? e.message : e);
    }
  return (loaded = loadTagger('nodejieba'));
}
