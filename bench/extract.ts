// Extraction throughput beside raw nodejieba.tag over the same text, in the same run (ratios hold on
// a noisy shared machine). Usage: npx tsx bench/extract.ts [MB, default 1]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { extractText } from '../src/extract/extract-document.ts';

const mb = Number(process.argv[2] ?? 1);
const seed = readFileSync(join(import.meta.dirname, '../test/corpus/cn-ru-2023-joint-statement-part3.zh.txt'), 'utf8');
const body = seed.split('\n').filter((l) => /。$/.test(l.trim())).join('\n\n');
let text = '中华人民共和国和俄罗斯联邦联合声明\n\n';
while (Buffer.byteLength(text) < mb * 1e6) text += body + '\n\n';
const bytes = Buffer.byteLength(text) / 1e6;

const t0 = performance.now();
for (const para of text.split('\n\n')) for (const s of para.split('。')) if (s) nodejieba.tag(s);
const rawS = (performance.now() - t0) / 1000;

const t1 = performance.now();
const r = extractText(text, { lang: 'zh' });
const ourS = (performance.now() - t1) / 1000;

console.log(`text ${bytes.toFixed(2)} MB, ${r.sentences.length} sentences, ${r.commitments.length} commitments`);
console.log(`raw nodejieba.tag: ${(bytes / rawS).toFixed(2)} MB/s`);
console.log(`policy-graph extract: ${(bytes / ourS).toFixed(2)} MB/s, ${(r.sentences.length / ourS).toFixed(0)} sentences/s`);
console.log(`ratio extract/raw: ${(rawS / ourS).toFixed(2)}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
