// Deterministic synthetic statements in Chinese and English, for benchmarks at any size.
//   npx tsx bench/corpus.ts --size 10MB [--seed 1] [--out bench/out/corpus-10MB]
// Many country pairs, forums from the whole gazetteer plus unknown ones, every domain, lists,
// reference back, opposition, and the layout faults of real files (broken paragraphs, section
// numbers, footers).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicon } from '../src/extract/lexicon.ts';

export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    int: (n: number) => Math.floor(next() * n),
  };
}

const ZH_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const OPPOSE_ZH = ['单边制裁', '霸权主义', '保护主义', '恐怖主义', '体育政治化', '冷战思维', '阵营对抗', '脱钩断链'];
const OPPOSE_EN = [
  'unilateral sanctions',
  'hegemonism',
  'protectionism',
  'terrorism',
  'the politicization of sports',
  'the Cold War mentality',
  'bloc confrontation',
  'decoupling',
];
const UNKNOWN_ZH = [
  '中亚区域合作论坛',
  '北极经济理事会',
  '阿拉伯国家联盟峰会',
  '太平洋岛国合作组织',
  '湄公河协作委员会',
];
const UNKNOWN_EN = [
  'Central Asia Regional Forum',
  'Arctic Economic Council',
  'Pacific Islands Cooperation Organization',
  'Mekong Coordination Commission',
  'Caspian Sea Summit',
];

export function statement(lang: 'zh' | 'en', seed: number, targetBytes: number): string {
  const r = rng(seed);
  const lex = lexicon();
  const countries = lex.countries.filter((c) => c.zhSide.length && c.enAdj.length);
  const [a, b] = [r.pick(countries), r.pick(countries.filter((c) => c !== countries[0]))];
  const other = a === b ? countries[(countries.indexOf(a) + 1) % countries.length] : b;
  const forums = lex.forums.filter((f) => (lang === 'zh' ? f.zh.length : f.en.length));
  const terms = lex.terms[lang].filter(
    (t) => t.strong && t.domain !== '-' && !t.term.includes('F') && t.term.length > 1,
  );
  const term = () => r.pick(terms).term;
  const forum = () => {
    const f = r.pick(forums);
    return lang === 'zh' ? r.pick(f.zh) : f.abbr && r.next() < 0.5 ? `the ${f.abbr}` : `the ${r.pick(f.en)}`;
  };
  const forumList = (n: number) => Array.from({ length: n }, forum).join(lang === 'zh' ? '、' : ', ');
  const zhFull = (c: typeof a) => c.zh[1] ?? c.zh[0];
  const sentencesZh = [
    () => `双方将深化${term()}领域合作。`,
    () => `双方将继续在${forum()}框架内加强${term()}合作。`,
    () =>
      `双方愿加强${term()}、${term()}、${term()}等领域交流合作，在${forumList(2 + r.int(3))}等多边平台加强相关合作。`,
    () => `${a.zhSide[0]}支持${other.zhSide[0]}举办${term()}领域国际活动。`,
    () => `双方反对${r.pick(OPPOSE_ZH)}，愿共同推动${term()}合作。`,
    () => `双方欢迎${forum()}在${term()}领域发挥积极作用。`,
    () => `双方支持${r.pick(UNKNOWN_ZH)}在${term()}方面开展工作。`,
    () => `双方将依托${forum()}机制推进${term()}合作，扩大${term()}交流。`,
    () => `${other.zhSide[0]}高度评价${a.zhSide[0]}在${term()}领域所作努力。`,
  ];
  const sentencesEn = [
    () => `The two sides will deepen cooperation in ${term()}.`,
    () => `The two sides will continue to strengthen cooperation in ${term()} within the framework of ${forum()}.`,
    () =>
      `The two sides are ready to strengthen exchanges in ${term()}, ${term()} and ${term()}, and strengthen cooperation in this field within multilateral platforms such as ${forumList(2 + r.int(3))}.`,
    () => `The ${a.enAdj[0]} side supports the ${other.enAdj[0]} side in hosting an international event on ${term()}.`,
    () => `The two sides oppose ${r.pick(OPPOSE_EN)} and will jointly promote cooperation in ${term()}.`,
    () => `The two sides welcome the positive role of ${forum()} in ${term()}.`,
    () => `The two sides support the work of the ${r.pick(UNKNOWN_EN)} on ${term()}.`,
    () => `The two sides do not accept ${r.pick(OPPOSE_EN)}.`,
    () => `The ${other.enAdj[0]} side speaks highly of the efforts of the ${a.enAdj[0]} side in ${term()}.`,
  ];
  const make = lang === 'zh' ? sentencesZh : sentencesEn;
  const enName = (c: typeof a) => {
    const n = c.en.find((x) => x.length > 4) ?? c.en[0];
    return /Republic|Federation|Kingdom|Union|United|Emirates|Philippines/.test(n) ? `the ${n}` : n;
  };
  const title =
    lang === 'zh'
      ? `${zhFull(a)}和${zhFull(other)}关于深化全面合作的联合声明`
      : `Joint Statement of ${enName(a)} and ${enName(other)} on Comprehensive Cooperation`;
  const parts: string[] = [title, ''];
  let size = Buffer.byteLength(title);
  let section = 0;
  while (size < targetBytes) {
    if (r.next() < 0.08) {
      const h = lang === 'zh' ? ZH_NUM[section % 10] : ROMAN[section % 10];
      parts.push(h, '');
      section++;
    }
    let para = Array.from({ length: 1 + r.int(3) }, () => r.pick(make)()).join(lang === 'zh' ? '' : ' ');
    if (r.next() < 0.1) {
      // A page break inside the paragraph, even inside a word.
      const cut = 5 + r.int(Math.max(1, para.length - 10));
      para = `${para.slice(0, cut)}\n\n${para.slice(cut)}`;
      if (lang === 'en') para = para.replace(/\n\n(\s*)(\S)/, (_m, s, c) => `\n\n${s}${c}`);
    }
    parts.push(para, '');
    size += Buffer.byteLength(para) + 2;
  }
  parts.push(lang === 'zh' ? '未完 下期待续' : '(To be continued)');
  return parts.join('\n');
}

/** Writes statements of about 20 KB, half in each language, until `totalBytes`. Returns the file paths. */
export function writeCorpus(dir: string, totalBytes: number, seed = 1): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let total = 0;
  for (let i = 0; total < totalBytes; i++) {
    const lang = i % 2 ? 'en' : 'zh';
    const text = statement(lang, seed * 1_000_003 + i, 20_000);
    const path = join(dir, `${lang}-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, text);
    files.push(path);
    total += Buffer.byteLength(text);
  }
  return files;
}

export const parseSize = (s: string) => {
  const m = /^(\d+(?:\.\d+)?)\s*(MB|KB)?$/i.exec(s);
  if (!m) throw new Error(`--size ${s}: give a size such as 1MB, 10MB or 100MB.`);
  return Number(m[1]) * (m[2]?.toUpperCase() === 'KB' ? 1e3 : 1e6);
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const get = (k: string, d: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
  const size = get('--size', '1MB');
  const files = writeCorpus(get('--out', `bench/out/corpus-${size}`), parseSize(size), Number(get('--seed', '1')));
  console.log(`${files.length} statements written to ${get('--out', `bench/out/corpus-${size}`)}`);
}
