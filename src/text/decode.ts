import iconv from 'iconv-lite';
import { InputError } from './input-error.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
  /** Number of invalid byte sequences replaced by U+FFFD (only with `replaceInvalid`). */
  replaced: number;
}

export interface DecodeOptions {
  /** Replace invalid bytes with U+FFFD instead of failing; the count is reported. */
  replaceInvalid?: boolean;
  /** Bytes read at a time from a file (default 1 MiB; smaller in tests that cross a chunk edge). */
  chunkBytes?: number;
}

/**
 * Byte offset of the first invalid UTF-8 sequence, or -1. A sequence cut off by the end of the
 * buffer counts as valid when `partialEndOk` (the rest may be in the next chunk).
 */
export function firstInvalidUtf8(bytes: Uint8Array, partialEndOk = false): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let len: number, min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      len = 2;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      min = 0x10000;
    } else return i;
    if (i + len > n) {
      for (let k = i + 1; k < n; k++) if ((bytes[k] & 0xc0) !== 0x80) return i;
      return partialEndOk ? -1 : i;
    }
    let cp = b & (0xff >> (len + 1));
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += len;
  }
  return -1;
}

/** Counts bytes that only a binary file has: NUL and C0 controls other than tab, newline, CR, FF. */
function looksBinary(sample: Uint8Array): boolean {
  let odd = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) odd++;
  }
  return odd > Math.max(4, sample.length / 100);
}

function countMultibyteUtf8(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0xc2 && bytes[i] <= 0xf4) count++;
  return count;
}

/** Share of CJK ideographs and CJK punctuation among non-ASCII characters. */
function cjkShare(text: string): number {
  let cjk = 0,
    other = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2010 && c <= 0x201f)
    )
      cjk++;
    else other++;
  }
  return cjk + other === 0 ? 0 : cjk / (cjk + other);
}

/**
 * Detects the encoding of the first bytes of a file. UTF-8 wins when it is valid; GB18030 is
 * chosen only when the bytes hold no valid UTF-8 multibyte sequence and decode as Chinese.
 */
export function detectEncoding(
  source: string,
  head: Uint8Array,
  isWhole: boolean,
  opts: DecodeOptions = {},
): { encoding: Encoding; bom: boolean } {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8', bom: true };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  if (looksBinary(head.subarray(0, 8192))) {
    throw new InputError(
      source,
      'looks like a binary file (it holds NUL or control bytes), not text. Give a UTF-8 or GB18030 text file.',
    );
  }
  const bad = firstInvalidUtf8(head, !isWhole);
  if (bad < 0) return { encoding: 'utf-8', bom: false };
  const validUtf8Chars = countMultibyteUtf8(head.subarray(0, bad));
  if (validUtf8Chars < 2) {
    const asGb = iconv.decode(Buffer.from(head.buffer, head.byteOffset, head.byteLength), 'gb18030');
    if (!asGb.includes('\ufffd') && cjkShare(asGb) > 0.8) return { encoding: 'gb18030', bom: false };
  }
  if (opts.replaceInvalid) return { encoding: 'utf-8', bom: false };
  throw invalidUtf8(source, bad, head);
}

export function invalidUtf8(source: string, offset: number, bytes: Uint8Array, base = 0): InputError {
  const shown = Array.from(bytes.subarray(offset, offset + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
  return new InputError(
    source,
    `invalid UTF-8 at byte offset ${base + offset} (bytes ${shown}). Convert the file to UTF-8 (for example \`iconv -f GB18030 -t UTF-8\`), or pass --replace-invalid to replace bad bytes and count them.`,
  );
}

/** Decodes a whole file held in memory. Throws InputError for empty, binary or mis-encoded input. */
export function decode(source: string, bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new InputError(source, 'the file is empty. Give a file with the text of a statement.');
  const { encoding, bom } = detectEncoding(source, bytes, true, opts);
  const body = bom ? bytes.subarray(encoding === 'utf-8' ? 3 : 2) : bytes;
  let text: string;
  let replaced = 0;
  if (encoding === 'utf-8') {
    text = new TextDecoder('utf-8', { fatal: false }).decode(body);
    if (opts.replaceInvalid) for (const ch of text) if (ch === '\ufffd') replaced++;
  } else {
    text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding);
  }
  if (text.trim() === '')
    throw new InputError(source, 'the file holds only white space. Give a file with the text of a statement.');
  return { text, encoding, bom, replaced };
}
