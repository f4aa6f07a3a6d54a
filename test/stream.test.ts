import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractBytes, extractFile } from '../src/extract/extract-document.ts';
import { seedPath } from './helpers.ts';
import { config } from '../src/config.ts';

const dir = mkdtempSync(join(tmpdir(), 'pg-stream-'));

// Streaming a file 1 MB at a time must give exactly what reading it whole gives.
describe('streamed extraction', () => {
  it.each(readdirSync(join(config().root, 'data', 'documents')))('%s: same as whole', (name) => {
    const path = seedPath(name);
    const whole = extractBytes(readFileSync(path), { source: path });
    expect(extractFile(path)).toEqual(whole);
  });

  // Files read 64 KiB at a time: the same code paths as the default 1 MiB chunks, at a sixteenth of the size.
  const chunkBytes = 1 << 16;

  it('a GB18030 file over one chunk with CRLF and a BOM-less start streams across chunk edges', () => {
    const seed = readFileSync(seedPath('cn-ru-2023-joint-statement-part3.zh.txt'), 'utf8').replace(/\n/g, '\r\n');
    let text = '';
    while (text.length < 100_000) text += seed;
    const path = join(dir, 'big-gb.txt');
    writeFileSync(path, iconv.encode(text, 'gb18030'));
    expect(Buffer.byteLength(iconv.encode(text, 'gb18030'))).toBeGreaterThan(2 * chunkBytes);
    const streamed = extractFile(path, { chunkBytes });
    const whole = extractBytes(readFileSync(path), { source: path });
    expect(streamed.document.encoding).toBe('gb18030');
    expect(streamed.sentences.length).toBe(whole.sentences.length);
    expect(streamed.commitments).toEqual(whole.commitments);
    expect(streamed.document.id).toBe(whole.document.id);
    const last = streamed.sentences.at(-1)!;
    expect(text.slice(last.start, last.end)).toBe(last.text);
  });

  it('an invalid byte after the first chunk is reported at its exact offset', () => {
    const good = Buffer.from('双方将深化医疗卫生领域合作。\n'.repeat(4_000));
    expect(good.length).toBeGreaterThan(chunkBytes);
    const bad = Buffer.concat([good, Buffer.from([0xe5, 0x8f]), Buffer.from('合作。\n')]);
    const path = join(dir, 'bad.txt');
    writeFileSync(path, bad);
    expect(() => extractFile(path, { chunkBytes })).toThrow(
      new RegExp(`invalid UTF-8 at byte offset ${good.length}\\b`),
    );
  });

  it('a multibyte character split across a chunk edge is not an error', () => {
    // A padding paragraph of its own (a line this long is text, not a title), ending one byte before the edge.
    const pad = 'a'.repeat(chunkBytes - 2) + '.';
    const path = join(dir, 'edge.txt');
    writeFileSync(path, `${pad}\n\n双方将深化医疗卫生领域合作。`);
    expect(extractFile(path, { parties: ['CN', 'RU'], chunkBytes }).commitments.map((c) => c.domain.id)).toContain(
      'health',
    );
  });

  it('the default chunk is a megabyte: an invalid byte past it is still found at its offset', () => {
    const good = Buffer.alloc((1 << 20) + 10, 'a');
    const path = join(dir, 'big-bad.txt');
    writeFileSync(path, Buffer.concat([good, Buffer.from([0xff])]));
    expect(() => extractFile(path)).toThrow(new RegExp(`invalid UTF-8 at byte offset ${good.length}\\b`));
  });
});
