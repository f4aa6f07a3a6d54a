import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvWriter, xml } from '../src/export/formats.ts';
import { parseFilter, ExportInputError } from '../src/export/export.ts';
import { commitmentCaption, forumShort } from '../src/graph/labels.ts';
import { highlight } from '../web/map-text.ts';

async function csv(rows: unknown[][], bom = false): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c) => chunks.push(c));
  const w = csvWriter(out, ['a', 'b'], bom);
  for (const r of rows) await w.row(r);
  await w.end();
  return Buffer.concat(chunks).toString('utf8');
}

describe('export formats', () => {
  it.each([
    [[['plain', 1]], 'a,b\r\nplain,1\r\n'],
    [[['with, comma', 'say "hi"']], 'a,b\r\n"with, comma","say ""hi"""\r\n'],
    [[['two\nlines', null]], 'a,b\r\n"two\nlines",\r\n'],
    [[[['CN', 'RU'], '双方']], 'a,b\r\nCN;RU,双方\r\n'],
  ])('CSV per RFC 4180: %j', async (rows, expected) => {
    expect(await csv(rows as unknown[][])).toBe(expected);
  });

  it('CSV with a BOM starts with U+FEFF', async () => {
    expect((await csv([['x', 'y']], true)).charCodeAt(0)).toBe(0xfeff);
  });

  it.each([
    ['a < b & "c"', 'a &lt; b &amp; &quot;c&quot;'],
    ["it's", 'it&apos;s'],
    ['bell\u0007', 'bell'],
  ])('XML text %j', (input, expected) => expect(xml(input)).toBe(expected));

  it.each([
    [{ language: 'fr' }, /--language fr: give zh or en/],
    [{ dateFrom: '26/09/2019' }, /--dateFrom 26\/09\/2019: give a date as YYYY-MM-DD/],
    [{ polarity: 'neutral' }, /give support or oppose/],
  ])('a bad filter %j is refused with its name', (values, message) => {
    expect(() =>
      parseFilter(
        (k) => (values as Record<string, string>)[k],
        (k) => `--${k}`,
      ),
    ).toThrow(ExportInputError);
    expect(() =>
      parseFilter(
        (k) => (values as Record<string, string>)[k],
        (k) => `--${k}`,
      ),
    ).toThrow(message);
  });

  it('a good filter is passed on, documents split at commas', () => {
    const v: Record<string, string> = { documents: 'a, b', dateFrom: '2019', language: 'en' };
    expect(
      parseFilter(
        (k) => v[k],
        (k) => k,
      ),
    ).toEqual({ documents: ['a', 'b'], dateFrom: '2019', language: 'en' });
    expect(
      parseFilter(
        () => undefined,
        (k) => k,
      ),
    ).toBeNull();
  });
});

describe('captions', () => {
  it.each([
    [{ id: 'WHO', name: 'World Health Organization', abbr: 'WHO' }, 'WHO'],
    [{ id: 'G20', name: 'Group of Twenty', abbr: null }, 'G20'],
    [{ id: 'ARCTIC_COUNCIL', name: 'Arctic Council', abbr: null }, 'AC'],
    [{ id: 'BOAO', name: 'Boao Forum for Asia', abbr: null }, 'BOAO'],
    [{ id: 'ZH_北极经济理事会', name: '北极经济理事会', abbr: null }, '北极经济理…'],
  ])('forum %j is captioned %s', (forum, expected) => expect(forumShort(forum)).toBe(expected));

  it.each([
    [{ polarity: 'support', action: { text: '加强', gloss: 'strengthen' } }, '+ strengthen'],
    [{ polarity: 'oppose', action: { text: 'oppose', gloss: '' } }, '− oppose'],
  ])('commitment %j is captioned %s', (c, expected) => expect(commitmentCaption(c)).toBe(expected));

  const esc = (s: string) => s.replace(/</g, '&lt;');
  it.each([
    // The span is marked where the sentence has the original's length.
    [
      { text: 'We support the WHO.', sentenceStart: 100, sentenceEnd: 119, start: 103, end: 118 },
      'We <mark>support the WHO</mark>.',
    ],
    // Layout repair changed the length: offsets would point at the wrong words, so nothing is marked.
    [
      { text: 'We support the WHO.', sentenceStart: 100, sentenceEnd: 121, start: 103, end: 118 },
      'We support the WHO.',
    ],
    [{ text: 'a<b', sentenceStart: 0, sentenceEnd: 3, start: 1, end: 2 }, 'a<mark>&lt;</mark>b'],
    [{ text: 'x', sentenceStart: null, sentenceEnd: null, start: 0, end: 1 }, 'x'],
  ])('evidence %j is shown as %s', (n, expected) =>
    expect(highlight({ sentenceId: 's', documentId: 'd', documentTitle: null, sentenceIndex: 0, ...n }, esc)).toBe(
      expected,
    ),
  );
});
