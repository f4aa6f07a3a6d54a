import type { Writable } from 'node:stream';
import type { Graph } from '../graph/graph.ts';
import { allCommitments, linkRows, type CommitmentRow } from './rows.ts';
import type { CommitmentFilter } from '../graph/commitment-query.ts';
type Filter = CommitmentFilter | null;
import { csvWriter, FORMATS, graphmlWriter, jsonLine, write, type Format } from './formats.ts';
import { forumShort } from '../graph/labels.ts';

/**
 * Exports of the graph for analysts (pandas, R, Excel, Gephi): commitments, or the forum × domain
 * links, as CSV, JSON Lines or GraphML. Rows come from the same graph functions as the API's
 * `commitments` and `forumDomainLinks`, page by page, so a large graph exports in flat memory.
 */
export type What = 'commitments' | 'links';
export const WHATS: readonly What[] = ['commitments', 'links'];
export interface ExportOptions {
  what: What;
  format: Format;
  filter: Filter;
  bom?: boolean;
}

export class ExportInputError extends Error {}

const FILTER_KEYS = ['documents', 'dateFrom', 'dateTo', 'language', 'actor', 'polarity', 'forum', 'domain'] as const;

/**
 * The filter from named values (command-line options or URL parameters), checked: `name` says how
 * the caller spells each key in messages (`--date-from`, `dateFrom`).
 */
export function parseFilter(get: (key: string) => string | undefined, name: (key: string) => string): Filter {
  const f: Record<string, unknown> = {};
  for (const k of FILTER_KEYS) {
    const v = get(k)?.trim();
    if (!v) continue;
    if (k === 'documents')
      f.documents = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if ((k === 'dateFrom' || k === 'dateTo') && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v))
      throw new ExportInputError(`${name(k)} ${v}: give a date as YYYY-MM-DD (or YYYY-MM, YYYY).`);
    else if (k === 'language' && !['zh', 'en'].includes(v))
      throw new ExportInputError(`${name(k)} ${v}: give zh or en.`);
    else if (k === 'polarity' && !['support', 'oppose'].includes(v))
      throw new ExportInputError(`${name(k)} ${v}: give support or oppose.`);
    else f[k] = v;
  }
  return Object.keys(f).length ? f : null;
}

export function checkKind(what: string, format: string): { what: What; format: Format } {
  if (!WHATS.includes(what as What))
    throw new ExportInputError(`"${what}" cannot be exported: choose ${WHATS.join(' or ')}.`);
  if (!FORMATS.includes(format as Format))
    throw new ExportInputError(`"${format}" is not an export format: choose ${FORMATS.join(', ')}.`);
  return { what: what as What, format: format as Format };
}

export const COMMITMENT_COLUMNS = [
  'id',
  'actors',
  'actor_names',
  'action',
  'action_lemma',
  'action_gloss',
  'domain',
  'domain_name',
  'domain_text',
  'forum',
  'forum_name',
  'forum_abbr',
  'forum_text',
  'polarity',
  'modality',
  'confidence',
  'document_id',
  'document_title',
  'document_date',
  'document_language',
  'sentence_index',
  'sentence_start',
  'sentence_end',
  'evidence_start',
  'evidence_end',
  'counterparts',
  'sentence_text',
];
/** One CSV row, in COMMITMENT_COLUMNS order. `confidence` is empty for commitments loaded before the graph kept it. */
const commitmentCells = (r: CommitmentRow) => [
  r.commitment.id,
  r.actors.map((a) => a.id),
  r.actors.map((a) => a.name),
  r.action.text,
  r.action.lemma,
  r.action.gloss,
  r.domain.id,
  r.domain.name,
  r.domain.text,
  r.forum?.id,
  r.forum?.name,
  r.forum?.abbr,
  r.forum?.text,
  r.commitment.polarity,
  r.commitment.modality,
  r.commitment.confidence,
  r.document.id,
  r.document.title,
  r.document.date,
  r.document.language,
  r.sentence.index,
  r.sentence.start,
  r.sentence.end,
  r.commitment.evidenceStart,
  r.commitment.evidenceEnd,
  r.counterparts,
  r.sentence.text,
];
/** One JSON line: the API's Commitment shape, with the document's date and language. */
const commitmentObject = (r: CommitmentRow) => ({
  id: r.commitment.id,
  actors: r.actors,
  action: r.action,
  domain: r.domain,
  forum: r.forum,
  polarity: r.commitment.polarity,
  modality: r.commitment.modality,
  confidence: r.commitment.confidence ?? null,
  document: r.document,
  sentence: {
    id: r.sentence.id,
    index: r.sentence.index,
    start: r.sentence.start,
    end: r.sentence.end,
    text: r.sentence.text,
  },
  evidence: { start: r.commitment.evidenceStart, end: r.commitment.evidenceEnd },
  counterparts: r.counterparts,
});

export const LINK_COLUMNS = [
  'forum',
  'forum_name',
  'forum_name_zh',
  'forum_abbr',
  'domain',
  'domain_name',
  'domain_name_zh',
  'commitments',
  'documents',
  'support',
  'oppose',
];

type Named = { id: string; name: string; nameZh?: string | null; abbr?: string | null; short?: string | null };

async function commitmentsGraphml(graph: Graph, filter: Filter, out: Writable): Promise<number> {
  const g = graphmlWriter(out, [
    { id: 'label', for: 'node', type: 'string' },
    { id: 'kind', for: 'node', type: 'string' },
    { id: 'name', for: 'node', type: 'string' },
    { id: 'polarity', for: 'node', type: 'string' },
    { id: 'modality', for: 'node', type: 'string' },
    { id: 'confidence', for: 'node', type: 'double' },
    { id: 'text', for: 'node', type: 'string' },
    { id: 'date', for: 'node', type: 'string' },
    { id: 'language', for: 'node', type: 'string' },
    { id: 'evidence_start', for: 'node', type: 'int' },
    { id: 'evidence_end', for: 'node', type: 'int' },
    { id: 'e_label', name: 'label', for: 'edge', type: 'string' },
  ]);
  await g.start();
  // Shared nodes (actors, domains, forums, documents) are written once, before the first edge to them.
  const seen = new Set<string>();
  const once = async (id: string, attrs: Record<string, unknown>) => {
    if (!seen.has(id)) {
      seen.add(id);
      await g.node(id, attrs);
    }
  };
  let n = 0,
    e = 0;
  for await (const r of allCommitments(graph, filter ?? {})) {
    const c = `c:${r.commitment.id}`;
    await g.node(c, {
      label: `${r.commitment.polarity === 'oppose' ? '−' : '+'} ${r.action.gloss || r.action.text}`,
      kind: 'Commitment',
      polarity: r.commitment.polarity,
      modality: r.commitment.modality,
      confidence: r.commitment.confidence,
      text: r.sentence.text,
      evidence_start: r.commitment.evidenceStart,
      evidence_end: r.commitment.evidenceEnd,
    });
    const edge = async (target: string, label: string) => g.edge(`e${e++}`, c, target, { e_label: label });
    for (const a of r.actors) {
      await once(`a:${a.id}`, { label: a.id, kind: 'Actor', name: a.name });
      await edge(`a:${a.id}`, 'BY');
    }
    await once(`dm:${r.domain.id}`, { label: r.domain.name, kind: 'Domain', name: r.domain.name });
    await edge(`dm:${r.domain.id}`, 'IN_DOMAIN');
    if (r.forum) {
      await once(`f:${r.forum.id}`, { label: forumShort(r.forum), kind: 'Forum', name: r.forum.name });
      await edge(`f:${r.forum.id}`, 'THROUGH');
    }
    await once(`d:${r.document.id}`, {
      label: r.document.title ?? r.document.id,
      kind: 'Document',
      name: r.document.title,
      date: r.document.date,
      language: r.document.language,
    });
    await edge(`d:${r.document.id}`, 'IN_DOCUMENT');
    n++;
  }
  await g.end();
  return n;
}

/** Writes the export to `out` (not ended). Returns the number of rows (commitments or links) written. */
export async function exportTo(graph: Graph, opts: ExportOptions, out: Writable): Promise<number> {
  let n = 0;
  if (opts.what === 'commitments') {
    if (opts.format === 'graphml') return commitmentsGraphml(graph, opts.filter, out);
    const csv = opts.format === 'csv' ? csvWriter(out, COMMITMENT_COLUMNS, !!opts.bom) : null;
    for await (const r of allCommitments(graph, opts.filter ?? {})) {
      if (csv) await csv.row(commitmentCells(r));
      else await write(out, jsonLine(commitmentObject(r)));
      n++;
    }
    await csv?.end();
    return n;
  }
  const links = await linkRows(graph, opts.filter ?? {});
  if (opts.format === 'graphml') {
    const g = graphmlWriter(out, [
      { id: 'label', for: 'node', type: 'string' },
      { id: 'kind', for: 'node', type: 'string' },
      { id: 'name', for: 'node', type: 'string' },
      { id: 'name_zh', for: 'node', type: 'string' },
      { id: 'e_label', name: 'label', for: 'edge', type: 'string' },
      { id: 'commitments', for: 'edge', type: 'int' },
      { id: 'documents', for: 'edge', type: 'int' },
      { id: 'support', for: 'edge', type: 'int' },
      { id: 'oppose', for: 'edge', type: 'int' },
      // Gephi reads an edge's `weight`: the number of commitments.
      { id: 'weight', for: 'edge', type: 'double' },
    ]);
    await g.start();
    const seen = new Set<string>();
    for (const l of links) {
      const f = l.forum as Named,
        d = l.domain as Named;
      if (!seen.has(`f:${f.id}`)) {
        seen.add(`f:${f.id}`);
        await g.node(`f:${f.id}`, {
          label: forumShort({ id: f.id, name: f.name, abbr: f.abbr ?? null }),
          kind: 'Forum',
          name: f.name,
          name_zh: f.nameZh,
        });
      }
      if (!seen.has(`dm:${d.id}`)) {
        seen.add(`dm:${d.id}`);
        await g.node(`dm:${d.id}`, { label: d.name, kind: 'Domain', name: d.name, name_zh: d.nameZh });
      }
      await g.edge(`l${n++}`, `f:${f.id}`, `dm:${d.id}`, {
        e_label: String(l.commitments),
        commitments: l.commitments,
        documents: l.documents,
        support: l.support,
        oppose: l.oppose,
        weight: l.commitments,
      });
    }
    await g.end();
    return n;
  }
  const csv = opts.format === 'csv' ? csvWriter(out, LINK_COLUMNS, !!opts.bom) : null;
  for (const l of links) {
    const f = l.forum as Named,
      d = l.domain as Named;
    if (csv)
      await csv.row([
        f.id,
        f.name,
        f.nameZh,
        f.abbr,
        d.id,
        d.name,
        d.nameZh,
        l.commitments,
        l.documents,
        l.support,
        l.oppose,
      ]);
    else
      await write(
        out,
        jsonLine({
          forum: f,
          domain: d,
          commitments: l.commitments,
          documents: l.documents,
          support: l.support,
          oppose: l.oppose,
        }),
      );
    n++;
  }
  await csv?.end();
  return n;
}

/** The file name a download gets, e.g. policy-graph-commitments.csv. */
export const fileName = (what: What, format: Format) => `policy-graph-${what}.${format}`;
export const contentType: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  jsonl: 'application/jsonl; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
};
