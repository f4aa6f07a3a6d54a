import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every cypher/*.cypher file, read once into a frozen map. A query that is asked for but missing fails start-up. */
const dir = join(dirname(fileURLToPath(import.meta.url)), '../../cypher');

const REQUIRED = [
  'schema',
  'seed-domains',
  'lock-document',
  'clear-document',
  'delete-orphans',
  'write-document',
  'write-sentences',
  'write-entities',
  'write-commitments',
  'missing-entities',
  'delete-document',
  'bump-version',
  'graph-version',
  'stats-labels',
  'stats-relationships',
  'api-entities',
  'api-documents',
  'api-compare',
  'align-rows',
  'translation-partners',
  'link-translation',
  'warm-up',
  'schema-indexes',
  'schema-constraints',
] as const;
export type QueryName = (typeof REQUIRED)[number];

function load(): Readonly<Record<QueryName, string>> {
  const missing = REQUIRED.filter((name) => !existsSync(join(dir, `${name}.cypher`)));
  if (missing.length)
    throw new Error(
      `cypher/ is missing ${missing.map((m) => `${m}.cypher`).join(', ')}: restore them from the repository.`,
    );
  const map = Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => [f.slice(0, -7), readFileSync(join(dir, f), 'utf8')]),
  );
  return Object.freeze(map) as Record<QueryName, string>;
}

export const queries = load();

/** The statements of schema.cypher, split at `;` (comment lines left out first: one may hold a `;`). */
export const schemaStatements = (): string[] =>
  queries.schema
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
