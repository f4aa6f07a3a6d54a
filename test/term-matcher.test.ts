import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../src/extract/term-matcher.ts';

const found = <T>(m: TermMatcher<T>, text: string) => m.find(text).map((h) => [h.surface, h.value, h.start]);

describe('TermMatcher, Chinese (characters)', () => {
  it('takes the longest key at the leftmost position, then goes on after it', () => {
    const m = new TermMatcher<string>(
      [
        ['中国', 'CN'],
        ['中国—东盟', 'CN-ASEAN'],
        ['东盟', 'ASEAN'],
        ['国际', 'intl'],
      ],
      false,
    );
    expect(found(m, '中国—东盟合作和中国国际地位')).toEqual([
      ['中国—东盟', 'CN-ASEAN', 0],
      ['中国', 'CN', 8],
      ['国际', 'intl', 10],
    ]);
  });

  it('falls back to a shorter key where a longer one starts the same but breaks off', () => {
    const m = new TermMatcher<string>(
      [
        ['上海合作组织', 'SCO'],
        ['上海', 'Shanghai'],
      ],
      false,
    );
    expect(found(m, '上海合作论坛')).toEqual([['上海', 'Shanghai', 0]]);
  });

  it('of two equal keys, keeps the value given first', () => {
    const m = new TermMatcher<string>(
      [
        ['金砖', 'first'],
        ['金砖', 'second'],
      ],
      false,
    );
    expect(found(m, '金砖国家')).toEqual([['金砖', 'first', 0]]);
  });

  it('finds keys under a first character that hundreds of keys share', () => {
    const keys: [string, number][] = Array.from({ length: 500 }, (_, k) => [`阿${String.fromCharCode(0x4e00 + k)}`, k]);
    const m = new TermMatcher<number>(keys, false);
    expect(found(m, `阿${String.fromCharCode(0x4e00 + 499)}和阿`)).toEqual([
      [`阿${String.fromCharCode(0x4e00 + 499)}`, 499, 0],
    ]);
  });
});

describe('TermMatcher, English (whole words)', () => {
  const m = new TermMatcher<string>(
    [
      ['WHO', 'WHO'],
      ['infectious disease', 'health'],
      ['Republic of Korea', 'KR'],
      ['Republic of Kenya', 'KE'],
      ['Republic', 'republic'],
      ['energy', 'energy'],
    ],
    true,
  );

  it('matches keys in capitals only as written', () => {
    expect(found(m, 'who said the WHO')).toEqual([['WHO', 'WHO', 13]]);
  });

  it('matches whole words only, and a plural of the last word', () => {
    expect(found(m, 'energetic energies, energys')).toEqual([['energys', 'energy', 20]]);
    expect(found(m, 'infectious diseases')).toEqual([['infectious diseases', 'health', 0]]);
  });

  it('reads words as runs of letters and digits of any script, outside the Basic Multilingual Plane too', () => {
    // é, 𨮡 (a letter written with two UTF-16 units) and 𝟘 (a digit) go on the word before them.
    expect(found(m, 'energyé energy𨮡 energy𝟘 energy—energy')).toEqual([
      ['energy', 'energy', 26],
      ['energy', 'energy', 33],
    ]);
    expect(found(m, '𨮡 energy')).toEqual([['energy', 'energy', 3]]);
    // A lone surrogate is no letter; a text whose lower case is longer ('İ') is read word by word.
    expect(found(m, '\ud800energy')).toEqual([['energy', 'energy', 1]]);
    expect(found(m, 'İstanbul energy')).toEqual([['energy', 'energy', 9]]);
  });

  it('among keys sharing their first words, takes the one the text goes on with, else the shortest that fits', () => {
    expect(found(m, 'the Republic of Kenya and the Republic of Korea')).toEqual([
      ['Republic of Kenya', 'KE', 4],
      ['Republic of Korea', 'KR', 30],
    ]);
    expect(found(m, 'the Republic of Kiribati')).toEqual([['Republic', 'republic', 4]]);
  });
});

describe('TermMatcher, English keys joined by rule (a head, one space, a tail)', () => {
  const m = new TermMatcher<string>(
    [
      ['the Chinese side', 'side'],
      ['Chinese Foreign Ministry spokesperson', 'spokesperson'],
      ['energy', 'energy'],
    ],
    true,
    {
      heads: [
        ['the Chinese', 'CN'],
        ['Chinese', 'CN'],
        ['South African', 'ZA'],
      ],
      tails: ['Government', 'Foreign Ministry', 'Foreign Minister', 'side'],
    },
  );

  it('matches every head with every tail, in any case, with a plural of the last word', () => {
    expect(found(m, 'The Chinese government and south african Foreign Ministers')).toEqual([
      ['The Chinese government', 'CN', 0],
      ['south african Foreign Ministers', 'ZA', 27],
    ]);
  });

  it('takes the longest of joined and filed keys, the filed one where both are as long', () => {
    expect(found(m, 'the Chinese Foreign Ministry spokesperson and the Chinese side')).toEqual([
      ['the Chinese Foreign Ministry', 'CN', 0],
      ['the Chinese side', 'side', 46],
    ]);
    expect(found(m, 'Chinese Foreign Ministry spokesperson')).toEqual([
      ['Chinese Foreign Ministry spokesperson', 'spokesperson', 0],
    ]);
  });

  it('needs the whole tail as whole words, after one space', () => {
    expect(found(m, 'the Chinese Governmental energy, Chinese  Government, Chinese Foreign Ministryx')).toEqual([
      ['energy', 'energy', 25],
    ]);
  });
});
