import { closeSync, constants, openSync, readSync, fstatSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { detectEncoding, firstInvalidUtf8, invalidUtf8, type DecodeOptions, type Encoding } from './decode.ts';
import { InputError } from './input-error.ts';
import type { Line } from './layout.ts';

/**
 * Reads a file as lines without holding it in memory: 1 MB at a time, decoded incrementally, each
 * line with its offset into the decoded text. The SHA-256 of the decoded text is computed on the
 * way, so a streamed document gets the same id as one read whole.
 */
export interface FileLines {
  encoding: Encoding;
  bom: boolean;
  /** The first 64 KB of decoded text, for language detection. */
  sample: string;
  lines: Generator<Line>;
  /** Valid once `lines` is exhausted. */
  digest(): string;
  replaced(): number;
}

const CHUNK = 1 << 20;

/** Bytes at the end of a buffer that start a UTF-8 sequence the buffer does not finish. */
function incompleteTail(b: Buffer): number {
  for (let k = 1; k <= Math.min(3, b.length); k++) {
    const c = b[b.length - k];
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}

export function readFileLines(path: string, opts: DecodeOptions = {}): FileLines {
  // Looked at before opening: opening a FIFO blocks until someone writes to it, a device may never end.
  let kind: ReturnType<typeof statSync>;
  try {
    kind = statSync(path);
  } catch {
    throw new InputError(path, 'cannot be read: no such file (or a broken or looping link), or not readable.');
  }
  if (kind.isDirectory()) throw new InputError(path, 'is a folder, not a file.');
  if (!kind.isFile())
    throw new InputError(
      path,
      `is ${kind.isFIFO() ? 'a named pipe (FIFO)' : kind.isSocket() ? 'a socket' : 'a device'}, not a text file; it was not opened.`,
    );
  let fd: number;
  // O_NONBLOCK: should the path have become a FIFO since, opening it still returns at once.
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    throw new InputError(path, 'cannot be read: no such file, or not readable.');
  }
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    throw new InputError(path, 'is not a regular file.');
  }
  // Buffers no larger than the file (a statement of 5 KB needs no 1 MB buffer), and not zero-filled:
  // only the bytes read into them are used. One byte over the size: a read that fills the buffer is
  // not the whole file.
  const within = (bytes: number) => Math.max(1, Math.min(bytes, kind.size + 1));
  const head = Buffer.allocUnsafe(within(64 * 1024));
  const headLen = readSync(fd, head, 0, head.length, 0);
  if (headLen === 0) {
    closeSync(fd);
    throw new InputError(path, 'the file is empty. Give a file with the text of a statement.');
  }
  let detected: ReturnType<typeof detectEncoding>;
  try {
    detected = detectEncoding(path, head.subarray(0, headLen), headLen < head.length, opts);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  const { encoding, bom } = detected;
  const skip = bom ? (encoding === 'utf-8' ? 3 : 2) : 0;
  const makeDecoder = () => (encoding === 'gb18030' ? iconv.getDecoder('gb18030') : null);
  const sampleDecoder =
    encoding === 'gb18030'
      ? iconv.decode(head.subarray(skip, headLen), 'gb18030')
      : new TextDecoder(encoding).decode(head.subarray(skip, headLen));
  const hash = createHash('sha256');
  let replaced = 0;

  function* lines(): Generator<Line> {
    const gb = makeDecoder();
    const td = encoding === 'gb18030' ? null : new TextDecoder(encoding, { fatal: false });
    const size = within(opts.chunkBytes ?? CHUNK);
    const buf = Buffer.allocUnsafe(size);
    let pos = skip,
      offset = 0,
      rest = '',
      carry = Buffer.alloc(0),
      sawText = false;
    try {
      for (;;) {
        const n = readSync(fd, buf, 0, size, pos);
        const last = n === 0;
        const bytes = buf.subarray(0, n);
        if (encoding === 'utf-8' && !opts.replaceInvalid) {
          const joined = Buffer.concat([carry, bytes]);
          const bad = firstInvalidUtf8(joined, !last);
          if (bad >= 0) throw invalidUtf8(path, bad, joined, pos - carry.length);
          // An incomplete sequence at the end is checked again with the next chunk.
          carry = last ? Buffer.alloc(0) : Buffer.from(joined.subarray(joined.length - incompleteTail(joined)));
        }
        pos += n;
        const text = last
          ? td
            ? td.decode()
            : (gb!.end() ?? '')
          : td
            ? td.decode(bytes, { stream: true })
            : gb!.write(bytes);
        if (text) {
          hash.update(text);
          if (opts.replaceInvalid) for (const ch of text) if (ch === '\ufffd') replaced++;
          if (/\S/.test(text)) sawText = true;
        }
        let chunk = rest + text;
        let from = 0;
        for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
          yield { text: chunk.slice(from, nl).replace(/\r$/, ''), start: offset + from };
          from = nl + 1;
        }
        offset += from;
        rest = chunk.slice(from);
        chunk = '';
        if (last) break;
      }
      if (!sawText)
        throw new InputError(path, 'the file holds only white space. Give a file with the text of a statement.');
      yield { text: rest.replace(/\r$/, ''), start: offset };
    } finally {
      closeSync(fd);
    }
  }
  let digest: string | null = null;
  return {
    encoding,
    bom,
    sample: sampleDecoder,
    lines: lines(),
    digest: () => (digest ??= hash.digest('hex').slice(0, 16)),
    replaced: () => replaced,
  };
}
