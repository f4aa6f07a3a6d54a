import { ADVERSARIAL, statement } from './bench/adversarial.ts';
import { extractText } from './src/extract/extract-document.ts';
const MB = Number(process.argv[2] ?? 0.25);
const only = process.argv[3];
const t0 = performance.now(); extractText(statement('zh', 1, 1e5)); console.log('warm', (performance.now() - t0).toFixed(0));
for (const lang of ['zh', 'en'] as const) { const txt = statement(lang, 7, MB * 1e6); const t = performance.now(); const r = extractText(txt); const s = (performance.now() - t) / 1000; console.log(`typical-${lang}`, (Buffer.byteLength(txt) / 1e6 / s).toFixed(3), 'MB/s', r.sentences.length); }
for (const [name, gen] of Object.entries(ADVERSARIAL)) {
  if (only && name !== only) continue;
  const txt = gen(MB * 1e6); const t = performance.now();
  try { const r = extractText(txt); const s = (performance.now() - t) / 1000; console.log(name, (Buffer.byteLength(txt) / 1e6 / s).toFixed(3), 'MB/s', s.toFixed(2), 's', r.sentences.length, 'sent', r.commitments.length); }
  catch (e) { console.log(name, 'ERROR', (e as Error).message.slice(0, 100), ((performance.now() - t) / 1000).toFixed(2)); }
}
