import { describe, expect, it } from 'vitest';
import { actorMatcher, enActors } from '../src/extract/actors.ts';
import { lexicon } from '../src/extract/lexicon.ts';
import { TermMatcher } from '../src/extract/term-matcher.ts';

/**
 * The English actor dictionary matches a country's adjective and an organ ("the Vietnamese Ministry of
 * Foreign Affairs") by rule; filed one by one, as it once was, each such name must be found the same
 * way, with the same value, across the whole country table and every organ of data/actor-words.tsv.
 */
describe('English actors: adjective + organ by rule, as if each name were filed', () => {
  const lex = lexicon();
  const filed = new TermMatcher(enActors(lex, true), true);
  const byRule = actorMatcher('en');
  const organs = lex.actorWords.filter((w) => w.lang === 'en' && w.reading === 'organ').map((w) => w.phrase);
  const names = lex.countries.flatMap((c) =>
    c.enAdj.flatMap((a) => organs.flatMap((o) => [`the ${a} ${o}`, `${a} ${o}`])),
  );
  const find = (m: TermMatcher<unknown>, text: string) => m.find(text).map((h) => [h.start, h.end, h.surface, h.value]);

  it('has thousands of names to check', () => {
    expect(organs.length).toBeGreaterThan(5);
    expect(names.length).toBeGreaterThan(organs.length * lex.countries.length);
  });

  it('finds each name alone, in plural, in lower and upper case, and inside a sentence, as filed', () => {
    const texts = names.flatMap((n) => [
      n,
      `${n}s`,
      `${n}es`,
      n.toLowerCase(),
      n.toUpperCase(),
      `${n[0].toUpperCase()}${n.slice(1)} and ${n} of ${n}`,
      `Yesterday ${n}'s Government said`,
      n.slice(0, -1),
      `${n}x`,
    ]);
    const differ = texts.filter((t) => JSON.stringify(find(byRule, t)) !== JSON.stringify(find(filed, t)));
    expect(differ.slice(0, 5)).toEqual([]);
  });

  it('reads runs of names one after another as filed (a match goes on after the one before)', () => {
    for (let k = 0; k < names.length; k += 50) {
      const text = names.slice(k, k + 50).join(' ');
      expect(find(byRule, text)).toEqual(find(filed, text));
    }
  });
});
