import { removeDocument } from '../graph/loader.ts';
import { ingest } from '../pipeline/ingest.ts';
import { withGraph } from './connect.ts';
import { extractOptions, type ReadingOptions } from './extract.ts';

const err = (s: string) => process.stderr.write(s + '\n');

export function ingestPaths(paths: string[], o: ReadingOptions): Promise<number> {
  return withGraph(async (graph) => {
    const tty = process.stderr.isTTY;
    const report = await ingest(graph, paths, {
      ...extractOptions(o),
      onProgress: (done, total) => {
        if (!tty || !total) return;
        const w = 30,
          fill = Math.round((done / total) * w);
        process.stderr.write(
          `\r[${'#'.repeat(fill)}${'.'.repeat(w - fill)}] ${done}/${total}${done === total ? '\n' : ''}`,
        );
      },
    });
    for (const f of report.failures) err(`error: ${f.error}`);
    const sum = (k: 'sentences' | 'commitments') => report.outcomes.reduce((a, o) => a + o[k], 0);
    const by = (s: string) => report.outcomes.filter((o) => o.status === s).length;
    console.log(
      `${report.outcomes.length} documents (${by('created')} new, ${by('replaced')} replaced, ${by('unchanged')} unchanged), ${sum('sentences')} sentences, ${sum('commitments')} commitments, ${report.failures.length} failed, ${report.seconds.toFixed(2)} s`,
    );
    return report.failures.length ? 1 : 0;
  });
}

export function remove(id: string): Promise<number> {
  return withGraph(async (graph) => {
    const removed = await removeDocument(graph, id);
    console.log(removed ? `Removed ${id}.` : `No document ${id} in the graph.`);
    return removed ? 0 : 1;
  });
}

export function stats(json: boolean): Promise<number> {
  return withGraph(async (graph) => {
    const s = await graph.stats();
    if (json) console.log(JSON.stringify(s, null, 2));
    else
      for (const [k, v] of [...Object.entries(s.labels), ...Object.entries(s.relationships)])
        console.log(`${k.padEnd(14)} ${v}`);
    return 0;
  });
}
