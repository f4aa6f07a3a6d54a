import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract/extract-document.ts';
import { MAX_SENTENCE } from '../src/text/sentences.ts';
import { ADVERSARIAL, statement } from '../bench/adversarial.ts';

// Extraction in linear time on any input: 1 MB documents built from the adversarial shapes of
// bench/adversarial.ts (nesting, long runs, repeated tokens, mixed scripts, stray brackets),
// mixed by fast-check, must be extracted in full, with every sentence within MAX_SENTENCE and
// valid offsets, and no slower than a quarter of the speed of typical text of the same size.
const MB = 1_000_000;
const names = Object.keys(ADVERSARIAL);

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}

describe('extraction on adversarial 1 MB inputs', () => {
  it('is linear: every mix of adversarial shapes is extracted in full, at least 0.25× as fast as typical text', () => {
    extractText(statement('zh', 3, 50_000)); // lexicons, dictionaries and the JIT warmed up
    // Typical text timed before and after the adversarial runs: on a shared machine the slower of
    // the two is the fair yardstick for inputs timed in between.
    // (A quarter of a megabyte of each language: speed per megabyte is what is compared.)
    const typicalText = statement('zh', 5, MB / 8) + '\n\n' + statement('en', 6, MB / 8);
    const typicalMs = () => timed(() => extractText(typicalText)).ms / (Buffer.byteLength(typicalText) / MB);
    const before = typicalMs();
    const runs: { label: string; msPerMB: number }[] = [];
    fc.assert(
      fc.property(
        fc.array(fc.record({ shape: fc.constantFrom(...names), seed: fc.integer({ min: 1, max: 1000 }) }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.constantFrom('\n', '', '\n\n', ' '),
        (parts, joint) => {
          const text = parts.map((p) => ADVERSARIAL[p.shape](Math.ceil(MB / parts.length), p.seed)).join(joint);
          const { value: r, ms } = timed(() => extractText(text));
          expect(r.sentences.length).toBeGreaterThan(0);
          for (const s of r.sentences) {
            expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(text.length);
            // The sentence is the original's characters with white space folded, nothing invented.
            expect(text.slice(s.start, s.end).replace(/\s+/g, '')).toBe(s.text.replace(/\s+/g, ''));
          }
          const mb = Buffer.byteLength(text) / MB;
          runs.push({
            label: `${parts.map((p) => p.shape).join('+')}: ${(ms / 1000).toFixed(1)} s for ${mb.toFixed(2)} MB`,
            msPerMB: ms / mb,
          });
        },
      ),
      { numRuns: 3, seed: 14, endOnFailure: true },
    );
    const typicalMsPerMB = Math.max(before, typicalMs());
    for (const r of runs)
      expect(r.msPerMB, `${r.label}; typical ${(typicalMsPerMB / 1000).toFixed(1)} s/MB`).toBeLessThan(
        4 * typicalMsPerMB,
      );
  }, 600_000);
});
