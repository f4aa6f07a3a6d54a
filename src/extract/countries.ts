import { createRequire } from 'node:module';

/**
 * Every country and territory with its names in Chinese and English, from two well-kept packages:
 * `world-countries` (common and official names in both languages, demonyms, capitals) and
 * `i18n-iso-countries` (the ISO short names and their variants). data/countries.tsv adds the forms
 * statements use beyond these (short forms, old transliterations, `X方`) and removes package names
 * that would mislead (`中非` is China–Africa far more often than the Central African Republic).
 */
export interface PackageCountry {
  code: string;
  zh: string[];
  en: string[];
  demonyms: string[];
  capitals: string[];
}

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  translations: Record<string, { common: string; official: string } | undefined>;
  demonyms?: { eng?: { m: string; f: string } };
  capital?: string[];
}
type IsoNames = { countries: Record<string, string | string[]> };

const require = createRequire(import.meta.url);

/** English alternative spellings worth matching: whole names, or all-capital abbreviations of 3+ letters (USA, DPRK). */
const usefulEnglish = (s: string) =>
  !s.includes(',') &&
  /^[A-Z]/.test(s) &&
  (s.length > 3 || /^[A-Z]{3,}$/.test(s)) &&
  /^[\p{Script=Latin}\s'’.()-]+$/u.test(s);

export function packageCountries(): PackageCountry[] {
  const world = require('world-countries') as WorldCountry[];
  const isoEn = (require('i18n-iso-countries/langs/en.json') as IsoNames).countries;
  const isoZh = (require('i18n-iso-countries/langs/zh.json') as IsoNames).countries;
  const list = (x: string | string[] | undefined) => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
  return world.map((c) => {
    const zho = c.translations.zho;
    const en = [c.name.common, c.name.official, ...list(isoEn[c.cca2]), ...c.altSpellings].filter(usefulEnglish);
    const zh = [zho?.common, zho?.official, ...list(isoZh[c.cca2])].filter(
      (s): s is string => !!s && /^[\p{Script=Han}·（）()]+$/u.test(s),
    );
    const dem = c.demonyms?.eng;
    return {
      code: c.cca2,
      zh: [...new Set(zh)],
      en: [...new Set(en)],
      demonyms: dem ? [...new Set([dem.m, dem.f])] : [],
      capitals: (c.capital ?? []).map((n) => n.replace(/ D\.C\.$/, '')).filter(usefulEnglish),
    };
  });
}
