/** Input formats core can read; positions are always reported in the original source. */
export type Format = 'text' | 'markdown' | 'html';

/** Kinds of record; a caller's choice overrides guessing from the text. */
export type DocumentType = 'visit' | 'plan' | 'assessment' | 'review' | 'letter' | 'other';

export type PresetName = 'recommended' | 'family-facing' | 'audit' | 'strict';

/** How loud a finding is; `off` drops it. */
export type Level = 'error' | 'warning' | 'info';
export type LevelSetting = Level | 'off';

/** DESIGN.md's `data.category`. */
export type FindingCategory =
  | 'jargon'
  | 'acronym'
  | 'stigmatising'
  | 'deficit'
  | 'tone'
  | 'child-voice'
  | 'plan'
  | 'readability';

export interface Point {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** 0-based UTF-16 index into the original source. */
  offset: number;
}

/** One finding: a vfile message made plain JSON (the message contract in DESIGN.md). */
export interface Finding {
  source: string;
  ruleId: string;
  reason: string;
  place: { start: Point; end: Point };
  actual: string;
  expected: string[];
  note?: string;
  url?: string;
  /** `true` error, `false` warning, absent info. */
  fatal?: boolean;
  severity: Level;
  /** Stable id of this finding for "ignore": rule + normalised text. */
  fingerprint: string;
  data: { category: FindingCategory; [key: string]: unknown };
}

export interface JargonMetrics {
  count: number;
  per1000: number;
  terms: Array<{ ruleId: string; term: string; count: number }>;
}

export interface ToneMetrics {
  critical: number;
  positive: number;
  /** positive ÷ critical; `null` when there is nothing critical. */
  ratio: number | null;
  target: number;
}

/** `metrics.childVoice`: the shape belongs to the rule that computes it. */
import type { ChildVoiceMetrics } from 'retext-child-voice';
export type { ChildVoiceMetrics };

/** `metrics.plan`: the shape belongs to the rule that computes it. */
import type { PlanMetrics } from 'retext-smart-plan';
export type { PlanMetrics };

export interface ReadabilityMetrics {
  /** Estimated reading age in years. */
  age: number | null;
  grade: number | null;
  longestSentences: Array<{ words: number; line: number }>;
}

export type Verdict = 'pass' | 'warn' | 'fail';

export interface Metrics {
  words: number;
  sentences: number;
  jargon: JargonMetrics;
  tone?: ToneMetrics;
  childVoice?: ChildVoiceMetrics;
  plan?: PlanMetrics;
  readability?: ReadabilityMetrics;
  verdict: Verdict;
}

/** What `lint()` returns for one document. */
export interface Report {
  /** File path or record id, when the caller gave one. */
  path?: string;
  format: Format;
  documentType?: DocumentType;
  messages: Finding[];
  metrics: Metrics;
}

/** A child's own words, so suggestions use what they chose (Surrey, TACT: ask the child). */
export interface ChildPreference {
  name: string;
  /** Other names the child is known by. */
  aliases?: string[];
  /** Rule id (e.g. `contact-family`) -> the words this child uses instead, best first. */
  words?: Record<string, string[]>;
  /** Terms this child chose for themselves; never flagged in their records. */
  allow?: string[];
}

/** The verdict policy: a finding matching any selector (a level, category, rule id or rule package) decides. */
export interface VerdictPolicy {
  fail?: string[];
  warn?: string[];
}

/** Everything a config file may set; the resolver validates every key. */
export interface Config {
  preset?: PresetName;
  /** Rule id, category (`jargon`), or rule package (`care-jargon`) -> level or `off`. Most specific wins. */
  rules?: Record<string, LevelSetting>;
  /** Phrases never flagged (case-insensitive, whole words). */
  allow?: string[];
  /** Fingerprints of findings the writer chose to ignore. */
  ignore?: string[];
  /** Extra dictionary files (node only), relative to the config file. */
  dictionaries?: string[];
  /** `target` positive : critical ratio; `minCritical` critical expressions before the balance is judged. */
  tone?: { target?: number; minCritical?: number };
  readability?: { age?: number; maxSentenceWords?: number };
  verdict?: VerdictPolicy;
  children?: ChildPreference[];
  /** The longest record, in characters (UTF-16 code units), that lint() accepts; longer ones are refused. */
  maxLength?: number;
}

/** Per-call options: a config plus facts about this document. */
export interface LintOptions extends Config {
  format?: Format;
  documentType?: DocumentType;
  /** Path or record id, copied into the Report. */
  path?: string;
  /** Names of the children the record is about (added to `children`). */
  childNames?: string[];
  /** Entries from extra dictionaries, already parsed (the node entry loads `dictionaries`). */
  extraEntries?: import('@carelint/dictionaries').Entry[];
}
