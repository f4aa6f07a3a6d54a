import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z as Zod } from 'zod';

/**
 * Reads and checks the data/ tables. Each file starts with `#` lines that say what it holds, then a
 * header row; cells are separated by tabs, aliases by `|`. Every row is checked against its table's
 * schema (zod) as it is read, so a bad row stops the program with the file and line and what is wrong
 * rather than quietly giving a wrong lexicon. Repeated aliases inside one cell are harmless but sloppy:
 * they are reported once per process as a warning (`POLICY_GRAPH_DATA`), never dropped silently.
 */
export const dataDir = join(dirname(fileURLToPath(import.meta.url)), '../../data');

export type Row = Record<string, string>;

/**
 * What this file asks of a zod schema. Held as zod's own ZodObject type, every table's inferred object
 * type was compared with it: a fifth of the project's type-check time, for types nothing reads.
 */
interface Check {
  safeParse(
    value: unknown,
  ): { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}
interface RowSchema extends Check {
  shape: Record<string, Check>;
}

/** Each table's row schema, the columns that hold alias lists, and the columns whose value must be unique. */
interface TableSpec {
  row: RowSchema;
  lists?: string[];
  unique?: string[];
}

/** The names of the tables that have a schema below. */
const TABLE_FILES = [
  'actions.zh.tsv',
  'actions.en.tsv',
  'actor-words.tsv',
  'countries.tsv',
  'domain-terms.zh.tsv',
  'domain-terms.en.tsv',
  'domains.tsv',
  'forums.tsv',
  'groups.tsv',
  'leaders.tsv',
  'modality.tsv',
];

/** When a country belongs to a group: `FROM`, `FROM-TO` or `FROM-`, each a year (2017) or a day (2017-06-09). */
export const MEMBER_SPAN = /^(\d{4}(?:-\d{2}-\d{2})?)?(?:-(\d{4}(?:-\d{2}-\d{2})?)?)?$/;

let domainIds: Set<string> | null = null;
let specs: Record<string, TableSpec> | null = null;

/**
 * The schemas, made on first use: zod takes a tenth of a second to load, which a command that reads
 * the lexicon from its checked copy in dist/ (./lexicon-cache.ts) never pays.
 */
function tableSpecs(): Record<string, TableSpec> {
  if (specs) return specs;
  const { z } = createRequire(import.meta.url)('zod') as { z: typeof Zod };
  const text = z.string().min(1, 'must not be empty');
  const code = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as CN');
  const id = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'must be an id of letters, digits and _');
  const lang = z.enum(['zh', 'en']);
  const aliases = z.string(); // `a|b|c`, possibly empty
  const polarity = z.enum(['support', 'oppose']);

  /** A domain id of data/domains.tsv (read on first use). */
  const domain = z.string().refine((v) => (domainIds ??= new Set(readTable('domains.tsv').map((r) => r.id))).has(v), {
    error: (issue) => `"${String(issue.input)}" is not a domain id of data/domains.tsv`,
  });
  /** A term's field: a domain id, several joined by + (`defence and security`: military+security), or - for none. */
  const termDomain = z.union([
    z.literal('-'),
    z.string().refine((v) => v.split('+').every((d) => domain.safeParse(d).success), {
      error: (issue) => `"${String(issue.input)}" is not a domain id of data/domains.tsv (or several joined by +)`,
    }),
  ]);
  // @GROUP, CODE, or CODE@FROM[-[TO]] with FROM given.
  const member = (m: string) =>
    /^@[A-Za-z][A-Za-z0-9_]*$|^[A-Z]{2}$/.test(m) || (/^[A-Z]{2}@\d/.test(m) && MEMBER_SPAN.test(m.slice(3)));
  const members = z.string().refine(
    (v) =>
      v
        .split('|')
        .map((m) => m.trim())
        .filter(Boolean)
        .every(member),
    {
      error:
        'each member must be CODE, CODE@FROM, CODE@FROM-TO, CODE@FROM- or @GROUP (FROM and TO: a year or YYYY-MM-DD)',
    },
  );

  const tables: Record<string, TableSpec> = {
    'actions.zh.tsv': {
      row: z.object({ verb: text, gloss: text, polarity, kind: z.enum(['head', 'report', 'plain']) }),
      unique: ['verb'],
    },
    'actions.en.tsv': {
      row: z.object({ verb: text, gloss: text, polarity, kind: z.enum(['head', 'report']) }),
      unique: ['verb'],
    },
    'actor-words.tsv': {
      row: z.object({ lang, phrase: text, reading: z.enum(['parties', 'we', 'not-a-side', 'organ']) }),
      unique: ['lang+phrase'],
    },
    'countries.tsv': {
      row: z.object({ code, zh: aliases, en: aliases, zh_side: aliases, en_adj: aliases, not: aliases.optional() }),
      lists: ['zh', 'en', 'zh_side', 'en_adj', 'not'],
      unique: ['code'],
    },
    'domain-terms.zh.tsv': {
      row: z.object({ term: text, domain: termDomain, strength: z.enum(['strong', 'weak']) }),
      unique: ['term'],
    },
    'domain-terms.en.tsv': {
      row: z.object({ term: text, domain: termDomain, strength: z.enum(['strong', 'weak']) }),
      unique: ['term'],
    },
    'domains.tsv': {
      row: z.object({ id: z.string().regex(/^[a-z][a-z_]*$/, 'must be lower-case letters and _'), zh: text, en: text }),
      unique: ['id'],
    },
    'forums.tsv': {
      row: z
        .object({ id, zh: aliases, en: aliases, abbr: z.string(), home_domain: z.union([z.literal(''), domain]) })
        .refine((r) => r.zh || r.en, { error: 'a forum needs a Chinese or an English name' }),
      // An id may span rows: a body's organs and mechanisms have rows of their own that read as the body.
      lists: ['zh', 'en'],
    },
    'groups.tsv': {
      row: z.object({
        id,
        zh: aliases,
        en: aliases,
        members,
        suspended: members.optional(),
        forum: z.string().optional(),
        zh_side: aliases.optional(),
        en_side: aliases.optional(),
        institution: z.enum(['yes', '']).optional(),
      }),
      lists: ['zh', 'en', 'members', 'zh_side', 'en_side'],
      unique: ['id'],
    },
    'leaders.tsv': {
      row: z.object({
        code,
        role: text,
        en: aliases,
        zh: aliases,
        from: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date YYYY[-MM[-DD]]'),
        to: z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, 'must be empty or a date YYYY[-MM[-DD]]'),
      }),
      lists: ['zh', 'en'],
    },
    'modality.tsv': {
      row: z.object({
        cue: text,
        lang,
        modality: z.string().regex(/^[a-z_]+$/, 'must be a modality id of lower-case letters and _'),
      }),
      unique: ['lang+cue'],
    },
  };
  const named = Object.keys(tables);
  if (named.length !== TABLE_FILES.length || named.some((f) => !TABLE_FILES.includes(f)))
    throw new Error(`tables.ts: TABLE_FILES must name exactly the tables with a schema (${named.join(', ')}).`);
  return (specs = tables);
}

/** The tables that have a schema: every .tsv in data/ should be among them (test/tables.test.ts checks). */
export const CHECKED_TABLES = TABLE_FILES;

/** Problems found in data/ that do not stop the program (each reported once). */
const warned = new Set<string>();

/** The warnings reported so far (./lexicon-cache.ts keeps those of the lexicon beside it, to report them again). */
export const dataWarnings = (): string[] => [...warned];

export function warn(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  process.emitWarning(message, { code: 'POLICY_GRAPH_DATA' });
}

/**
 * The rows of data/FILE as column → trimmed cell (missing trailing cells read as empty). A table
 * without a schema above is checked for its shape only (one header, no row longer than it).
 */
export function readTable(file: string, dir = dataDir): Row[] {
  const shown = dir === dataDir ? `data/${file}` : join(dir, file);
  const where = (line: number) => `${shown}:${line}`;
  const lines = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .map((l, i) => [i + 1, l.replace(/\r$/, '')] as const)
    .filter(([, l]) => l.trim() && !l.startsWith('#'));
  if (!lines.length)
    throw new Error(
      `${shown} has no header row. Its first line that is not a # comment must name the columns, separated by tabs.`,
    );
  const [headLine, header] = lines[0];
  const head = header.split('\t').map((h) => h.trim());
  const spec = tableSpecs()[file] as TableSpec | undefined;
  const columns = spec ? Object.keys(spec.row.shape) : [];
  const required = columns.filter((c) => !spec!.row.shape[c].safeParse(undefined).success);
  const missing = required.filter((c) => !head.includes(c));
  if (missing.length)
    throw new Error(
      `${where(headLine)}: the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (it has ${head.join(', ')}).`,
    );
  const seen = new Map<string, number>();
  return lines.slice(1).map(([line, l]) => {
    const cells = l.split('\t');
    if (cells.length > head.length)
      throw new Error(
        `${where(line)}: ${cells.length} cells but the header names ${head.length} columns (${head.join(', ')}). Remove the extra tab or add the column.`,
      );
    const row: Row = Object.fromEntries(head.map((h, i) => [h, (cells[i] ?? '').trim()]));
    if (!spec) return row;
    const checked = spec.row.safeParse(Object.fromEntries(columns.filter((c) => c in row).map((c) => [c, row[c]])));
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const column = issue.path.length ? `column ${String(issue.path[0])}: ` : '';
      throw new Error(`${where(line)}: ${column}${issue.message}. Fix the row (columns: ${head.join(', ')}).`);
    }
    for (const key of spec.unique ?? []) {
      const value = key
        .split('+')
        .map((k) => row[k])
        .join(' ');
      const first = seen.get(`${key}=${value}`);
      if (first)
        throw new Error(
          `${where(line)}: ${key.replace('+', ' and ')} "${value}" is already on line ${first}. Keep one of the two rows.`,
        );
      seen.set(`${key}=${value}`, line);
    }
    for (const column of spec.lists ?? []) {
      const items = split(row[column] ?? '');
      const twice = [...new Set(items.filter((x, i) => items.indexOf(x) !== i))];
      if (twice.length)
        warn(
          `${where(line)}: column ${column} lists ${twice.map((x) => `"${x}"`).join(', ')} twice; it counts once, but remove the repeat.`,
        );
    }
    return row;
  });
}

/** The items of an alias cell `a|b|c`, trimmed, empty ones left out. */
export const split = (s: string) =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);
