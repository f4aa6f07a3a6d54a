/** The operations of web/examples.graphql, one per tab (the file's own header comment left out). */
export function exampleTabs(source: string): string[] {
  return source
    .replace(/^(#[^\n]*\n)+\n/, '')
    .split(/^# ---$/m)
    .map((part) => part.trim())
    .filter(Boolean);
}
