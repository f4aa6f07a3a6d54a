import type { Debugger } from 'debug';
import { lexicon } from './lexicon.ts';
import { actorRefs, isBody } from './actors.ts';
import { internalAffairs, namedFirmly, pretext, reformed, relationSide, sovereignty } from './field-readings.ts';
import { actorKey, commitmentKey } from './commitment-key.ts';
import type { ForumMention } from './forums.ts';
import type {
  ActionRef,
  Commitment,
  DomainRef,
  Polarity,
  SentenceAnalysis,
  SentenceContext,
  SentenceInput,
} from './types.ts';

/**
 * What a language plugin found in one clause. Turning clauses into commitments is the same in
 * every language, so it lives here once.
 */
export interface Clause {
  start: number;
  end: number;
  actors: string[];
  action: ActionRef;
  polarity: Polarity;
  modality: string;
  /** `at`: where the term starts in the sentence (pairs fields with the forums before them). */
  domains: { id: string; text: string; strong: boolean; at?: number }[];
  forums: ForumMention[];
  /** Where the actors came from: the clause's own subject, an earlier clause or sentence, or the document's parties. */
  actorSource: 'subject' | 'inherited' | 'parties';
  /**
   * The clause points back to a field named before it: `explicit` (`相关合作`, "in this field")
   * may reach the sentence before; `implicit` (bare cooperation within a forum) stays in the sentence.
   */
  refersBack: 'explicit' | 'implicit' | false;
}

/**
 * The fields a domain term names where it is found: one, or each of a term that joins several
 * (`defence and security`: military and security; data/domain-terms.*.tsv writes them `a+b`).
 */
export function fieldsOf(m: {
  value: { domain: string; strong: boolean };
  surface: string;
  start: number;
}): Clause['domains'] {
  return m.value.domain.split('+').map((id) => ({ id, text: m.surface, strong: m.value.strong, at: m.start }));
}

/**
 * 维护以联合国为核心的国际体系和以世界贸易组织为核心的多边贸易体制, "a UN-centred international system
 * and a WTO-centred trading system": where two or more forums each have fields of their own between
 * them and the next forum (and none comes before the first), each forum takes only those; else null.
 * Chinese only: there a forum comes before the field it heads (以…为核心的…); an English sentence
 * names forums in passing between fields that are not theirs.
 */
function fieldsAfterForums<D extends { at?: number }>(
  forums: ForumMention[],
  domains: D[],
): Map<ForumMention, D[]> | null {
  if (forums.length < 2 || domains.some((d) => d.at === undefined)) return null;
  const sorted = [...forums].sort((a, b) => a.start - b.start);
  const own = new Map(
    sorted.map((f, k) => [f, domains.filter((d) => d.at! >= f.end && d.at! < (sorted[k + 1]?.start ?? Infinity))]),
  );
  const placed = [...own.values()].reduce((n, ds) => n + ds.length, 0);
  return placed === domains.length && [...own.values()].every((ds) => ds.length) ? own : null;
}

/**
 * Commitments of one sentence:
 * - weak domain terms count only where the sentence has no strong one of the same polarity;
 * - a clause that refers back takes the domains of the clause before it (or of the sentence before);
 * - a forum in a clause that names no field takes the forum's own field (UNSC: security), else the
 *   field the sentence names most and at least twice, else international_order (cooperation within
 *   forums with no field named);
 * - a forum named only as a meeting venue is kept with politics_diplomacy and marked `venue`;
 * - a list of forums gives one commitment per forum; duplicates are merged.
 */
export function assemble(
  sentence: SentenceInput,
  clauses: Clause[],
  previousDomains: string[],
  parties: string[],
  lang: 'zh' | 'en',
  sides: ReadonlySet<string> = new Set(),
  documentBody: ForumMention | null = null,
): { commitments: Commitment[]; domains: string[] } {
  const { domainById } = lexicon();
  // The document's final provisions (本备忘录自签署之日起生效, "This Memorandum shall enter into force…",
  // 一式两份): how the text itself works, no position of its parties.
  if (FINAL_PROVISION.test(sentence.text.trim())) return { commitments: [], domains: [] };
  // Weak terms yield to strong ones of the same polarity: "adheres to the one-China principle and
  // opposes interference in internal affairs" keeps the weak field of what it opposes.
  // A weak term named as firmly as a strong one (an item of a list of fields of cooperation, the
  // situation of a named country) counts as strong.
  // A field named only as someone's pretext ("interference under the pretext of human rights") is none.
  const firm = clauses.map((c) =>
    c.domains
      .filter((d) => !pretext(sentence.text, d, lang))
      .map((d) => (d.strong || !namedFirmly(sentence.text, c.start, d, lang) ? d : { ...d, strong: true })),
  );
  const strongFor = new Set(clauses.filter((_, i) => firm[i].some((d) => d.strong)).map((c) => c.polarity));
  // Attending or accompanying (王毅参加上述活动, "Wang Yi attended the talks") takes no position: a
  // weak word there ("talks") names no field.
  const attendance = new Map<Clause, boolean>();
  const attends = (c: Clause) => {
    let yes = attendance.get(c);
    if (yes === undefined) attendance.set(c, (yes = ATTENDS.test(sentence.text.slice(c.start, c.end))));
    return yes;
  };
  const kept = clauses.map((c, i) =>
    firm[i]
      .filter((d) => (strongFor.has(c.polarity) ? d.strong : true) && d.id !== '-' && (d.strong || !attends(c)))
      .map((d) => internalAffairs(sentence.text, sovereignty(sentence.text, d, lang, parties), lang, parties)),
  );
  const tally = new Map<string, number>();
  kept.flat().forEach((d) => tally.set(d.id, (tally.get(d.id) ?? 0) + 1));
  // The sentence's main field: the one it names most often; a list of equal fields has none.
  const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1]);
  const main = ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
  // A forum in a clause of its own takes the sentence's field only where the sentence dwells on it
  // (named twice or more), or where that field is a security matter the sentence turns on, named once
  // (双方就缅甸局势交换意见，支持东盟"五点共识": the body's plan is for that conflict); else the guide's
  // reading of a forum with no field: international_order.
  const dominant = main && (tally.get(main)! >= 2 || main === 'security') ? main : null;
  const domainRef = (id: string, text: string): DomainRef => ({ id, text });

  const out: Commitment[] = [];
  // A sentence that only says who attended, chaired or visited (…等出席。王毅出席开幕式并发表讲话。…对中国进行国事
  // 访问。"X also attended the meeting.") takes no position, whatever titles it names: only the bodies it
  // names are kept (as the mentions they are).
  const attendanceOnly = saysWhoAttended(sentence.text) && !firm.some((ds) => ds.some((d) => d.strong));
  const seen = new Set<string>();
  const push = (
    c: Clause,
    domain: DomainRef,
    forum: ForumMention | null,
    venue = false,
    how: DomainSource = 'lexicon',
  ) => {
    // An organisation speaking in its own name (`@EU`) stays out of the actors; where it speaks alone the
    // commitment is its own, with no country.
    const actors = c.actors.filter((a) => !isBody(a));
    const key = commitmentKey({ actors, domain, forum: forum?.forum ?? null, polarity: c.polarity });
    if (seen.has(key) || c.actors.length === 0 || (attendanceOnly && !forum)) return;
    seen.add(key);
    const from = forum && !venue ? Math.min(c.start, forum.start) : c.start;
    const to = forum && !venue ? Math.max(c.end, forum.end) : c.end;
    out.push({
      sentence: sentence.index,
      actors: actorRefs(actors, parties),
      action: c.action,
      domain,
      forum: forum?.forum ?? null,
      polarity: c.polarity,
      modality: c.modality,
      evidence: { start: sentence.map[from], end: sentence.map[to - 1] + 1 },
      confidence: confidenceOf(how, forum, venue, c.actorSource),
      ...(venue ? { venue: true } : {}),
    });
  };

  const before: DomainRef[] = previousDomains.map((id) => domainRef(id, ''));
  let lastDomains: DomainRef[] = [];
  let lastFirm = false;
  const platformAt = PLATFORM.exec(sentence.text)?.index ?? null;
  const platforms =
    platformAt === null ? [] : clauses.flatMap((c) => c.forums.filter((f) => !f.venue && f.end <= platformAt));
  const earlier: ForumMention[] = [];
  clauses.forEach((c, i) => {
    if (i > 0) earlier.push(...clauses[i - 1].forums.filter((f) => !f.venue && f.forum.known));
    let domains: DomainRef[] = kept[i].map((d) => domainRef(d.id, d.text));
    let how: DomainSource = kept[i].every((d) => d.strong) ? 'lexicon' : 'weak';
    if (!domains.length && c.refersBack) {
      // Bare cooperation within a forum takes a field the clause before named firmly (a strong
      // term); a passing weak word ("hosting the G20 Summit") leaves it a forum with no field.
      const back = c.refersBack === 'explicit' || lastFirm ? lastDomains : [];
      domains = back.length ? back : c.refersBack === 'explicit' ? before : [];
      how = 'reference';
    }
    const named = c.forums.filter((f) => !f.venue);
    for (const v of c.forums.filter((f) => f.venue))
      push(c, domainRef('politics_diplomacy', v.forum.text), v, true, 'default');
    if (named.length) {
      const own = how === 'reference' || lang !== 'zh' ? null : fieldsAfterForums(named, kept[i]);
      for (const f of named) {
        const home = homeOf(f);
        // "ties of the union, including with the CIS, the SCO, ASEAN and BRICS": bodies named as partners of
        // relations are a matter of the international order, whatever else the clause names.
        if (lang === 'en' && tiesWith(sentence.text, f, named)) {
          push(c, domainRef('international_order', ''), f, false, 'default');
          for (const d of domains) push(c, d, null, false, how);
          continue;
        }
        // Reforming the body, beside other fields: the reform is a matter of the international order, unless
        // the clause names the body's own field (WTO reform beside trade); the other fields stand without the
        // body. (A body reformed with no field named keeps its own field: WTO reform is trade.)
        if (domains.length && reformed(sentence.text, f, lang)) {
          if (!domains.some((d) => d.id === home)) push(c, domainRef('international_order', ''), f, false, how);
          for (const d of domains) push(c, d, d.id === home ? f : null, false, how);
        } else if (own) for (const d of own.get(f)!) push(c, domainRef(d.id, d.text), f, false, how);
        // Relations in general within a forum (dialogue, partnership, practical cooperation), or the
        // body's own business named only by a meeting word (weak: "the next RIC meeting", "hosting the
        // SCO Council"), are cooperation within the forum with no field named: international_order, as
        // the guide reads it. Not where the body is a side named in the title ("the EU-Japan Summit").
        else if (
          domains.length &&
          domains.every((d) => d.id === 'politics_diplomacy') &&
          !sides.has(f.forum.id) &&
          (COOPERATION_WORDS.test(sentence.text.slice(c.start, c.end)) || how === 'weak')
        ) {
          // Unless the body is a side of the relationship (ASEAN-China Strategic Partnership, 东盟—中国关系,
          // 中国和欧盟是全面战略伙伴): that is the relationship itself, with the body and without it.
          if (!relationSide(sentence.text, f, lang, c.actors))
            push(c, domainRef('international_order', ''), f, false, how);
          else for (const forum of [f, null]) push(c, domains[0], forum, false, how);
        } else if (
          domains.length > 1 &&
          home &&
          domains.some((d) => d.id === home) &&
          forumsWithHome(named) > 1 &&
          fieldsBetween(named, kept[i])
        ) {
          // Several bodies of their own fields named in one clause of several fields ("health … through ACPHEED
          // and disaster management through the AHA Centre"): each body takes its own field; the others stand alone.
          for (const d of domains) push(c, d, d.id === home ? f : null, false, how);
        } else if (domains.length) {
          // A body named as a side of the relationship ("the ASEAN-India Joint Statement on Maritime
          // Cooperation"): the fields are the relationship's, with no forum (the gold files give none
          // there; relations in general with such a body keep it, above: politics_diplomacy with and
          // without it).
          const side = relationSide(sentence.text, f, lang, c.actors);
          // Fields the body is only the yardstick of stand on their own too: those named before it ("cooperation
          // in trade, energy…, in line with the SCO Year of…", "sanctions bypassing the Security Council"). A
          // field between the cue and the body is the yardstick's own ("contrary to international law and the
          // UN Charter"), not one it measures. What is done against a body or without its authority is not its
          // business: the body takes only the yardstick's fields or its own, else international_order.
          const before = kept[i].filter((d) => d.at !== undefined && d.at < f.start);
          const first = Math.min(...before.map((d) => d.at!));
          const cue = before.length ? YARDSTICK.exec(sentence.text.slice(first, f.start)) : null;
          const measured = cue ? before.filter((d) => d.at! < first + cue.index) : [];
          const taken =
            cue?.groups?.breach && measured.length
              ? domains.filter((d) => d.id === home || !measured.some((m) => m.id === d.id))
              : domains;
          for (const d of taken.length ? taken : [domainRef('international_order', '')])
            push(c, d, side ? null : f, false, how);
          // So do those its rules or mandate qualify after it (违反世界贸易组织规则的贸易限制措施, 未经联合国安理会授权的单边制裁).
          for (const d of kept[i])
            if (d.at !== undefined && d.at >= f.end && BODY_RULE_OF.test(sentence.text.slice(f.end, d.at)))
              measured.push(d);
          for (const d of measured) push(c, domainRef(d.id, d.text), null, false, how);
          // 金砖国家反对保护主义: the group that is the clause's subject stands for its members, who commit in
          // their own name as well. (Chinese only: the English dev statements read "BRICS countries will…"
          // as within the group, and the rule lost there.)
          if (lang === 'zh' && c.actorSource === 'subject' && SUBJECT_LEAD.test(sentence.text.slice(c.start, f.start)))
            for (const d of domains) push(c, d, null, false, how);
        }
        // Cooperation or coordination within a body, with no field named: international_order, not
        // the body's own field (coordination within the WTO is not a trade commitment).
        else if (relationSide(sentence.text, f, lang, c.actors))
          for (const forum of [f, null]) push(c, domainRef('politics_diplomacy', ''), forum, false, 'default');
        else if (withinBody(sentence.text, c)) push(c, domainRef('international_order', ''), f, false, 'default');
        // Membership of the body: international_order, and the body's own field where it has one (the
        // membership of a development bank is finance too), not the sentence's.
        else if (MEMBERSHIP.test(outsideForums(sentence.text, c)))
          for (const id of ['international_order', ...(home ? [home] : [])])
            push(c, domainRef(id, ''), f, false, 'default');
        else
          push(
            c,
            domainRef(home ?? dominant ?? 'international_order', home || dominant ? '' : f.forum.text),
            f,
            false,
            'default',
          );
      }
    } else if (
      (earlier.length || documentBody) &&
      domains.length &&
      SECTORAL_BODIES.test(sentence.text.slice(c.start, c.end)) &&
      !c.refersBack
    ) {
      // 设立中国—中亚机制常设秘书处，并充分发挥经贸、农业、交通等部长级会晤机制的作用: the sectoral meetings are the
      // body's own, named in the sentence before them; else the body whose document this is (its title names it).
      for (const f of earlier.length ? earlier : [documentBody!])
        for (const d of domains) push(c, d, f, false, 'reference');
    } else {
      for (const d of domains) push(c, d, null, false, how);
      // "the RIC format provides a useful platform for the three countries to … deepen cooperation in
      // counter-terrorism, trade…": the fields of what a body is the platform for are within that body.
      if (platformAt !== null && c.end > platformAt)
        for (const f of platforms) for (const d of domains) push(c, d, f, false, 'reference');
    }
    if (domains.length) {
      lastDomains = domains;
      lastFirm = how !== 'weak';
    }
  });
  // A sentence in which a party takes a position but names no field or forum: the guide reads it as
  // the relationship itself (politics_diplomacy), with a low confidence.
  const speaker = clauses.find((c) => c.actorSource === 'subject' && c.actors.length && !attends(c));
  if (!out.length && speaker) push(speaker, domainRef('politics_diplomacy', ''), null, false, 'stance');
  // So does a clause whose own subject is someone the sentence gives nothing else to
  // (中方欢迎…，越方欢迎…): each side's position is its own.
  else
    for (const c of clauses) {
      if (c.actorSource !== 'subject' || !c.actors.length || c.domains.length || c.forums.length) continue;
      if (attends(c) || out.some((o) => actorKey(o.actors) === actorKey(c.actors))) continue;
      push(c, domainRef('politics_diplomacy', ''), null, false, 'stance');
    }
  for (const c of out) if (!c.domain.text) c.domain.text = domainById.get(c.domain.id)?.[lang] ?? c.domain.id;
  return { commitments: out, domains: [...tally.keys()] };
}

/** A body as the measure of fields named before it: what is done in line with it, or against it. */
const YARDSTICK =
  /\b(in line with|in accordance with|consistent with|in keeping with|pursuant to|in the spirit of|in conformity with|compliant with|under the rules of)\b|遵循|根据|按照|依照|符合|(?<breach>\b(authori[sz]ed by|in violation of|violat(e|es|ed|ing)|contrary to|inconsistent with|incompatible with|contradicts?|contradicting|bypass(es|ing)?|circumvent(s|ing)?|in circumvention of|in breach of|without (the )?(authori[sz]ation|approval|mandate) of)\b|违反|违背|绕开|绕过)/i;

/** Between a body's name and a field after it: the body's rules, resolution or mandate, qualifying the field. */
const BODY_RULE_OF = /^[^，。；,;]{0,12}?(规则|决议|授权|宪章|公约|规定|准则)[^，。；,;]{0,6}?的/;

/** Before a forum that is the clause's subject: nothing but spaces or quotation marks. */
const SUBJECT_LEAD = /^[\s"“]*$/;

const TIES_WITH = /\b(ties|relations|links|contacts|interaction|engagement)\b[^.;:]{0,60}\bwith\s+(the\s+)?$/i;
const LIST_GAP = /^\s*(,\s*)?(and\s+|as well as\s+)?(the\s+)?$/;

/** A body in a list named as a partner of someone's relations ("ties of the union, including with the CIS, the SCO"). */
function tiesWith(text: string, f: ForumMention, forums: ForumMention[]): boolean {
  const sorted = [...forums].sort((a, b) => a.start - b.start);
  let k = sorted.indexOf(f);
  while (k > 0 && LIST_GAP.test(text.slice(sorted[k - 1].end, sorted[k].start))) k--;
  const start = sorted[k].start;
  return TIES_WITH.test(text.slice(Math.max(0, start - 90), start));
}

/** Whether a field is named between two of the bodies (each body after fields of its own, not one list of bodies). */
function fieldsBetween(forums: ForumMention[], fields: { at?: number }[]): boolean {
  const starts = forums.map((f) => f.start).sort((a, b) => a - b);
  return fields.some((d) => d.at !== undefined && d.at > starts[0] && d.at < starts[starts.length - 1]);
}

/** A body's own field (the WHO: health; an organ's row may give its own: the SCO Energy Club, energy). */
function homeOf(f: ForumMention): string | null | undefined {
  return f.home ?? lexicon().forumById.get(f.forum.id)?.home;
}

/** How many of a clause's bodies have a field of their own. */
function forumsWithHome(forums: ForumMention[]): number {
  return forums.filter(homeOf).length;
}

/** A body's own meetings (its summits, sessions): they name no field, not even the body's own. */
const BODY_AFFAIRS = /summit|meeting|峰会|会议|会晤/i;

/** Cooperation, coordination or a meeting of a body, read outside the names of its forums. */
function withinBody(text: string, c: { start: number; end: number; forums: ForumMention[] }): boolean {
  // "the coordinating role of the WHO", 发挥协调作用: the body's own work, not cooperation within it.
  // "The Meeting commended…" (a chairman's statement's voice) is who speaks, not the body's meeting.
  const rest = outsideForums(text, c).replace(OWN_ROLE, ' ').replace(MEETING_VOICE, ' ');
  return COOPERATION_WORDS.test(rest) || BODY_AFFAIRS.test(rest);
}
const MEETING_VOICE = /^\s*(the\s+)?(meeting|summit)\s+(also\s+|further\s+)?(?=[a-z])/i;
const OWN_ROLE = /\b(coordinating|central|leading|key)\s+role\b|(协调|核心|主导|牵头)(作用|地位)/gi;

/** A clause's text with the names of its forums left out (澜沧江—湄公河合作 names a body, not cooperation). */
function outsideForums(text: string, c: { start: number; end: number; forums: ForumMention[] }): string {
  let out = '',
    at = c.start;
  for (const f of [...c.forums].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + ' ';
    at = f.end;
  }
  return out + text.slice(at, c.end);
}

/** Who belongs to a body: 支持巴勒斯坦成为联合国正式会员国, "India's permanent membership of the Council". */
const MEMBERSHIP =
  /会员国|正式成员|成员资格|成为[^，。；]{0,12}成员|\b(membership|full(-fledged)? members?|accession)\b/i;

/** Cooperation in general (not a political act such as good offices or recognition). */
const COOPERATION_WORDS = /cooperat|coordinat|collaborat|dialogue|partnership|合作|协调|协作|配合|对话|伙伴/i;

/** A sentence that only says who attended, chaired or visited (and was not invited to). */
export function saysWhoAttended(text: string): boolean {
  return ATTENDANCE_ONLY.test(text.trim()) && !INVITES.test(text);
}
const ATTENDANCE_ONLY =
  /(出席|列席|与会|参加|主持)(了)?(会议|会晤|峰会|开幕式|闭幕式|活动|仪式)?(并(发表|致辞)[^。，；]{0,60})?[。.]?$|进行(国事|正式|友好|工作)?访问[。.]?$|举行[^。，；]{0,12}欢迎仪式[。.]?$|\b(attended|took part in|participated in|(was|were) (also )?present at)\b[^.;,]{0,80}\.?$|\b(attended|took part|participated|(was|were) (also )?present)\.?$/i;
/** Sectoral meetings or working groups named by their fields only (经贸、农业等部长级会晤机制, "the working groups on trade and energy"). */
const SECTORAL_BODIES =
  /(部长级?会晤机制|部长级?会议机制|部长级?会议|工作组|分委会)[^，。；]{0,6}$|(部长级?会晤机制|部长级?会议|工作组|分委会)的作用|\b(sectoral|ministerial) (meetings|mechanisms|bodies)\b|\bworking groups? on\b/i;
/** A body named as the platform, framework or channel for what follows. */
const PLATFORM = /\b(platform|framework|channel|vehicle)s?\s+(for|to)\b|(提供|搭建)了?[^，。；]{0,10}(平台|渠道)/i;
const FINAL_PROVISION =
  /^(本|该)(谅解)?(备忘录|协定|协议|宣言|声明|联合声明|公报|计划|行动计划|文件)[^。；]{0,30}(生效|有效期|不构成|终止|失效|一式[一二三四五六七八九十两多]+份|同等作准)|^(This|The present)\s+(Memorandum(\s+of\s+Understanding)?|MoU|Agreement|Declaration|Joint\s+Statement|Communiqu[eé]|Plan(\s+of\s+Action)?|Action\s+Plan|document)\b[^.;]{0,60}\b(enter(s)?\s+into\s+force|come(s)?\s+into\s+(force|effect)|remain(s)?\s+(in\s+force|valid)|shall\s+be\s+valid|(does|do|shall)\s+not\s+(create|constitute|give\s+rise)|not\s+legally\s+binding|may\s+be\s+terminated|terminate|equally\s+authentic|in\s+(duplicate|two\s+originals))/i;
// An invitation to visit (邀请习近平主席…进行国事访问, "invited him to visit") is a position; 应…邀请， only dates a visit.
const INVITES = /邀请(?![，,])|\binvit(ed|es)\b/i;
const ATTENDS =
  /(参加|出席|陪同|列席|主持)了?(上述|有关|相关|以上|此次|本次)?(活动|会见|会谈|会晤|会议|仪式|签字仪式)|(出席|列席|与会|主持)(?=[。，；]|$)|代表团成员包括|\b(attended|accompanied|chaired|co-chaired|(was|were) present at|delegation (included|comprised|consisted of))\b/i;

/** How a commitment's domain was found, from surest to weakest. */
type DomainSource = 'lexicon' | 'weak' | 'reference' | 'default' | 'stance';
const DOMAIN_CONFIDENCE: Record<DomainSource, number> = {
  lexicon: 0.95,
  weak: 0.8,
  reference: 0.8,
  default: 0.7,
  stance: 0.5,
};
const ACTOR_CONFIDENCE: Record<Clause['actorSource'], number> = { subject: 1, inherited: 0.9, parties: 0.85 };

/** 0–1 from how the parts were found: a lexicon hit over a shape or a default, a gazetteer forum over a pattern, an own subject over inherited actors. */
function confidenceOf(
  how: DomainSource,
  forum: ForumMention | null,
  venue: boolean,
  actors: Clause['actorSource'],
): number {
  const f = !forum ? 1 : venue ? 0.6 : forum.forum.known ? 1 : 0.75;
  return Math.round(DOMAIN_CONFIDENCE[how] * f * ACTOR_CONFIDENCE[actors] * 100) / 100;
}

/** What carries from one clause to the next: a clause without its own subject, verb or cue keeps these. */
export interface ClauseState {
  actors: string[];
  polarity: Polarity;
  action: ActionRef;
  modality: string;
  index: number;
}
export type ClauseReading = Pick<Clause, 'domains' | 'forums' | 'refersBack'>;

/**
 * Walks the clauses of a sentence for a language plugin: `subjects[i]` is the subject found at
 * the start of clause i (or null); the plugin's `read` sets polarity, action and modality on the
 * state when the clause has its own, and returns what the clause names. Clauses before the first
 * subject take it; a sentence with none takes the previous sentence's actors, else the parties.
 */
export function readClauses(
  sentence: SentenceInput,
  spans: [number, number][],
  subjects: (string[] | null)[],
  ctx: SentenceContext,
  speaker: string[] | null,
  lang: 'zh' | 'en',
  read: (start: number, end: number, state: ClauseState) => ClauseReading,
  log: Debugger,
): SentenceAnalysis {
  const firstSubject = subjects.find((x) => x) ?? null;
  const state: ClauseState = {
    actors: firstSubject ?? ctx.previousActors ?? ctx.parties,
    polarity: 'support',
    action: { text: '', lemma: '', gloss: '' },
    modality: 'state',
    index: 0,
  };
  let source: Clause['actorSource'] = firstSubject ? 'subject' : ctx.previousActors ? 'inherited' : 'parties';
  const clauses: Clause[] = spans.map(([a, b], i) => {
    if (subjects[i]) {
      state.actors = subjects[i]!;
      source = 'subject';
    }
    state.index = i;
    const reading = read(a, b, state);
    const actorSource = subjects[i] ? 'subject' : source === 'subject' ? 'inherited' : source;
    return {
      start: a,
      end: b,
      actors: state.actors,
      action: state.action,
      polarity: state.polarity,
      modality: state.modality,
      actorSource,
      ...reading,
    };
  });
  // The summary is built only where the namespace is on.
  if (log.enabled)
    log(
      'sentence %d clauses %o',
      sentence.index,
      clauses.map((c) => ({
        t: sentence.text.slice(c.start, c.end),
        a: c.actors,
        p: c.polarity,
        d: c.domains.map((d) => d.id),
        f: c.forums.map((f) => f.forum.id),
      })),
    );
  const { commitments, domains } = assemble(
    sentence,
    clauses,
    ctx.previousDomains,
    ctx.parties,
    lang,
    ctx.sides,
    ctx.documentBody,
  );
  return { commitments, actors: firstSubject ?? state.actors, domains, diagnostics: [], speaker };
}
