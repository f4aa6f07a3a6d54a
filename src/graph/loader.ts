import { createHash } from 'node:crypto';
import { GraphError, type Graph } from './graph.ts';
import type { ExtractResult } from '../extract/types.ts';
import { align, type AlignInput } from '../extract/align.ts';
import { actorKey } from '../extract/commitment-key.ts';
import createDebug from 'debug';
import { commitmentCaption, forumShort } from './labels.ts';

const log = createDebug('policy-graph:graph:load');

/** Bumped when the rows a document becomes change shape, so documents loaded before are loaded again. */
const LOAD_FORMAT = 2;

type Run = (
  name: import('./cypher.ts').QueryName,
  params: Record<string, unknown>,
) => Promise<Record<string, unknown>[]>;

interface Row {
  index: number;
  text: string;
  commitments: { id: string; actorKey: string; domain: string; forum: string | null; polarity: string }[];
}

/** Reads a loaded document back as alignment input, with the graph ids of its commitments. */
async function alignRows(run: Run, id: string): Promise<{ input: AlignInput; ids: string[] }> {
  const rows = (await run('align-rows', { id })) as unknown as Row[];
  const ids: string[] = [];
  const input: AlignInput = { sentences: rows.map((r) => ({ index: r.index, text: r.text })), commitments: [] };
  for (const r of rows)
    for (const c of r.commitments) {
      ids.push(c.id);
      input.commitments.push({
        sentence: r.index,
        actors: c.actorKey ? c.actorKey.split('+') : [],
        domain: c.domain,
        forum: c.forum,
        polarity: c.polarity,
      });
    }
  return { input, ids };
}

/** Aligns a translation with its original and stores COUNTERPART links and the disagreements. */
export async function linkTranslation(run: Run, original: string, translation: string) {
  const a = await alignRows(run, original),
    b = await alignRows(run, translation);
  const result = align(a.input, b.input);
  await run('link-translation', {
    original,
    translation,
    counterparts: result.counterparts.map((p) => ({ original: a.ids[p.original], translation: b.ids[p.translation] })),
    disagreements: result.disagreements.map((d) => JSON.stringify(d)),
  });
  return result;
}

/**
 * Loads one extracted document in one transaction. The document's state node is locked first, so
 * two processes loading the same document serialise: the second sees the first's content hash and
 * does nothing. A changed text (or a changed extraction of it, or other metadata) replaces the
 * document's sentences and commitments.
 */
export interface LoadOutcome {
  id: string;
  status: 'created' | 'replaced' | 'unchanged';
  sentences: number;
  commitments: number;
}

export function documentRows(result: ExtractResult, id: string) {
  const sentences = result.sentences.map((s) => ({
    id: `${id}#s${String(s.index).padStart(6, '0')}`,
    index: s.index,
    text: s.text,
    start: s.start,
    end: s.end,
  }));
  const commitments = result.commitments.map((c, i) => ({
    id: `${id}#c${String(i).padStart(6, '0')}`,
    order: i,
    sentenceId: sentences[c.sentence].id,
    actors: c.actors,
    actorKey: actorKey(c.actors),
    action: { text: c.action.text, lemma: c.action.lemma || c.action.text || '?', gloss: c.action.gloss },
    domain: c.domain,
    forum: c.forum ? { ...c.forum, short: forumShort(c.forum) } : { id: null },
    caption: commitmentCaption(c),
    confidence: c.confidence ?? null,
    polarity: c.polarity,
    modality: c.modality,
    venue: c.venue ?? false,
    evidenceStart: c.evidence.start,
    evidenceEnd: c.evidence.end,
  }));
  return { sentences, commitments };
}

const chunks = <T>(xs: T[], n: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, (i + 1) * n));

/** Raised inside the load transaction (which then rolls back) when an entity vanished under it. */
class EntityRace extends GraphError {
  constructor(message: string) {
    super('INTERNAL', message);
  }
}

/**
 * `batchSize` is the number of rows per UNWIND statement inside the document's one transaction;
 * the graph is the same whatever it is (bench/load checks that). A load that lost an entity to a
 * concurrent removal is tried again (three attempts in all).
 */
export async function loadDocument(
  graph: Graph,
  result: ExtractResult,
  id: string = result.document.id,
  batchSize = 1000,
): Promise<LoadOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await loadOnce(graph, result, id, batchSize);
    } catch (err) {
      if (!(err instanceof EntityRace)) throw err;
      if (attempt === 3) throw err;
      log('%s; retrying (%d)', err.message, attempt);
    }
  }
}

async function loadOnce(graph: Graph, result: ExtractResult, id: string, batchSize: number): Promise<LoadOutcome> {
  const { sentences, commitments } = documentRows(result, id);
  const doc = {
    id,
    title: result.document.title,
    language: result.document.language,
    parties: result.document.parties,
    date: result.document.date,
    source: result.document.source,
    translationOf: result.document.translationOf,
  };
  // What the graph would hold: the same hash means the same rows, so the load can be skipped.
  const contentHash = createHash('sha256')
    .update(JSON.stringify({ format: LOAD_FORMAT, doc, sentences, commitments }))
    .digest('hex')
    .slice(0, 32);
  return graph.write(async (run0) => {
    // DEBUG=policy-graph:graph:load prints how long each statement of the load takes.
    const run: Run = async (name, params) => {
      const t = performance.now();
      const r = await run0(name, params);
      log('%s %s ms', name, (performance.now() - t).toFixed(1));
      return r;
    };
    const [{ contentHash: existing, exists }] = await run('lock-document', { id });
    if (exists && existing === contentHash)
      return { id, status: 'unchanged', sentences: sentences.length, commitments: commitments.length } as LoadOutcome;
    if (exists) {
      const [touched] = await run('clear-document', { id });
      await run('delete-orphans', touched ?? { actors: [], forums: [], actions: [] });
    }
    await run('write-document', {
      doc,
      contentHash,
      sentenceCount: sentences.length,
      commitmentCount: commitments.length,
    });
    for (const part of chunks(sentences, batchSize)) await run('write-sentences', { id, sentences: part });
    for (const part of chunks(commitments, batchSize)) {
      const distinct = <T>(xs: T[], key: (x: T) => string) => [...new Map(xs.map((x) => [key(x), x])).values()];
      const entities = {
        actors: distinct(
          part.flatMap((c) => c.actors),
          (a) => a.id,
        ),
        forums: distinct(
          part.flatMap((c) => (c.forum.id ? [c.forum] : [])),
          (f) => f.id as string,
        ),
        actions: distinct(
          part.map((c) => c.action),
          (a) => a.lemma,
        ),
        domains: [...new Set(part.map((c) => c.domain.id))],
      };
      const [missing] = await run('missing-entities', entities);
      if (Object.values(missing).some((xs) => (xs as unknown[]).length)) await run('write-entities', missing);
      const [linked] = await run('write-commitments', { id, commitments: part });
      const expected = {
        commitments: part.length,
        through: part.filter((c) => c.forum.id).length,
        by: part.reduce((n, c) => n + c.actors.length, 0),
      };
      if (
        linked.commitments !== expected.commitments ||
        linked.through !== expected.through ||
        linked.by !== expected.by
      ) {
        throw new EntityRace(
          `Loading ${id}: ${JSON.stringify(linked)} linked where ${JSON.stringify(expected)} were expected (an actor, forum or action was deleted by a concurrent removal). Nothing was saved; load the document again.`,
        );
      }
    }
    await run('bump-version', {});
    const [partners] = await run('translation-partners', { id });
    if (partners?.original) await linkTranslation(run, partners.original as string, id);
    for (const t of (partners?.translations as string[] | undefined) ?? []) await linkTranslation(run, id, t);
    return {
      id,
      status: exists ? 'replaced' : 'created',
      sentences: sentences.length,
      commitments: commitments.length,
    } as LoadOutcome;
  });
}

export async function removeDocument(graph: Graph, id: string): Promise<boolean> {
  return graph.write(async (run) => {
    await run('lock-document', { id });
    const [touched] = await run('clear-document', { id });
    const [{ deleted }] = await run('delete-document', { id });
    await run('bump-version', {});
    if (touched) await run('delete-orphans', touched);
    return Number(deleted) > 0;
  });
}
