import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Checks on the raw HTTP request that the server makes before Apollo sees it, so that a shortcut
 * (the response cache) never answers what Apollo would refuse.
 */

const SIMPLE_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

/**
 * Apollo's CSRF prevention, as it decides: a request passes if it has a content type a browser
 * cannot send without a preflight, or one of the preflight headers. A GET from a plain link or a
 * form has neither and is refused by Apollo, so the cache must not answer it either.
 */
export function passesCsrf(headers: IncomingHttpHeaders): boolean {
  const type = headers['content-type'];
  if (type !== undefined && !SIMPLE_TYPES.includes(type.split(';')[0].trim().toLowerCase())) return true;
  return PREFLIGHT_HEADERS.some((h) => {
    const v = headers[h];
    return typeof v === 'string' && v.length > 0;
  });
}

/** A JSON body (what Apollo accepts for POST). */
export const isJson = (headers: IncomingHttpHeaders) =>
  (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() === 'application/json';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * True when the request carries `Authorization: Bearer <token>` with the server's token (compared
 * in constant time). A bare token, another scheme or no token at all is not authorized.
 */
export function bearerMatches(authorization: string | undefined, token: string | null): boolean {
  if (!token || !authorization) return false;
  const m = /^Bearer +(\S+) *$/i.exec(authorization);
  return !!m && timingSafeEqual(digest(m[1]), digest(token));
}
