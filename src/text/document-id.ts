import { basename } from 'node:path';

/**
 * The id a document has everywhere (extract's JSON, the graph, the API, `remove`): the file name
 * without its folder and its .txt/.text/.md extension, unless one is given (`--id`).
 */
export const documentIdOf = (file: string) => basename(file).replace(/\.(txt|text|md)$/i, '');
