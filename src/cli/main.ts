import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { config } from '../config.ts';
import { parseDate } from '../text/dates.ts';

/**
 * The command line. Each command loads its own module when it runs (a dynamic import), so `help`
 * or `extract` never pays for the Neo4j driver or the GraphQL server.
 */
const ENVIRONMENT = `
Environment:
  NEO4J_URI           a Neo4j of your own (unset: the local one, started for you)
  NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, NEO4J_BOLT_PORT, NEO4J_HTTP_PORT
  PORT, HOST          where the API listens (default 127.0.0.1:4000)
  POLICY_GRAPH_TOKEN  bearer token that allows the API's mutations
  LOG_LEVEL           the API's log level: error, warn, info (default), debug
  DEBUG               policy-graph:* prints intermediate steps
README.md and docs/ explain the rest.`;

const version = (): string =>
  (JSON.parse(readFileSync(join(config().root, 'package.json'), 'utf8')) as { version: string }).version;

function positiveInt(name: string) {
  return (raw: string): number => {
    if (!/^\d+$/.test(raw)) throw new InvalidArgumentError(`${name} must be a whole number (got ${raw}).`);
    return Number(raw);
  };
}

/** Options that say how a text is read; `extract` and `ingest` share them. */
function readingOptions(cmd: Command): Command {
  return cmd
    .option('--id <id>', "the document's id, for one file (default: the file name without .txt)")
    .addOption(
      new Option('--lang <lang>', "language of the text; auto: the folder's manifest.tsv, else detected per paragraph")
        .choices(['auto', 'zh', 'en'])
        .default('auto'),
    )
    .option('--title <title>', "the document's title (default: manifest.tsv, else its first line)")
    .option('--parties <codes>', 'the parties, as ISO codes: CN,RU (default: read from the title)', (s) =>
      s
        .split(',')
        .map((p) => p.trim().toUpperCase())
        .filter(Boolean),
    )
    .option(
      '--date <YYYY-MM-DD>',
      "the document's date (default: manifest.tsv, else the date the text states)",
      (raw) => {
        const date = parseDate(raw);
        if (!date) throw new InvalidArgumentError(`"${raw}" is not a date: write it as YYYY-MM-DD.`);
        return date;
      },
    )
    .option(
      '--translation-of <file-or-id>',
      'this text translates another (a file, or the document id of one in the graph)',
    )
    .option(
      '--replace-invalid',
      'replace invalid UTF-8 bytes instead of failing (the count goes into the diagnostics)',
    );
}

function program(setExit: (code: number) => void): Command {
  const run = (work: () => Promise<number>) => async () => setExit(await work());
  const cli = new Command('policy-graph')
    .description('Turns diplomatic statements into a graph of policy commitments (Neo4j + GraphQL).')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print help for the command')
    .helpCommand('help [command]', 'print help for a command')
    .addHelpText('after', ENVIRONMENT)
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      outputError: (text, write) =>
        write(
          `${text.trimEnd()}\nRun \`npx policy-graph help\` for the commands, or \`npx policy-graph COMMAND --help\`.\n`,
        ),
    });

  cli
    .command('start')
    .description('start Neo4j (unless NEO4J_URI is set), load data/documents and serve the API until Ctrl-C')
    .action(run(async () => (await import('./serve.ts')).start()));

  readingOptions(
    cli
      .command('extract')
      .description('print the commitments of each file as JSON (nothing is written to Neo4j)')
      .argument('<files...>', 'text files (UTF-8, UTF-16 with BOM, or GB18030)')
      .addOption(
        new Option(
          '--format <format>',
          'json: one document per file; ndjson: one line per sentence, commitment and diagnostic, memory stays flat',
        )
          .choices(['json', 'ndjson'])
          .default('json'),
      ),
  )
    .addHelpText(
      'after',
      '\nWith --translation-of FILE, the sentences are aligned with the original and disagreements\n(a forum or domain found in one version only) are reported.',
    )
    .action((files: string[], opts) => run(async () => (await import('./extract.ts')).extract(files, opts))());

  cli
    .command('eval')
    .description('score the extractor on the gold files (links, forums and commitments F1)')
    .option('--set <sets>', 'which gold sets, comma-separated: shared, dev, check, synthetic (default: all four)')
    .option('--explain', 'where the commitment score is lost, and the worst sentences (never of check)')
    .option('--worst <n>', 'how many worst sentences --explain lists', positiveInt('--worst'), 15)
    .option('--json', 'print JSON')
    .action((opts: { set?: string; explain?: boolean; worst: number; json?: boolean }) =>
      run(async () =>
        (await import('./eval.ts')).runEval({
          sets: opts.set,
          explain: opts.explain,
          json: opts.json,
          worst: opts.worst,
        }),
      )(),
    );

  readingOptions(
    cli
      .command('ingest')
      .description(
        "extract files, folders or globs and load them into Neo4j (a folder's manifest.tsv gives each document's language, date, title and original)",
      )
      .argument('<paths...>', 'files, folders (their .txt, .text and .md files) or globs such as "more/**/*.{txt,md}"'),
  ).action((paths: string[], opts) =>
    run(async () => (await import('./graph-commands.ts')).ingestPaths(paths, opts))(),
  );

  cli
    .command('export')
    .description('write commitments or forum–domain links for pandas, R, Excel or Gephi (read a page at a time)')
    .addOption(
      new Option(
        '--format <format>',
        'csv: RFC 4180 with a header; jsonl: one object a line; graphml: for Gephi and yEd',
      )
        .choices(['csv', 'jsonl', 'graphml'])
        .default('csv'),
    )
    .addOption(
      new Option('--what <what>', 'commitments, or the forum × domain links with their four counts')
        .choices(['commitments', 'links'])
        .default('commitments'),
    )
    .option('--out <file>', 'write to this file (default: standard output)')
    .option('--bom', 'start a CSV with a UTF-8 byte order mark, for Excel')
    .option('--documents <ids>', 'only these documents (ids, comma-separated)')
    .option('--date-from <YYYY-MM-DD>', 'only documents dated on or after')
    .option('--date-to <YYYY-MM-DD>', 'only documents dated on or before')
    .option('--language <zh|en>', 'only documents in this language')
    .option('--actor <ISO>', 'only commitments of this actor')
    .option('--polarity <support|oppose>', 'only this polarity')
    .option('--forum <id>', 'only commitments through this forum')
    .option('--domain <id>', 'only commitments in this domain')
    .action((opts) => run(async () => (await import('./export.ts')).exportCommand(opts))());

  cli
    .command('remove')
    .description('remove a document and its commitments from Neo4j')
    .argument('<document-id>', "the document's id, as extract prints it in document.id (the file name without .txt)")
    .action((id: string) => run(async () => (await import('./graph-commands.ts')).remove(id))());

  cli
    .command('stats')
    .description('node counts per label and relationship counts per type')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) =>
      run(async () => (await import('./graph-commands.ts')).stats(opts.json === true))(),
    );

  cli
    .command('serve')
    .description('serve the API, the map page (/) and the GraphQL IDE (/graphql in a browser) until Ctrl-C')
    .option('--port <n>', 'port (default 4000, or PORT)', positiveInt('--port'))
    .action((opts: { port?: number }) => run(async () => (await import('./serve.ts')).serve(opts.port))());

  const neo4j = cli.command('neo4j').description('the local Neo4j server (not used when NEO4J_URI is set)');
  for (const [name, description] of [
    ['start', 'start it (the first start fetches it with Maven)'],
    ['stop', 'stop it'],
    ['status', 'print whether it runs (exit 3 when Bolt does not answer)'],
  ] as const) {
    neo4j
      .command(name)
      .description(description)
      .action(run(async () => (await import('./neo4j.ts')).neo4jCommand(name)));
  }
  return cli;
}

/**
 * Output piped into a reader that stops early (`policy-graph extract a.txt | head`) closes the pipe:
 * the rest is not wanted, so the command ends quietly, as other Unix tools do, instead of with a stack trace.
 */
function quietOnClosedPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
}

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  let code = 0;
  try {
    await program((c) => {
      code = c;
    }).parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    // Commander has already printed help, the version or the usage error; 2 is a usage error.
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    // GraphError and InputError messages name the input and what to do; anything else is reported the same way.
    process.stderr.write(`error: ${(e as Error).message}\n`);
    return 1;
  }
}
