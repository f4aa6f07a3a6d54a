import { basename } from 'node:path';

/** Files a folder contributes: plain text and Markdown. */
export const TEXT_FILE = /\.(txt|text|md)$/i;

/** The id a file's document gets in the graph: its name without extension. */
export const documentIdOf = (file: string) => basename(file).replace(TEXT_FILE, '');
