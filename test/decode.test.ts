import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/text/decode.ts';
import { extractBytes, extractText } from '../src/extract/extract-document.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const SENTENCE = '双方将深化医疗卫生领域合作。';

describe('decoding', () => {
  it.each([
    ['GB18030', iconv.encode(SENTENCE, 'gb18030'), 'gb18030'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)]), 'utf-8'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]), 'utf-16le'],
  ])('%s decodes to the same text', (_, bytes, encoding) => {
    const d = decode('f.txt', bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(SENTENCE);
  });

  it.each([
    ['empty', new Uint8Array(), /empty/],
    ['white space only', utf8(' \n\t '), /white space/],
    ['binary', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]), /binary/],
  ])('%s input gets a clear error', (_, bytes, message) => {
    expect(() => decode('f.txt', bytes)).toThrow(message);
  });

  it('invalid UTF-8 names the byte offset, and --replace-invalid counts replacements', () => {
    const bytes = Buffer.concat([Buffer.from('双方将深化'), Buffer.from([0xff]), Buffer.from('合作。')]);
    expect(() => decode('bad.txt', bytes)).toThrow(/bad\.txt: invalid UTF-8 at byte offset 15/);
    const r = extractBytes(bytes, { replaceInvalid: true, source: 'bad.txt' });
    expect(r.diagnostics.some((d) => d.code === 'invalid-bytes-replaced' && d.message.startsWith('1 '))).toBe(true);
  });

  it('CRLF line ends give the same sentences as LF, with offsets into the original', () => {
    const lf = '中华人民共和国和俄罗斯联邦联合声明\n\n双方将加强旅游合作。\n\n双方将深化体育合作。\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = extractText(lf),
      b = extractText(crlf);
    expect(b.sentences.map((s) => s.text)).toEqual(a.sentences.map((s) => s.text));
    for (const s of b.sentences) expect(crlf.slice(s.start, s.end)).toBe(s.text);
  });

  it('a text with no punctuation at all still gives one sentence and no crash', () => {
    const r = extractText('双方将加强旅游合作 双方将深化体育合作', { parties: ['CN', 'RU'] });
    expect(r.sentences.length).toBeGreaterThanOrEqual(1);
    expect(r.commitments.map((c) => c.domain.id)).toEqual(expect.arrayContaining(['tourism']));
  });

  it('evidence offsets point into the original text, across a page break inside a word', () => {
    const text = '标题联合声明\n\n双方高度评价中俄体\n\n育交流年取得的成果。';
    const r = extractText(text, { parties: ['CN', 'RU'] });
    expect(r.sentences[0].text).toBe('双方高度评价中俄体育交流年取得的成果。');
    const c = r.commitments[0];
    expect(text.slice(c.evidence.start, c.evidence.end)).toContain('体\n\n育');
  });
});
