import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsDir, renderDocs } from '../scripts/generate-docs.ts';
import { readTable } from '../src/extract/tables.ts';

// The reference pages in docs/ are generated from data/; they must be what the data gives today.
describe('docs/ generated from data/', () => {
  it.each(Object.entries(renderDocs()))('docs/%s is current (else run `npm run docs`)', (file, expected) => {
    expect(readFileSync(join(docsDir, file), 'utf8')).toBe(expected);
  });

  it('lists every domain and every forum id of the data', () => {
    const pages = renderDocs();
    for (const d of readTable('domains.tsv')) expect(pages['domains.md']).toContain(`| \`${d.id}\` |`);
    for (const f of readTable('forums.tsv')) expect(pages['forums.md']).toContain(`\`${f.id}\``);
  });
});
