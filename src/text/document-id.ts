import { basename } from 'node:path';

/** Files a folder contributes: plain text and Markdown. */
export const TEXT_FILE = /\.(txt|text|md)$/i;

/**
 * The id a document has everywhere (extract's JSON, the graph, the API, `remove`): the file name
 * without its folder and its .txt/.text/.md extension, unless one is given (`--id`).
 */
export const documentIdOf = (file: string) => basename(file).replace(TEXT_FILE, '');
