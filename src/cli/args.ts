/** A small argument parser: `--name value`, `--name=value`, `--flag`, and positionals. */
export interface Args { _: string[]; opts: Record<string, string | true> }

export function parseArgs(argv: string[], flags: string[] = []): Args {
  const out: Args = { _: [], opts: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { out._.push(...argv.slice(i + 1)); break; }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (inline !== undefined) out.opts[name] = inline;
      else if (flags.includes(name) || i + 1 >= argv.length || argv[i + 1].startsWith('--')) out.opts[name] = true;
      else out.opts[name] = argv[++i];
    } else out._.push(a);
  }
  return out;
}

export class UsageError extends Error {}

export function str(args: Args, name: string): string | undefined {
  const v = args.opts[name];
  if (v === true) throw new UsageError(`--${name} needs a value.`);
  return v;
}
