import { format } from 'node:util';
import { config } from './config.ts';

/**
 * Debug output behind a namespace: DEBUG=policy-graph:extract:zh (or policy-graph:*) prints the
 * intermediate steps of that part to standard error.
 */
export function debug(namespace: string): (fmt: string, ...args: unknown[]) => void {
  const full = `policy-graph:${namespace}`;
  const on = config().debug.some((p) => p === '*' || p === full || (p.endsWith('*') && full.startsWith(p.slice(0, -1))));
  if (!on) return () => {};
  return (fmt, ...args) => process.stderr.write(`${full} ${format(fmt, ...args)}\n`);
}
