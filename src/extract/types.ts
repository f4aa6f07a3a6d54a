import type { ForumMention } from './forums.ts';
/** The JSON contract of `../shared/spec/annotation.md`, produced by both language plugins. */
export type Polarity = 'support' | 'oppose';

/** An actor: ISO code, English name, Chinese name (whatever the document's language). */
export interface ActorRef {
  id: string;
  name: string;
  nameZh: string | null;
}
/** A forum; `known` is false for a named body found by its shape, not in data/forums.tsv. */
export interface ForumRef {
  id: string;
  name: string;
  nameZh: string | null;
  abbr: string | null;
  text: string;
  known: boolean;
}
export interface DomainRef {
  id: string;
  text: string;
}
export interface ActionRef {
  text: string;
  lemma: string;
  gloss: string;
}

export interface SentenceOut {
  index: number;
  text: string;
  start: number;
  end: number;
  paragraph: number;
}

export interface Commitment {
  sentence: number;
  actors: ActorRef[];
  action: ActionRef;
  domain: DomainRef;
  forum: ForumRef | null;
  polarity: Polarity;
  modality: string;
  evidence: { start: number; end: number };
  /** 0–1: how the commitment was found (lexicon hit or shape; actor from the clause, inherited or the parties). */
  confidence: number;
  /** True where the forum is only the venue of a meeting (the annotation guide makes these optional). */
  venue?: boolean;
}

export interface Diagnostic {
  level: 'info' | 'warning';
  code: string;
  message: string;
  sentence?: number;
  start?: number;
}

export interface DocumentInfo {
  id: string;
  title: string | null;
  language: 'zh' | 'en' | 'mixed';
  parties: string[];
  source: string;
  encoding: string;
  translationOf: string | null;
  date: string | null;
}

export interface ExtractResult {
  document: DocumentInfo;
  sentences: SentenceOut[];
  commitments: Commitment[];
  diagnostics: Diagnostic[];
}

/** One sentence handed to a language plugin, with the state carried between sentences. */
export interface SentenceInput {
  index: number;
  text: string;
  /** Offset in the original text of each character of `text` (length + 1). */
  map: Int32Array;
}

export interface SentenceContext {
  parties: string[];
  /** Actors of the previous sentence in the paragraph (null at a paragraph start). */
  previousActors: string[] | null;
  /** Domains of the previous sentence, for reference back across sentences. */
  previousDomains: string[];
  date: string | null;
  /** The single country whose speech this paragraph reports ("王毅表示…"), if any. */
  speaker: string[] | null;
  /** Bodies the document has named, by the short name it may use for them later ("the Union", 本组织). */
  shortNames?: ReadonlyMap<string, ForumRef>;
  /** Bodies the title names as a side of the relationship ("29th EU-Japan Summit"): no forum there. */
  sides?: ReadonlySet<string>;
  /** The body whose document this is, as its title names it (中国—中东欧国家合作索非亚纲要): its sectoral meetings are its own. */
  documentBody?: ForumMention | null;
  /**
   * Who the document has named under each title so far ("secretary" → US after "Secretary Antony J. Blinken"):
   * who "the Secretary" is later. The English plugin fills it as it reads.
   */
  titles?: Map<string, string[]>;
  /** Actors of the sentence before, in this paragraph or the one before (who "he" is in `"…," he added.`). */
  lastActors?: string[] | null;
}

export interface SentenceAnalysis {
  commitments: Commitment[];
  actors: string[];
  domains: string[];
  diagnostics: Diagnostic[];
  /** The speaker for the rest of the paragraph (see SentenceContext.speaker). */
  speaker: string[] | null;
}

export interface LanguagePlugin {
  lang: 'zh' | 'en';
  extract(sentence: SentenceInput, ctx: SentenceContext): SentenceAnalysis;
  /** Parties named in a title or an opening sentence ("中华人民共和国和俄罗斯联邦…联合声明"). */
  partiesOf(title: string | null, firstSentences: string[], date: string | null): string[];
}
