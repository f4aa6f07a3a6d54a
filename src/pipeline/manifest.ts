import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../text/input-error.ts';
import { parseDate } from '../text/dates.ts';
import { documentIdOf } from '../text/document-id.ts';
import type { ExtractOptions } from '../extract/extract-document.ts';

/**
 * A folder of statements may carry `manifest.tsv`: one row per document, saying what its text does
 * not (or says wrongly): its language, its date, its title, and which document it translates.
 * `ingest` and `extract` read it for every file of that folder; `npm start` loads data/documents
 * with its manifest, so the seed's two versions are linked on load.
 *
 *   # a comment line
 *   id	language	date	title	translationOf
 *   cn-ru-2023-joint-statement-part3.en	en	2023-03-21		cn-ru-2023-joint-statement-part3.zh
 *
 * Empty cells mean "not stated here".
 */
export const MANIFEST_FILE = 'manifest.tsv';
const COLUMNS = ['id', 'language', 'date', 'title', 'translationOf'] as const;

export interface ManifestEntry {
  id: string;
  language: 'zh' | 'en' | null;
  date: string | null;
  title: string | null;
  translationOf: string | null;
}

/** The manifest of a folder by document id, or null when the folder has none. Throws InputError naming the line at fault. */
export function readManifest(dir: string): Map<string, ManifestEntry> | null {
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) return null;
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((text, i) => ({ text, line: i + 1 }))
    .filter((l) => l.text.trim() && !l.text.startsWith('#'));
  if (!lines.length)
    throw new InputError(path, `is empty. Its first row names the columns: ${COLUMNS.join(', ')} (tab-separated).`);
  const head = lines[0].text.split('\t').map((h) => h.trim());
  const unknown = head.filter((h) => !(COLUMNS as readonly string[]).includes(h));
  if (unknown.length || !head.includes('id')) {
    throw new InputError(
      path,
      `line ${lines[0].line}: the header must name the columns (tab-separated) from ${COLUMNS.join(', ')}, with id among them; found ${head.join(', ')}.`,
    );
  }
  const entries = new Map<string, ManifestEntry>();
  const files = new Set(readdirSync(dir).map(documentIdOf));
  for (const { text, line } of lines.slice(1)) {
    const cells = text.split('\t');
    const cell = (name: (typeof COLUMNS)[number]) => {
      const i = head.indexOf(name);
      return i < 0 ? '' : (cells[i] ?? '').trim();
    };
    const at = `line ${line}`;
    const id = cell('id');
    if (!id) throw new InputError(path, `${at}: the id is empty. Give the document's file name without .txt.`);
    if (entries.has(id)) throw new InputError(path, `${at}: ${id} is listed twice. Keep one row per document.`);
    if (!files.has(id))
      throw new InputError(path, `${at}: there is no file ${id}.txt in ${dir}. Fix the id or add the file.`);
    const language = cell('language');
    if (language && language !== 'zh' && language !== 'en')
      throw new InputError(path, `${at}: language "${language}" is not zh or en. Leave it empty to have it detected.`);
    const rawDate = cell('date');
    const date = rawDate ? parseDate(rawDate) : null;
    if (rawDate && !date) throw new InputError(path, `${at}: date "${rawDate}" is not a date. Write it as YYYY-MM-DD.`);
    const translationOf = cell('translationOf');
    if (translationOf === id) throw new InputError(path, `${at}: ${id} cannot be a translation of itself.`);
    entries.set(id, {
      id,
      language: (language || null) as ManifestEntry['language'],
      date,
      title: cell('title') || null,
      translationOf: translationOf || null,
    });
  }
  return entries;
}

/**
 * The extraction options for one file: what the command line gives, else what the folder's
 * manifest says, else what the text says. Manifests are read once per folder (`manifests`).
 */
export type Manifests = Map<string, Map<string, ManifestEntry> | null | InputError>;

export function optionsFor(file: string, opts: ExtractOptions, manifests: Manifests = new Map()): ExtractOptions {
  const dir = dirname(resolve(file));
  if (!manifests.has(dir)) {
    try {
      manifests.set(dir, readManifest(dir));
    } catch (err) {
      if (err instanceof InputError) manifests.set(dir, err);
      else throw err;
    }
  }
  const manifest = manifests.get(dir);
  // A file is not loaded with a broken manifest: its metadata (a translation's original) would be lost.
  if (manifest instanceof InputError)
    throw new InputError(file, `not read, because the folder's manifest is wrong: ${manifest.message}`);
  const entry = manifest?.get(documentIdOf(file));
  const given = Object.fromEntries(
    Object.entries(opts).filter(([, v]) => v !== undefined && !(v === 'auto' && entry?.language)),
  );
  return {
    ...(entry?.language ? { lang: entry.language } : {}),
    ...(entry?.date ? { date: entry.date } : {}),
    ...(entry?.title ? { title: entry.title } : {}),
    ...(entry?.translationOf ? { translationOf: entry.translationOf } : {}),
    ...given,
    source: file,
  };
}
