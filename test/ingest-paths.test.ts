import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths } from '../src/pipeline/ingest.ts';

// A small tree: statements in folders, a hidden folder, a dotfile, files that are not text.
const root = mkdtempSync(join(tmpdir(), 'pg-paths-'));
for (const f of [
  'a.txt',
  'b.md',
  'c.text',
  'notes.pdf',
  '.draft.txt',
  'y2023/cn-ru.zh.txt',
  'y2023/cn-ru.en.txt',
  'y2024/cn-kz.zh.txt',
  'y2024/deep/x.txt',
  '.git/info.txt',
  'brackets[1].txt',
]) {
  mkdirSync(join(root, f, '..'), { recursive: true });
  writeFileSync(join(root, f), '双方将深化医疗卫生领域合作。');
}
const expand = (...paths: string[]) => {
  const r = expandPaths(paths.map((p) => join(root, p)));
  return { files: r.files.map((f) => relative(root, f)), missing: r.missing.map((m) => relative(root, m)) };
};

describe('ingest paths', () => {
  it.each([
    [
      'a folder gives its text files, recursively, not hidden ones',
      [''],
      [
        'a.txt',
        'b.md',
        'brackets[1].txt',
        'c.text',
        'y2023/cn-ru.en.txt',
        'y2023/cn-ru.zh.txt',
        'y2024/cn-kz.zh.txt',
        'y2024/deep/x.txt',
      ],
    ],
    ['* stays in its folder', ['*.txt'], ['a.txt', 'brackets[1].txt']],
    ['** crosses folders', ['**/*.zh.txt'], ['y2023/cn-ru.zh.txt', 'y2024/cn-kz.zh.txt']],
    ['braces', ['y{2023,2024}/*.zh.txt'], ['y2023/cn-ru.zh.txt', 'y2024/cn-kz.zh.txt']],
    ['character classes', ['y202[4-9]/*.txt'], ['y2024/cn-kz.zh.txt']],
    ['a dotfile only when the pattern spells the dot', ['.*.txt'], ['.draft.txt']],
    ['a file name with brackets is taken as it is', ['brackets[1].txt'], ['brackets[1].txt']],
    ['the same file twice counts once', ['a.txt', '*.txt'], ['a.txt', 'brackets[1].txt']],
  ])('%s', (_, paths, files) => {
    expect(expand(...paths)).toEqual({ files, missing: [] });
  });

  it('a missing file and a pattern that matches nothing are reported, the rest still listed', () => {
    expect(expand('a.txt', 'nothing.txt', 'none/**/*.txt')).toEqual({
      files: ['a.txt'],
      missing: ['nothing.txt', 'none/**/*.txt'],
    });
  });
});
