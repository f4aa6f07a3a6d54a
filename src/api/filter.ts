import { GraphQLError } from 'graphql';
import type { CommitmentFilter } from '../graph/commitment-query.ts';
import { isoDate } from '../text/dates.ts';
import type { CommitmentFilter as FilterInput } from './resolvers-types.generated.ts';

export const badInput = (msg: string) => new GraphQLError(msg, { extensions: { code: 'BAD_USER_INPUT' } });

/**
 * A date bound as typed (YYYY-MM-DD, YYYY-MM or YYYY) to the ISO day it stands for: the first day
 * of the period for dateFrom, its last for dateTo, so `dateTo: "2023"` keeps 2023-12-31.
 */
function bound(field: 'dateFrom' | 'dateTo', raw: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw);
  const end = field === 'dateTo';
  const year = Number(m?.[1]),
    month = m?.[2] ? Number(m[2]) : end ? 12 : 1;
  const day = m?.[3] ? Number(m[3]) : end ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 1;
  const iso = m && month >= 1 && month <= 12 ? isoDate(year, month, day) : null;
  if (!iso) throw badInput(`filter.${field} "${raw}" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY.`);
  return iso;
}

/**
 * The filter as the graph layer takes it: only what was given (empty strings are not given),
 * dates as ISO days, document ids sorted without repeats. Equal filters give equal objects, so
 * counts under them are batched together.
 */
export function normalizeFilter(input: FilterInput | null | undefined): CommitmentFilter {
  const f: CommitmentFilter = {};
  if (!input) return f;
  const text = (v: string | null | undefined) => (v == null || v.trim() === '' ? null : v.trim());
  if (input.documents != null) f.documents = [...new Set(input.documents)].sort();
  for (const k of ['actor', 'forum', 'domain', 'language', 'action', 'text'] as const) {
    const v = text(input[k]);
    if (v !== null) f[k] = v;
  }
  if (input.polarity != null) f.polarity = input.polarity;
  const from = text(input.dateFrom),
    to = text(input.dateTo);
  if (from !== null) f.dateFrom = bound('dateFrom', from);
  if (to !== null) f.dateTo = bound('dateTo', to);
  if (f.dateFrom && f.dateTo && f.dateFrom > f.dateTo)
    throw badInput(`filter.dateFrom ${f.dateFrom} is after filter.dateTo ${f.dateTo}: nothing can match.`);
  return f;
}

/** A stable key of a normalized filter. */
export const filterKey = (f: CommitmentFilter): string =>
  JSON.stringify(
    Object.keys(f)
      .sort()
      .map((k) => [k, f[k as keyof CommitmentFilter]]),
  );
