import { GraphQLError } from 'graphql';

/**
 * Document ids a mutation accepts: 1 to 200 characters, letters (any script), digits and `. _ - : +`,
 * starting with a letter or digit. `#` is kept out: the graph builds sentence and commitment ids as
 * `<document>#s…` and `<document>#c…`.
 */
export const DOCUMENT_ID = /^[\p{L}\p{N}][\p{L}\p{N}._:+-]{0,199}$/u;

export function checkDocumentId(id: unknown, field: string): string {
  if (typeof id === 'string' && DOCUMENT_ID.test(id)) return id;
  const shown = typeof id === 'string' ? JSON.stringify(id.slice(0, 40)) : String(id);
  throw new GraphQLError(
    `${field} ${shown} is not a valid document id: use 1 to 200 letters, digits and . _ - : + (starting with a letter or digit), for example "cn-ru-2023-joint-statement.zh".`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}
