/**
 * Dates as statements write them, read into ISO `YYYY-MM-DD`: `2023年3月21日`, `二〇二三年三月二十一日`,
 * `21 March 2023`, `March 21, 2023`, `2023-03-21`, and datelines such as `Moscow, 21 March 2023`. A date that
 * does not exist (`31 February`) is not a date.
 */
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_ABBR = MONTHS.map((m) => m.slice(0, 3));

const ZH_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  '０': 0,
  '１': 1,
  '２': 2,
  '３': 3,
  '４': 4,
  '５': 5,
  '６': 6,
  '７': 7,
  '８': 8,
  '９': 9,
};

/** A Chinese number of a date: Arabic or full-width digits, digit by digit (二〇二三), or with 十 (二十一). */
function zhNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.includes('十')) {
    const [tens, ones] = s.split('十');
    const t = tens === '' ? 1 : ZH_DIGITS[tens];
    const o = ones === '' ? 0 : ZH_DIGITS[ones];
    return t === undefined || o === undefined || tens.length > 1 || ones.length > 1 ? null : t * 10 + o;
  }
  let n = 0;
  for (const ch of s) {
    const d = ZH_DIGITS[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` if the day exists in the calendar, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last ? `${year}-${pad(month)}-${pad(day)}` : null;
}

const monthOf = (word: string) => {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.indexOf(w);
  return i >= 0 ? i + 1 : w === 'sept' ? 9 : MONTH_ABBR.indexOf(w) + 1 || null;
};

const ZH_NUM = '[0-9０-９〇零一二三四五六七八九十]';
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => string | null }[] = [
  {
    re: new RegExp(`(${ZH_NUM}{4})\\s*年\\s*(${ZH_NUM}{1,2})\\s*月\\s*(${ZH_NUM}{1,3})\\s*日`, 'g'),
    read: (m) => isoDate(zhNumber(m[1]) ?? 0, zhNumber(m[2]) ?? 0, zhNumber(m[3]) ?? 0),
  },
  {
    // ISO and its slashed or dotted forms, as news pages stamp them: 2023-03-21, 2023/3/21, 2023.03.21.
    re: /(?<![\d/.-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d/-]|\.\d)/g,
    read: (m) => isoDate(Number(m[1]), Number(m[3]), Number(m[4])),
  },
  {
    re: /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][a-z]+\.?),?\s+(\d{4})\b/g,
    read: (m) => isoDate(Number(m[3]), monthOf(m[2]) ?? 0, Number(m[1])),
  },
  {
    re: /\b([A-Z][a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/g,
    read: (m) => isoDate(Number(m[3]), monthOf(m[1]) ?? 0, Number(m[2])),
  },
];

/** Every date in the text, in the order they appear. */
export function datesIn(text: string): { index: number; length: number; date: string }[] {
  const found: { index: number; length: number; date: string }[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const date = read(m);
      if (date) found.push({ index: m.index, length: m[0].length, date });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date the text states, or null. */
export function findDate(text: string): string | null {
  return datesIn(text)[0]?.date ?? null;
}

/**
 * A line that is only a place and a date (`Moscow, 21 March 2023`, `2023年3月21日于莫斯科`, a bare date):
 * the statement's own date, wherever it stands.
 */
export function datelineDate(line: string): string | null {
  const t = line.trim();
  if (t.length > 60) return null;
  const [first] = datesIn(t);
  if (!first) return null;
  const rest = (t.slice(0, first.index) + t.slice(first.index + first.length)).trim();
  return rest.length <= 30 && !/[.。!?！？;；]$/.test(t) ? first.date : null;
}

/**
 * A date a person typed (`--date`, a manifest): `YYYY-MM-DD`, or any form `findDate` reads. Null
 * when it is not a date.
 */
export function parseDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const [only] = datesIn(value.trim());
  return only && only.index === 0 ? only.date : null;
}
