import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import { lexicon } from '../lexicon.ts';

// nodejieba's load() also reads a 6 MB keyword-weight (IDF) table that only its keyword extraction uses,
// never this plugin: a one-line table in its place saves about a fifth of the start-up time.
const ONE_LINE_IDF = fileURLToPath(new URL('../../../data/jieba-idf.utf8', import.meta.url));

let ready = false;

/**
 * nodejieba, its dictionaries loaded and taught the forum names of data/forums.tsv. Loading costs
 * more CPU than extracting a whole statement (nodejieba builds its dictionary twice: for the segmenter
 * and for a TextRank extractor it always makes), and only a clause whose verb data/actions.zh.tsv lacks
 * needs it, so the first such clause loads it.
 */
export function segmenter(): typeof nodejieba {
  if (!ready) {
    nodejieba.load({ idfDict: ONE_LINE_IDF });
    // Teach the segmenter the forum names it would split (世界卫生组织 as one word, not 世界/卫生/组织).
    for (const f of lexicon().forums) for (const n of f.zh) nodejieba.insertWord(n.replace(/[“”]/g, ''), 'nt');
    ready = true;
  }
  return nodejieba;
}
