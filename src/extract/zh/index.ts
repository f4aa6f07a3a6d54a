import { lexicon, type Action, type Term } from '../lexicon.ts';
import {
  findActors,
  inSpeech,
  partiesReader,
  partyCompound,
  reportedIn,
  resolveActor,
  speakerOf,
  praisedAt,
  withoutPraised,
  namesMechanism,
  outsideParties,
  type ActorValue,
} from '../actors.ts';
import { blankForums, findForums, foldDashes, type ForumMention } from '../forums.ts';
import { fieldsOf, readClauses } from '../assemble.ts';
import { TermMatcher } from '../term-matcher.ts';
import { segmenter } from './segmenter.ts';
import createDebug from 'debug';
import type { LanguagePlugin, SentenceAnalysis, SentenceContext, SentenceInput } from '../types.ts';

// Adverbs between a head verb and the verb that opposes after it (重申坚决谴责, 一致强烈反对).
const LINKING_ADVERBS = /^(坚决|强烈|严厉|一致|共同|再次|继续|坚定|明确)*$/;
// A practice said to breach the law or rules (违背国际法, 不符合国际法原则), not described by it (…的).
const BREACHES = /(违背|违反|不符合|有悖于?)[^，。；的]{0,10}(国际法|宪章|准则|原则|规则)(?![^，。；]{0,4}的)/;
// The document named as who speaks: 宣言强烈谴责…, 声明还表示….
const DOCUMENT_SUBJECT = /^(宣言|声明|联合声明|公报|联合公报|会议|纪要)(还|也|并|同时)?/;
// "The two" of a statement that may have more parties: 两国, 两国元首, 双方 is not one of them (it is all sides).
const TWO = /^两国/;
// Where and when the speaker spoke: 在会上发言时, 会见时, 在致辞中.
const SPEECH_SETTING = /^(在|于)?[^，,。；;：:]{0,14}(时|上|中|期间)$/;

/** The Chinese plugin: clauses at `，；：`, subjects at clause starts, fields from data/domain-terms.zh.tsv. */
const log = createDebug('policy-graph:extract:zh');

const CONNECTIVE =
  /^(为此|同时|此外|另外|因此|其中|并且|并|而且|首先|其次|再次|最后|对此|据此|当前|目前|与此同时|在此基础上|总之|此间|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|其[一二三四五六七八九十])[，,、]?/;
const ADVERB =
  /^(一致|均|都|也|还|又|再次|进一步|共同|积极|继续|将|愿|要|应|应当|需要|决定|携手|切实|坚定|持续|大力|高兴地|满意地|一道|继续|同意|正在|已|已经|始终|仍|仍将|更)+/;
const PREPOSITION = /^(在|就|为|对|同|与|以|通过|依托|本着|按照|根据|围绕|借助|基于|从|向|于|把|将)/;
const REFERS_BACK =
  /相关合作|相关领域|有关合作|有关领域|上述领域|上述合作|这方面|这一领域|该领域|此领域|这些领域|在此方面|相关工作|上述方面/;
// After a name: it is a topic (朝鲜局势, 叙利亚问题, 乌克兰危机), not who speaks.
/** A document named in the text: 《中俄睦邻友好合作条约》. */
const TITLE = /《[^》]*》/g;
// After a country: the office of one of its ministers (交通部长, 工业、矿业和贸易部副部长, 农业大臣), not a ministers' meeting (农业部长会议, 部长级).
const MINISTER_OFFICE = /^[\u4e00-\u9fff、和与]{1,14}?(?:部|部副|副)?(?:部长|大臣)(?![级会理])/;
// A clause that ends in a verb of thought or speech: the next clause is what is thought or said.
const CONTENT_FOLLOWS = /(认为|一致认为|指出|强调|表示|注意到|重申|确认|相信)$/;
const COPULA = /^(政府)?(是|系|同为|均为|都是|也是|同是)(?!否)/;
const POSSESSIVE = /^(关于|的|所|对于|局势|问题|危机|冲突|事务|境内|国内|半岛)/;

let state: { terms: TermMatcher<Term>; verbs: TermMatcher<Action> } | null = null;
function tables() {
  if (!state) {
    const lex = lexicon();
    state = {
      terms: new TermMatcher(
        lex.terms.zh.map((t) => [t.term, t]),
        false,
      ),
      verbs: new TermMatcher(
        lex.actions.zh.map((a) => [a.verb, a]),
        false,
      ),
    };
  }
  return state;
}

/** Splits at clause punctuation outside quotation marks and brackets; `、` is kept inside. */
export function clauseSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let depth = 0,
    from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ('“《（([「'.includes(c)) depth++;
    else if ('”》）)]」'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '，；：,;:。！？'.includes(c)) {
      if (i > from) spans.push([from, i]);
      from = i + 1;
    }
  }
  if (from < text.length) spans.push([from, text.length]);
  return spans;
}

/**
 * The sentence with forum names and document titles (《联合新闻公报》) blanked out, same length (offsets
 * hold): terms inside them name no field, and a clause with an `F` names a forum.
 */
const blank = (text: string, forums: ForumMention[]) =>
  blankForums(text, forums, 'F').replace(TITLE, (t) => '《' + '□'.repeat(t.length - 2) + '》');

/**
 * The names listed one after another from `end` on (、和与及 between them; a title and a name side by side,
 * 俄罗斯总统普京, are one): `hits` are those after the first.
 */
function listedAfter<M extends { start: number; end: number }>(hits: M[], text: string, end: number): M[] {
  const out: M[] = [];
  for (const h of hits) {
    if (!/^[、和与及]?$/.test(text.slice(end, h.start))) break;
    out.push(h);
    end = h.end;
  }
  return out;
}

// A date, time or number alone (2023年5月6日, 3年来, 21:30) has no verb: no need to load the segmenter.
// So has a note in brackets (（完）, 【责任编辑…】) and an adverbial phrase alone (在友好坦诚的气氛中, 同哈方一道, 关于乌克兰危机).
const NO_VERB =
  /^([\d０-９一二三四五六七八九十百千年月日时分秒号点至到—\-:：.,，、()（）\s]*(以来|来|前|后|期间|当天|上午|下午|晚)?|[（(【][^（(【]*|(在|于|除|同|与)[^，。在于除同与]{1,30}(中|下|上|外|一道|期间|之际|方面)|关于[^，。]{1,30})$/;

function firstVerb(text: string): string | null {
  if (NO_VERB.test(text)) return null; // nothing to tag: no need to load the segmenter
  const verb = segmenter()
    .tag(text)
    .find((t) => t.tag.startsWith('v'));
  log('no known verb heads "%s": the segmenter reads %s', text, verb?.word ?? 'none');
  return verb?.word ?? null;
}

function extract(sentence: SentenceInput, ctx: SentenceContext): SentenceAnalysis {
  const { terms, verbs } = tables();
  const lex = lexicon();
  const year = ctx.date ? Number(ctx.date.slice(0, 4)) : null;
  const text = foldDashes(sentence.text);
  const forums = findForums(text, 'zh', ctx.shortNames);
  const actorsAt = { find: (t: string) => findActors(t, 'zh') };
  const spans = clauseSpans(text);
  // Dictionaries run once over the sentence; a clause takes the hits inside its span (Chinese
  // clauses end at punctuation, which no name or term contains). Policy terms are looked for with
  // forum names and document titles blanked out.
  const actorHits = actorsAt.find(text);
  const blanked = blank(text, forums);
  // A term inside a name of who speaks (外交部, 国家元首) names no field.
  // So does a minister's office after a country (塔吉克斯坦共和国交通部长, 伊朗工业、矿业和贸易部长): it names who
  // speaks or attends.
  const offices = actorHits.flatMap((a) => {
    if (a.value.kind !== 'country') return [];
    const m = MINISTER_OFFICE.exec(text.slice(a.end));
    return m ? [{ start: a.end, end: a.end + m[0].length }] : [];
  });
  const termHits = terms
    .find(blanked)
    .filter(
      (m) =>
        !actorHits.some((a) => m.start >= a.start && m.end <= a.end) &&
        !offices.some((o) => m.start >= o.start && m.end <= o.end),
    );
  // 阿富汗问题, 朝鲜半岛问题: a country's "question" is a regional security matter (a weak word).
  for (const a of actorHits)
    if (
      a.value.kind === 'country' &&
      text.startsWith('问题', a.end) &&
      !termHits.some((t) => t.start < a.end + 2 && t.end > a.start)
    )
      termHits.push({
        start: a.start,
        end: a.end + 2,
        surface: text.slice(a.start, a.end + 2),
        value: { term: '问题', domain: 'security', strong: false },
      });
  termHits.sort((x, y) => x.start - y.start);
  const actorsFrom = (from: number, end: number) => actorHits.filter((m) => m.start >= from && m.end <= end);
  let inTitles: ReturnType<typeof terms.find> | null = null;
  const titleTerms = () => {
    if (inTitles) return inTitles;
    const titles = [...text.matchAll(TITLE)].map((t) => [t.index!, t.index! + t[0].length] as const);
    return (inTitles = terms
      .find(blankForums(text, forums, 'F'))
      .filter((m) => titles.some(([from, to]) => m.start > from && m.end < to)));
  };

  // The subject found at the start of any clause; clauses before it use it too. A speech reported
  // earlier in the paragraph goes on until another country speaks.
  const subjects: (string[] | null)[] = spans.map(() => null);
  let speaker = ctx.speaker;
  const praisedIn = new Map<number, string[]>();
  spans.forEach(([a, b], i) => {
    if (subjects[i]) return; // already set as the content of reported speech
    const clause = text.slice(a, b);
    const leadAt = a + clause.length - clause.replace(CONNECTIVE, '').length;
    const lead = text.slice(leadAt, b);
    const inLead = actorsFrom(leadAt, b).map((m) => ({ ...m, start: m.start - leadAt, end: m.end - leadAt }));
    // 中俄伊 / 中老: the parties by their first characters.
    const compound = partyCompound(lead, ctx.parties);
    const hit =
      inLead[0]?.start === 0 &&
      !namesMechanism(inLead[0]) &&
      // 阿富汗问题只能…: the country is the topic, not who speaks.
      !POSSESSIVE.test(lead.slice(inLead[0].end)) &&
      // 中华人民共和国政府是代表全中国的唯一合法政府, 中马同为…: a clause that says what a country is states no
      // position of that country; it goes on the speaker's.
      !COPULA.test(lead.slice(inLead[0].end)) &&
      (!compound || inLead[0].end >= compound.end)
        ? inLead[0]
        : compound && !COPULA.test(lead.slice(compound.end))
          ? {
              start: 0,
              end: compound.end,
              value: { kind: 'parties' } as ActorValue,
              surface: lead.slice(0, compound.end),
            }
          : null;
    if (!hit) return;
    let actors =
      compound && hit.value.kind === 'parties' && hit.surface === lead.slice(0, compound.end)
        ? compound.codes
        : resolveActor(hit.value, ctx.parties, year, ctx.date);
    // 两国支持伊朗… in a statement of three: "the two" are the parties other than the one the clause names.
    if (TWO.test(hit.surface) && ctx.parties.length === 3 && actors.length === 3) {
      const other = inLead.find((m) => m.start >= hit.end && m.value.kind === 'country' && m.value.codes.length === 1);
      const code = other && other.value.kind === 'country' ? other.value.codes[0] : null;
      if (code && actors.includes(code)) actors = actors.filter((c) => c !== code);
    }
    let end = hit.end;
    // A list of subjects: 柬埔寨王国、中华人民共和国、老挝… speak together.
    for (const next of listedAfter(inLead.slice(1), lead, end)) {
      actors = [...new Set([...actors, ...resolveActor(next.value, ctx.parties, year, ctx.date)])];
      end = next.end;
    }
    const rest = lead.slice(end).replace(ADVERB, '');
    // 我们，中华人民共和国和53个非洲国家的外长…: the clause after a bare "we" names who "we" are.
    if (!rest.trim() && (hit.value.kind === 'we' || hit.value.kind === 'parties') && spans[i + 1])
      subjects[i + 1] = actors;
    actors = inSpeech(hit.value, actors, speaker, lead.slice(end), 'zh');
    const praised = praisedAt(rest, 'zh');
    if (praised >= 0) {
      const at = lead.length - rest.length + praised;
      const all = actors;
      actors = withoutPraised(actors, lead, at, inLead, ctx.parties, year, ctx.date);
      if (actors !== all) praisedIn.set(i, all);
    }
    // 王毅在会上发言时表示…: a phrase of time or place may stand between the speaker and the reporting verb.
    const report = verbs.find(rest).find((v) => v.start === 0 || SPEECH_SETTING.test(rest.slice(0, v.start)));
    if (report && report.value.kind === 'report') {
      // Reported speech: the reported subject speaks, unless the speaker only evaluates its idea.
      const inner =
        rest.slice(report.end).replace(/^[，,：:]/, '') ||
        (spans[i + 1] ? text.slice(spans[i + 1][0], spans[i + 1][1]) : '');
      const speakerCodes = actors;
      actors = reportedIn(hit.value, speakerCodes, inner, 'zh', POSSESSIVE, ctx, year);
      if (!rest.slice(report.end).trim() && spans[i + 1]) subjects[i + 1] = actors;
      speaker = speakerOf(hit.value, speakerCodes) ?? speaker;
    } else if (
      (hit.value.kind === 'country' || hit.value.kind === 'leader') &&
      speaker &&
      actors.some((c) => !speaker!.includes(c))
    )
      speaker = null;
    // 外长们认为，阿富汗尽快成为…国家，…是关键: after the parties' "believe" or "note", a country outside the
    // statement is what they speak of, not who speaks.
    if (
      i > 0 &&
      subjects[i - 1] &&
      (hit.value.kind === 'country' || hit.value.kind === 'leader') &&
      outsideParties(actors, ctx.parties) &&
      CONTENT_FOLLOWS.test(text.slice(spans[i - 1][0], spans[i - 1][1]).trim())
    )
      actors = subjects[i - 1]!;
    subjects[i] = actors;
  });
  // 各代表团团长高度评价哈萨克斯坦…所做工作，支持积极落实…成果: the clause after the praise, with no subject of
  // its own, is all the speakers' again.
  for (const [i, all] of praisedIn) if (spans[i + 1] && !subjects[i + 1]) subjects[i + 1] = all;
  return readClauses(
    sentence,
    spans,
    subjects,
    ctx,
    speaker,
    'zh',
    (a, b, st) => {
      let body = text.slice(a, b).replace(CONNECTIVE, '');
      // The subject, or a list of them (中方和岛国方面), comes before the verb.
      const named = actorsAt.find(body);
      if (named[0]?.start === 0)
        body = body.slice(listedAfter(named.slice(1), body, named[0].end).at(-1)?.end ?? named[0].end);
      const cue = lex.modality.zh.find(([c]) => body.includes(c));
      if (cue) st.modality = cue[1];
      // 宣言强烈谴责…, 公报还指出…: the document speaks for its parties.
      const stripped = body.replace(DOCUMENT_SUBJECT, '').replace(ADVERB, '');
      const found = verbs.find(stripped);
      // A reporting verb first (强调终止…, 表示反对…): the verb after it heads the clause.
      const report = found.find((v) => v.start === 0 && v.value.kind === 'report');
      const headAt = report
        ? report.end +
          (stripped.slice(report.end).length -
            stripped
              .slice(report.end)
              .replace(/^[，,：:]?/, '')
              .replace(ADVERB, '').length)
        : 0;
      const head =
        found.find((v) => v.start === headAt && v.value.kind === 'head') ??
        (PREPOSITION.test(stripped) ? found.find((v) => v.value.kind === 'head') : undefined);
      if (head) {
        // 重申反对…, 一致谴责…: a verb that opposes right after the head gives the clause its polarity.
        const next = found.find(
          (v) =>
            v.start >= head.end && v.value.kind === 'head' && LINKING_ADVERBS.test(stripped.slice(head.end, v.start)),
        );
        st.polarity = next?.value.polarity === 'oppose' ? 'oppose' : head.value.polarity;
        st.action = { text: head.surface, lemma: head.value.verb, gloss: head.value.gloss };
      } else if (st.index === 0) {
        // No verb heads the clause: the reporting verb that opens it (强调, 注意到), else the first known
        // verb further on (…之一应是商定并恪守…, 举行, 会见), else whatever verb the tagger reads.
        const known = report ?? found[0];
        const v = known ? known.surface : firstVerb(stripped);
        st.action = { text: v ?? '', lemma: known?.value.verb ?? v ?? '', gloss: known?.value.gloss ?? '' };
      }
      // 使用核武器是不可接受的: rejected as a predicate.
      if (/(是|均|都)?(完全|绝对)?不可接受|不能接受/.test(stripped)) st.polarity = 'oppose';
      // 认为这些做法违背国际法: declared contrary to the law, rejected (not 违反…规则的措施, a measure so described).
      else if (BREACHES.test(stripped)) st.polarity = 'oppose';
      const masked = blanked.slice(a, b);
      let domains = termHits.filter((m) => m.start >= a && m.end <= b).flatMap(fieldsOf);
      // A clause whose only field is the subject of a document it names (欢迎通过《…关于打击恐怖主义…的
      // 声明》): the title's terms, as weak ones.
      if (!domains.length && text.slice(a, b).includes('《'))
        domains = titleTerms()
          .filter((m) => m.start >= a && m.end <= b)
          .flatMap((m) => fieldsOf(m).map((d) => ({ ...d, strong: false })));
      return {
        domains,
        forums: forums.filter((f) => f.start >= a && f.end <= b),
        refersBack: REFERS_BACK.test(masked)
          ? 'explicit'
          : !domains.length &&
              masked.includes('F') &&
              /合作|协调|配合|协作|交流/.test(masked) &&
              // 支持上合组织同联合国、东盟…加强交流合作: the bodies' own cooperation with each other, no field of before.
              !/F(同|与)/.test(masked)
            ? 'implicit'
            : false,
      };
    },
    log,
  );
}

export const zh: LanguagePlugin = {
  lang: 'zh',
  extract,
  partiesOf: partiesReader('zh'),
};
export { tables as lexiconTables };
