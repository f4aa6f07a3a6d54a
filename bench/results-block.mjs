// bench/RESULTS.md keeps one block per command, each from one run: `<!-- run: COMMAND -->` … `<!-- end: COMMAND -->`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Puts `md` into `file` as the block of `command`, in place of the block it had, else at the end. */
export function writeResultsBlock(file, command, md) {
  const begin = `<!-- run: ${command} -->`,
    end = `<!-- end: ${command} -->`;
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  const block = `${begin}\n${md}${end}\n`;
  const at = old.indexOf(begin);
  writeFileSync(
    file,
    at >= 0 ? old.slice(0, at) + block + old.slice(old.indexOf(end) + end.length + 1) : `${old.trimEnd()}\n\n${block}`,
  );
}
