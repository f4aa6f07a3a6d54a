import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';

/**
 * Limits that protect the server, each checked on the document as written (fragments are measured
 * once and their figures reused wherever they are spread, so the work is linear in the query's
 * size) and stopping at the first limit crossed:
 * - tokens: at parse time (graphql-js `maxTokens`), before anything else is built;
 * - depth, aliases and directives: graphql-armor's validation rules (run once per distinct query);
 * - cost: per request, as variables may change page sizes: an object costs 1 and is multiplied by
 *   the page size of the lists above it (`first`, else the field's default, else LIST_SIZE for an
 *   unpaged list). Scalars cost nothing: a type has few of them and they are answered with their object.
 * Each rejection is an HTTP 400 whose message names the limit and its setting.
 */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxPageSize: number;
  maxDirectives: number;
  maxTokens: number;
}

/** How many items a list without `first` is assumed to hold (forums, domains, actors, a forum's links…). */
export const LIST_SIZE = 50;

export function limitError(message: string, limit: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', limit, http: { status: 400 } } });
}

/** The graphql-armor rules, reporting into the validation context (a 400, not a thrown 500). */
export function limitRules(limits: Limits): ((ctx: ValidationContext) => ASTVisitor)[] {
  const report = (limit: string, text: (found: number) => string) => ({
    propagateOnRejection: false,
    exposeLimits: true,
    onReject: [
      (ctx: ValidationContext | null, err: GraphQLError) => {
        const found = Number(/found (\d+)/.exec(err.message)?.[1] ?? NaN);
        ctx?.reportError(limitError(text(found), limit));
      },
    ],
  });
  return [
    // graphql-armor counts the leaf fields as a level; API_MAX_DEPTH counts nested selections ({ a { b } } is 1).
    // Fragments add no depth of their own (flattenFragments): `{ ...F }` is as deep as F's fields.
    maxDepthRule({
      n: limits.maxDepth + 1,
      flattenFragments: true,
      ...report(
        'API_MAX_DEPTH',
        (n) =>
          `Query depth ${n - 1} is over the limit of ${limits.maxDepth} (API_MAX_DEPTH). Ask for fewer nested levels.`,
      ),
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      ...report(
        'API_MAX_ALIASES',
        (n) => `The query uses ${n} aliases, over the limit of ${limits.maxAliases} (API_MAX_ALIASES).`,
      ),
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      ...report(
        'API_MAX_DIRECTIVES',
        (n) => `The query uses ${n} directives, over the limit of ${limits.maxDirectives} (API_MAX_DIRECTIVES).`,
      ),
    }),
  ] as ((ctx: ValidationContext) => ASTVisitor)[];
}

class OverLimit extends Error {
  constructor(readonly cost: number) {
    super('over');
  }
}

function intValue(node: ValueNode | undefined, vars: Record<string, unknown>, fallback: unknown): number {
  let v: unknown = fallback;
  if (node?.kind === Kind.INT) v = Number(node.value);
  else if (node?.kind === Kind.VARIABLE) v = vars[node.name.value] ?? fallback;
  const n = Number(v);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

/**
 * The cost of the operation `operationName` (or the only one), for the variables given. Throws the
 * rejection as soon as any part of the query is over `maxCost` (a part's cost never shrinks on the
 * way up, so the rest need not be measured).
 */
export function queryCost(
  schema: GraphQLSchema,
  doc: DocumentNode,
  operationName: string | null | undefined,
  vars: Record<string, unknown>,
  limits: Pick<Limits, 'maxCost' | 'maxPageSize'>,
): number {
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const op = ops.find((o) => !operationName || o.name?.value === operationName) ?? ops[0];
  if (!op) return 0;
  const fragments = new Map(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const memo = new Map<string, number>();
  const check = (cost: number) => {
    if (cost > limits.maxCost) throw new OverLimit(cost);
    return cost;
  };

  const fieldCost = (
    f: FieldNode,
    def: GraphQLField<unknown, unknown> | undefined,
    parent: GraphQLNamedType,
  ): number => {
    if (!def) return 0; // __typename, or a field validation has already refused
    const type = getNullableType(def.type);
    const named = getNamedType(def.type);
    if (!f.selectionSet) return 0;
    const firstArg = def.args.find((a) => a.name === 'first');
    let mult = 1;
    if (firstArg) {
      mult = intValue(
        f.arguments?.find((a) => a.name.value === 'first')?.value,
        vars,
        firstArg.defaultValue ?? LIST_SIZE,
      );
      if (mult > limits.maxPageSize)
        throw limitError(
          `first must be between 0 and ${limits.maxPageSize} (API_MAX_PAGE_SIZE); got ${mult} for ${f.name.value}.`,
          'API_MAX_PAGE_SIZE',
        );
    }
    // A connection's edges are the page its `first` already counted.
    else if (isListType(type) && !parent.name.endsWith('Connection')) mult = LIST_SIZE;
    return check(1 + mult * setCost(f.selectionSet, named));
  };
  const setCost = (set: SelectionSetNode, parent: GraphQLNamedType): number => {
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        // Introspection answers from the schema, whose size is fixed: free (other limits still apply).
        if (sel.name.value.startsWith('__')) continue;
        const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[sel.name.value] : undefined;
        cost += fieldCost(sel, def, parent);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) ?? parent) : parent;
        cost += setCost(sel.selectionSet, t);
      } else {
        const name = sel.name.value;
        let c = memo.get(name);
        if (c === undefined) {
          memo.set(name, 0); // a cycle (refused by validation anyway) counts once
          const frag = fragments.get(name);
          const t = frag && schema.getType(frag.typeCondition.name.value);
          c = frag && t ? setCost(frag.selectionSet, t) : 0;
          memo.set(name, c);
        }
        cost += c;
      }
      check(cost);
    }
    return cost;
  };
  const root =
    op.operation === 'mutation'
      ? schema.getMutationType()
      : op.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;
  try {
    return setCost(op.selectionSet, root);
  } catch (e) {
    if (!(e instanceof OverLimit)) throw e;
    throw limitError(
      `Query cost (at least ${e.cost}) is over the limit of ${limits.maxCost} (API_MAX_COST). Ask for smaller pages (first) or fewer nested lists.`,
      'API_MAX_COST',
    );
  }
}
