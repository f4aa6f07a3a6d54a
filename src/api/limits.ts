import { GraphQLError, Kind, type FieldNode, type DocumentNode, type OperationDefinitionNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * Validation rules that protect the server: query depth, number of aliases, and an estimated cost
 * (each field costs 1, multiplied by the page size of the lists above it). Each rejection names
 * the limit and its number.
 */
export interface Limits { maxDepth: number; maxAliases: number; maxCost: number; maxPageSize: number }

const reject = (msg: string) => new GraphQLError(msg, { extensions: { code: 'BAD_USER_INPUT' } });

function fragmentsOf(doc: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
}

function measure(set: SelectionSetNode | undefined, frags: Map<string, FragmentDefinitionNode>, vars: Record<string, unknown>, depth: number, seen: Set<string>): { depth: number; aliases: number; cost: number } {
  let out = { depth, aliases: 0, cost: 0 };
  for (const sel of set?.selections ?? []) {
    let inner: { depth: number; aliases: number; cost: number };
    if (sel.kind === Kind.FIELD) {
      const f = sel as FieldNode;
      const firstArg = f.arguments?.find((a) => a.name.value === 'first');
      let mult = 1;
      if (firstArg) mult = firstArg.value.kind === Kind.INT ? Number(firstArg.value.value) : firstArg.value.kind === Kind.VARIABLE ? Number(vars[firstArg.value.name.value] ?? 20) : 1;
      else if (depth === 0 && f.selectionSet && ['forumDomainLinks', 'forums', 'domains', 'actors', 'documents', 'domains', 'new', 'dropped', 'kept'].includes(f.name.value)) mult = 50;
      const sub = f.selectionSet ? measure(f.selectionSet, frags, vars, depth + 1, seen) : { depth, aliases: 0, cost: 0 };
      inner = { depth: sub.depth, aliases: sub.aliases + (f.alias ? 1 : 0), cost: 1 + Math.max(1, mult) * sub.cost };
    } else if (sel.kind === Kind.INLINE_FRAGMENT) inner = measure(sel.selectionSet, frags, vars, depth, seen);
    else {
      const name = sel.name.value;
      if (seen.has(name)) continue;
      inner = measure(frags.get(name)?.selectionSet, frags, vars, depth, new Set([...seen, name]));
    }
    out = { depth: Math.max(out.depth, inner.depth), aliases: out.aliases + inner.aliases, cost: out.cost + inner.cost };
  }
  return out;
}

/** Checks an operation before execution; returns the errors (empty when it may run). */
export function checkLimits(doc: DocumentNode, operationName: string | null | undefined, vars: Record<string, unknown>, limits: Limits): GraphQLError[] {
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const op = ops.find((o) => !operationName || o.name?.value === operationName) ?? ops[0];
  if (!op) return [];
  const m = measure(op.selectionSet, fragmentsOf(doc), vars, 0, new Set());
  const errors: GraphQLError[] = [];
  if (m.depth > limits.maxDepth) errors.push(reject(`Query depth ${m.depth} is over the limit of ${limits.maxDepth} (API_MAX_DEPTH).`));
  if (m.aliases > limits.maxAliases) errors.push(reject(`The query uses ${m.aliases} aliases, over the limit of ${limits.maxAliases} (API_MAX_ALIASES).`));
  if (m.cost > limits.maxCost) errors.push(reject(`Query cost ${m.cost} is over the limit of ${limits.maxCost} (API_MAX_COST). Ask for smaller pages or fewer fields.`));
  return errors;
}
