// Adversarial inputs for extraction: the shapes that make text-processing code slow (deep nesting,
// long runs without a break, one token repeated, scripts mixed inside words, stray brackets and
// quotes among sentence fragments). Each generator is deterministic for a seed and returns about
// `bytes` bytes of UTF-8. Used by bench/extract-worst.ts and test/adversarial.test.ts.
import { rng } from './corpus.ts';

const fill = (bytes: number, piece: (i: number) => string): string => {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const p = piece(i);
    parts.push(p);
    n += Buffer.byteLength(p);
  }
  return parts.join('');
};

const OPENERS = ['(', '“', '「', '（', '<', '[', '{', '《', '『', '‘', '"'];
const FRAGMENTS_ZH = ['双方将加强能源合作', '支持上海合作组织', '在金砖国家框架内', '反对单边制裁', '深化经贸合作'];
const FRAGMENTS_EN = [
  'the two sides will strengthen energy cooperation',
  'within the BRICS framework',
  'support the SCO',
  'oppose unilateral sanctions',
];

export const ADVERSARIAL: Record<string, (bytes: number, seed?: number) => string> = {
  /** 1 MB of opening brackets and quotes mixed with fragments: the input that never ended. */
  'brackets-and-fragments': (bytes, seed = 1) => {
    const r = rng(seed);
    return fill(bytes, () =>
      r.next() < 0.7
        ? r.pick(OPENERS)
        : r.pick(r.next() < 0.5 ? FRAGMENTS_ZH : FRAGMENTS_EN) + (r.next() < 0.1 ? '。' : ''),
    );
  },
  /** Brackets nested in order, then closed. */
  'nested-brackets': (bytes) => {
    const half = Math.floor(bytes / 4);
    return '（'.repeat(half / 3) + '双方将加强能源合作' + '）'.repeat(half / 3) + '。';
  },
  /** One English sentence with no punctuation at all, the same two words repeated. */
  'repeated-words': (bytes) => fill(bytes, () => 'cooperation development '),
  /** One Chinese sentence of commas: 双方将加强能源合作，… without an end. */
  'comma-clauses-zh': (bytes) => fill(bytes, () => '双方将加强能源合作，') + '。',
  /** One English sentence of commas and semicolons. */
  'comma-clauses-en': (bytes) =>
    fill(bytes, (i) =>
      i % 2 ? 'the two sides will strengthen energy cooperation within BRICS, ' : 'oppose unilateral sanctions; ',
    ) + '.',
  /** A line of Han characters without any punctuation. */
  'han-run': (bytes, seed = 2) => {
    const r = rng(seed);
    return fill(bytes, () => String.fromCharCode(0x4e00 + r.int(0x5000)));
  },
  /** Scripts mixed within words, digits and dots that look like abbreviations. */
  'mixed-scripts': (bytes, seed = 3) => {
    const r = rng(seed);
    const bits = [
      'U.S.',
      'No.',
      '中方',
      'BRICS',
      '金砖',
      'e.g.',
      '1.',
      'Ⅳ',
      'ñ',
      '—',
      '…',
      ' ',
      '，',
      'Mr.',
      '上合组织',
    ];
    return fill(bytes, () => r.pick(bits));
  },
  /** Many forum and term names back to back, every clause a match. */
  'dense-terms': (bytes) =>
    fill(bytes, (i) =>
      i % 2
        ? '双方支持在上海合作组织、金砖国家、二十国集团框架内加强能源、卫生、教育合作。'
        : 'The two sides support cooperation on energy, health and education within the SCO, BRICS and the G20. ',
    ),
  /** One-character lines: the layout's worst case for paragraph joining. */
  'one-char-lines': (bytes) => fill(bytes, (i) => (i % 2 ? '双\n' : '方\n')),
};

/** Typical text of the same size: the synthetic statements of bench/corpus.ts. */
export { statement } from './corpus.ts';
