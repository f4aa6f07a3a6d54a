import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/extract/extract-document.ts';

// Short sentences written for the domain lexicons (test/lexicon/*.tsv): each `must` sentence is
// placed in its domain; each `must-not` sentence is not placed in the named domain (the words that
// mislead: 发展 in 关系发展, 安全 in 粮食安全, "development of relations").
const rows = (file: string) =>
  readFileSync(join(__dirname, 'lexicon', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
const domainsOf = (text: string, lang: 'zh' | 'en') =>
  new Set(extractText(text, { lang, parties: ['CN', 'RU'] }).commitments.map((c) => c.domain.id));

describe.each(['zh', 'en'] as const)('domain lexicon (%s)', (lang) => {
  it.each(rows(`must.${lang}.tsv`))('%s → %s', (text, domain) => {
    expect([...domainsOf(text, lang)]).toContain(domain);
  });
  it.each(rows(`must-not.${lang}.tsv`))('%s is not %s', (text, domain) => {
    expect([...domainsOf(text, lang)]).not.toContain(domain);
  });
});
