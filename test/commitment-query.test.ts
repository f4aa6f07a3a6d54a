import { describe, expect, it } from 'vitest';
import {
  countBy,
  countCommitments,
  linkEvidence,
  matchCommitments,
  pageCommitments,
  undatedDocuments,
  type CommitmentFilter,
} from '../src/graph/commitment-query.ts';
import { schemaStatements } from '../src/graph/cypher.ts';

// The Cypher the filter builder composes, checked without a database: every combination of the
// filters a user can give, in a snapshot file a reviewer can read, plus rules that hold for all.
const VALUES: Record<string, CommitmentFilter> = {
  documents: { documents: ['V-doc-1', 'V-doc-2'] },
  actor: { actor: 'V-actor' },
  forum: { forum: 'V-forum' },
  domain: { domain: 'V-domain' },
  polarity: { polarity: 'V-polarity' },
  language: { language: 'V-language' },
  dates: { dateFrom: 'V-from', dateTo: 'V-to' },
  action: { action: 'V-action' },
  text: { text: 'V-text' },
};
const NAMES = Object.keys(VALUES);
export const combinations: { names: string[]; filter: CommitmentFilter }[] = Array.from(
  { length: 2 ** NAMES.length },
  (_, mask) => {
    const names = NAMES.filter((_, i) => mask & (1 << i));
    return { names, filter: Object.assign({}, ...names.map((n) => VALUES[n])) as CommitmentFilter };
  },
);

const paramsIn = (text: string) => new Set([...text.matchAll(/\$([A-Za-z]+)/g)].map((m) => m[1]));

describe('the commitment filter builder', () => {
  it(`composes one query per combination of the ${NAMES.length} filters (snapshot)`, async () => {
    const text = combinations
      .map(({ names, filter }) => `// ${names.join(' + ') || 'no filter'}\n${matchCommitments(filter).text}\n`)
      .join('\n');
    await expect(text).toMatchFileSnapshot('__snapshots__/commitment-filters.cypher');
  });

  it('composes counts, pages, grouped counts, evidence and undated documents (snapshot)', async () => {
    const f: CommitmentFilter = { forum: 'V-forum', polarity: 'V-polarity' };
    const shapes = {
      'count (no filter)': countCommitments({}),
      count: countCommitments(f),
      'page after a cursor': pageCommitments(f, { after: 'V-after' }, 21),
      'page by ids (compare)': pageCommitments({}, { ids: ['V-id'] }, 1),
      'counts by link, no filter (the whole map)': countBy('link', {}, null),
      ...Object.fromEntries(
        (['forum', 'domain', 'actor', 'document', 'link'] as const).flatMap((k) => [
          [`counts by ${k}, all`, countBy(k, f, null)],
          [`counts by ${k}, some`, countBy(k, f, k === 'link' ? ['V-f1\u0000V-d1', 'V-f2\u0000V-d2'] : ['V-1', 'V-2'])],
        ]),
      ),
      'link evidence': linkEvidence(f, 'V-forum', 'V-domain', null, 11),
      'undated documents': undatedDocuments({ ...f, dateFrom: 'V-from' }),
    };
    const text = Object.entries(shapes)
      .map(([name, q]) => `// ${name}\n${q.text}\n`)
      .join('\n');
    await expect(text).toMatchFileSnapshot('__snapshots__/commitment-shapes.cypher');
  });

  it.each(combinations.map((c) => [c.names.join(' + ') || 'no filter', c] as const))(
    '%s: values only as parameters, each given filter tested once',
    (_, { names, filter }) => {
      for (const q of [
        matchCommitments(filter),
        countBy('actor', filter, ['V-a']),
        pageCommitments(filter, { after: 'V-after' }, 5),
      ]) {
        expect(q.text).not.toMatch(/V-/); // no value pasted into the text
        expect(paramsIn(q.text)).toEqual(new Set(Object.keys(q.params))); // every parameter used, none missing
      }
      const { text, params } = matchCommitments(filter);
      for (const n of names) {
        for (const k of Object.keys(VALUES[n])) {
          expect(params[k]).toEqual(VALUES[n][k as keyof CommitmentFilter]);
          // once each (action is one test of three fields: the text, the lemma, the gloss)
          expect(text.split(`$${k}`).length - 1).toBe(k === 'action' ? 3 : 1);
        }
      }
      // The query starts from the first indexed filter given (the others are checked on the way).
      const first = text.split('\n')[0];
      const anchor = ['documents', 'forum', 'domain', 'actor', 'dates', 'language'].find((n) => names.includes(n));
      const starts: Record<string, RegExp> = {
        documents: /^MATCH \(c:Commitment\)$/,
        forum: /^MATCH \(c:Commitment\)$/,
        domain: /^MATCH \(c:Commitment\)$/,
        actor: /^MATCH \(:Actor \{id: \$actor\}\)<-\[:BY\]-\(c:Commitment\)$/,
        dates: /^MATCH \(d:Document\)<-\[:IN_DOCUMENT\]-\(c:Commitment\)$/,
        language: /^MATCH \(d:Document \{language: \$language\}\)<-\[:IN_DOCUMENT\]-\(c:Commitment\)$/,
      };
      expect(first).toMatch(anchor ? starts[anchor] : /^MATCH \(c:Commitment\)$/);
      if (anchor === 'documents') expect(text.split('\n')[1]).toBe('WHERE c.documentId IN $documents');
      if (anchor === 'forum') expect(text.split('\n')[1]).toBe('WHERE c.forumId = $forum');
      if (anchor === 'domain') expect(text.split('\n')[1]).toBe('WHERE c.domainId = $domain');
    },
  );
});

describe('schema.cypher', () => {
  it('splits into statements that each start with a Cypher clause, whatever its comments hold', () => {
    const statements = schemaStatements();
    expect(statements.length).toBeGreaterThan(10);
    for (const s of statements) expect(s).toMatch(/^(CREATE|DROP|MATCH) /);
  });
});
