import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKED_TABLES, dataDir, readTable } from '../src/extract/tables.ts';
import { lexicon } from '../src/extract/lexicon.ts';

const dir = mkdtempSync(join(tmpdir(), 'pg-tables-'));
const table = (file: string, ...lines: string[]) => {
  writeFileSync(join(dir, file), ['# what this table holds', ...lines].join('\n') + '\n');
  return () => readTable(file, dir);
};

describe('data/ tables', () => {
  it('every .tsv in data/ has a schema, and all of them load', () => {
    const files = readdirSync(dataDir).filter((f) => f.endsWith('.tsv'));
    expect(files.filter((f) => !CHECKED_TABLES.includes(f))).toEqual([]);
    for (const f of files) expect(readTable(f).length).toBeGreaterThan(0);
    expect(lexicon().domains.length).toBe(readTable('domains.tsv').length);
  });

  // [file, lines after the comment, the error naming file:line and what is wrong]
  it.each([
    [
      'forums.tsv',
      ['id\tzh\ten\tabbr\thome_domain', 'WHO\t世界卫生组织\tWHO\tWHO\thealth', 'BAD\t坏组织\tBad\t\thelth'],
      /forums\.tsv:4: column home_domain: "helth" is not a domain id of data\/domains\.tsv/,
    ],
    ['forums.tsv', ['id\tzh\ten\tabbr\thome_domain', 'X Y\t某组织\tX\t\t'], /forums\.tsv:3: column id: must be an id/],
    [
      'domains.tsv',
      ['id\tzh\ten', 'health\t卫生\tHealth', 'health\t医疗\tMedicine'],
      /domains\.tsv:4: id "health" is already on line 3/,
    ],
    [
      'forums.tsv',
      ['id\tzh\ten\tabbr', 'WHO\t世界卫生组织\tWHO\tWHO'],
      /forums\.tsv:2: the header lacks the column home_domain/,
    ],
    [
      'forums.tsv',
      ['id\tzh\ten\tabbr\thome_domain', 'WHO\t世界卫生组织\tWHO\tWHO\thealth\textra'],
      /forums\.tsv:3: 6 cells but the header names 5 columns/,
    ],
    [
      'domain-terms.zh.tsv',
      ['term\tdomain\tstrength', '卫生\thealth\tstrong', '旅游\ttourism\tstrng'],
      /domain-terms\.zh\.tsv:4: column strength: /,
    ],
    [
      'actions.en.tsv',
      ['verb\tgloss\tpolarity\tkind', 'support\tsupport\tfor\thead'],
      /actions\.en\.tsv:3: column polarity: /,
    ],
    [
      'groups.tsv',
      ['id\tzh\ten\tmembers', 'BRICS\t金砖国家\tBRICS\tBR|RU|ZA2011'],
      /groups\.tsv:3: column members: each member must be/,
    ],
    [
      'countries.tsv',
      ['code\tzh\ten\tzh_side\ten_adj', 'CHN\t中国\tChina\t中方\tChinese'],
      /countries\.tsv:3: column code: must be an ISO/,
    ],
  ])('%s: a bad row fails with file:line (%#)', (file, lines, error) => {
    expect(table(file, ...lines)).toThrow(error);
  });

  it('a repeated alias inside a cell is reported with file:line, not dropped silently', async () => {
    const warnings: string[] = [];
    const listen = (w: Error) => warnings.push(w.message);
    process.on('warning', listen);
    const rows = table(
      'forums.tsv',
      'id\tzh\ten\tabbr\thome_domain',
      'ASEAN\t东盟|东南亚国家联盟|东南亚国家联盟\tASEAN\tASEAN\t',
    )();
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
    process.off('warning', listen);
    expect(rows).toHaveLength(1);
    expect(warnings).toContain(
      `${join(dir, 'forums.tsv')}:3: column zh lists "东南亚国家联盟" twice; it counts once, but remove the repeat.`,
    );
  });
});
