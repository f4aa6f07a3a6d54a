import type { Graph } from './graph.ts';
import type { ExtractResult } from '../extract/types.ts';

/**
 * Loads one extracted document in one transaction. The document node is locked first, so two
 * processes loading the same document serialise: the second sees the first's content hash and
 * does nothing. A changed text replaces the document's sentences and commitments; the derived
 * Forum→Domain CARRIES links are recounted for every pair the old or new version touched.
 */
export interface LoadOutcome { id: string; status: 'created' | 'replaced' | 'unchanged'; sentences: number; commitments: number }

export function documentRows(result: ExtractResult, id: string) {
  const sentences = result.sentences.map((s) => ({ id: `${id}#s${String(s.index).padStart(6, '0')}`, index: s.index, text: s.text, start: s.start, end: s.end }));
  const commitments = result.commitments.map((c, i) => ({
    id: `${id}#c${String(i).padStart(6, '0')}`,
    order: i,
    sentenceId: sentences[c.sentence].id,
    actors: c.actors,
    actorKey: c.actors.map((a) => a.id).sort().join('+'),
    action: { text: c.action.text, lemma: c.action.lemma || c.action.text || '?', gloss: c.action.gloss },
    domain: c.domain,
    forum: c.forum ?? { id: null },
    polarity: c.polarity,
    modality: c.modality,
    venue: c.venue ?? false,
    evidenceStart: c.evidence.start,
    evidenceEnd: c.evidence.end,
  }));
  return { sentences, commitments };
}

export async function loadDocument(graph: Graph, result: ExtractResult, id: string): Promise<LoadOutcome> {
  const { sentences, commitments } = documentRows(result, id);
  const contentHash = result.document.id;
  return graph.write(async (run) => {
    const [{ contentHash: existing }] = await run('lock-document', { id });
    if (existing === contentHash) return { id, status: 'unchanged', sentences: sentences.length, commitments: commitments.length } as LoadOutcome;
    const oldPairs = await run('document-pairs', { id });
    const [touched] = await run('clear-document', { id });
    await run('refresh-forum-domain', { pairs: oldPairs });
    await run('delete-orphans', touched ?? { actors: [], forums: [], actions: [] });
    const doc = { ...result.document, id, contentHash, date: result.document.date };
    await run('write-document', { doc, sentences, commitments });
    const newPairs = await run('document-pairs', { id });
    await run('refresh-forum-domain', { pairs: newPairs });
    return { id, status: existing == null ? 'created' : 'replaced', sentences: sentences.length, commitments: commitments.length } as LoadOutcome;
  });
}

export async function removeDocument(graph: Graph, id: string): Promise<boolean> {
  return graph.write(async (run) => {
    const pairs = await run('document-pairs', { id });
    const [touched] = await run('clear-document', { id });
    const [{ deleted }] = await run('delete-document', { id });
    await run('refresh-forum-domain', { pairs });
    if (touched) await run('delete-orphans', touched);
    return Number(deleted) > 0;
  });
}
