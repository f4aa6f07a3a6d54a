import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { loadTagger, nativeTaggerFile } from '../src/extract/zh/segmenter.ts';

// nodejieba's dictionaries, loaded once for the file (each load costs about a second).
let jiebaTagger: ReturnType<typeof loadTagger> | null = null;
const nodejiebaTagger = () => (jiebaTagger ??= loadTagger('nodejieba'));

// npm 11 may skip install scripts silently; this fails if nodejieba's native module was not built.
describe('native modules', () => {
  it('nodejieba is built and segments Chinese', () => {
    const jieba = createRequire(import.meta.url)('nodejieba');
    nodejiebaTagger(); // nodejieba.load(), as the Chinese plugin calls it
    expect(jieba.cut('双方将深化医疗卫生领域合作')).toContain('合作');
    expect(jieba.tag('加强合作').some((t: { tag: string }) => t.tag.startsWith('v'))).toBe(true);
  });

  it('native/jieba is built (npm run build) and tags every Chinese gold sentence and clause as nodejieba does', () => {
    expect(
      existsSync(nativeTaggerFile),
      `${nativeTaggerFile} is missing: run npm run build (needs a C++ compiler)`,
    ).toBe(true);
    const texts: string[] = [];
    for (const set of ['dev', 'check']) {
      const dir = join('test', 'gold', set);
      for (const f of readdirSync(dir).filter((f) => f.endsWith('.zh.gold.json')))
        for (const s of (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { sentences: { text: string }[] }).sentences)
          texts.push(s.text);
    }
    for (const f of readdirSync('data/documents').filter((f) => f.endsWith('.zh.txt')))
      texts.push(...readFileSync(join('data/documents', f), 'utf8').split('\n'));
    // Clauses as the plugin tags them, and the forum names taught to both (东盟与中日韩(10+3)).
    const inputs = texts.flatMap((t) => [t, ...t.split(/[，；：,;:。！？]/)]).filter((t) => t.trim());
    expect(inputs.length).toBeGreaterThan(500);
    const native = loadTagger('native');
    const nodejieba = nodejiebaTagger();
    const differ = inputs.filter((t) => JSON.stringify(native.tag(t)) !== JSON.stringify(nodejieba.tag(t)));
    expect(differ).toEqual([]);
  });

  it('native/jieba keeps one tagger per thread: two worker threads load and tag side by side', async () => {
    const sentence = '中俄双方对“北溪”管线爆炸事件进行客观、公正、专业的调查';
    // Plain JavaScript workers: the compiled segmenter in dist/ (npm run build), loaded twice in each.
    const code = `
      const { parentPort } = require('node:worker_threads');
      import(${JSON.stringify(pathToFileURL(join('dist', 'extract', 'zh', 'segmenter.js')).href)}).then(({ loadTagger }) => {
        loadTagger('native');
        parentPort.postMessage(JSON.stringify(loadTagger('native').tag(${JSON.stringify(sentence)})));
      });`;
    const answers = await Promise.all(
      [1, 2].map(
        () =>
          new Promise<string>((resolve, reject) => {
            const w = new Worker(code, { eval: true });
            w.once('message', (m: string) => void w.terminate().then(() => resolve(m)));
            w.once('error', reject);
          }),
      ),
    );
    expect(answers).toEqual(Array(2).fill(JSON.stringify(nodejiebaTagger().tag(sentence))));
  });
});
