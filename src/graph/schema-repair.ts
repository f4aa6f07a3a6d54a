import type { Session } from 'neo4j-driver';
import { queries, schemaStatements } from './cypher.ts';

/**
 * Makes ensureSchema safe to interrupt. A process killed while Neo4j creates a uniqueness
 * constraint can leave the constraint's index behind without the constraint (seen: `document_id`
 * POPULATING, no constraint); `CREATE CONSTRAINT document_id IF NOT EXISTS` then fails for ever
 * with IndexWithNameAlreadyExists. Before the schema statements run, this drops:
 * - an index named like one of our constraints that no constraint owns (the leftover above);
 * - any index of ours in state FAILED (with its constraint, if one owns it);
 * so that the statements of schema.cypher can create them afresh. Every step is idempotent: a
 * kill at any point leaves a state the next start repairs.
 */
const NAME = /^CREATE\s+(CONSTRAINT|INDEX)\s+([A-Za-z_][A-Za-z0-9_]*)/i;

export function schemaNames(): { constraints: Set<string>; indexes: Set<string> } {
  const constraints = new Set<string>(),
    indexes = new Set<string>();
  for (const stmt of schemaStatements()) {
    const m = NAME.exec(
      stmt
        .split('\n')
        .filter((l) => !l.trim().startsWith('//'))
        .join('\n')
        .trim(),
    );
    if (m) (m[1].toUpperCase() === 'CONSTRAINT' ? constraints : indexes).add(m[2]);
  }
  return { constraints, indexes };
}

/** The statements that repair the current schema (names come from schema.cypher, never from input). */
export async function schemaRepairs(s: Session): Promise<string[]> {
  const { constraints, indexes } = schemaNames();
  const existing = (await s.run(queries['schema-indexes'])).records.map(
    (r) => r.toObject() as { name: string; state: string; owningConstraint: string | null },
  );
  const named = new Set((await s.run(queries['schema-constraints'])).records.map((r) => r.get('name') as string));
  const repairs: string[] = [];
  for (const ix of existing) {
    const ours =
      constraints.has(ix.name) ||
      indexes.has(ix.name) ||
      (ix.owningConstraint != null && constraints.has(ix.owningConstraint));
    if (!ours) continue;
    if (constraints.has(ix.name) && ix.owningConstraint == null && !named.has(ix.name))
      repairs.push(`DROP INDEX ${ix.name} IF EXISTS`);
    else if (ix.state === 'FAILED')
      repairs.push(
        ix.owningConstraint ? `DROP CONSTRAINT ${ix.owningConstraint} IF EXISTS` : `DROP INDEX ${ix.name} IF EXISTS`,
      );
  }
  return repairs;
}
