import { dictionary, type Lexicon } from '@carelint/dictionaries';
import { analyse, setMetrics } from '@carelint/text';
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { reportFindings } from './findings.js';
import { compileLexicons, type CompiledLexicons } from './lexicons.js';
import { readRecord } from './record.js';

/** The rule ids this package reports, for core's config validation. */
export const ruleIds = ['missing-child-voice', 'missing-method', 'missing-sibling-voice', 'empty-child-views-section', 'depersonalising-reference'] as const;

/** `metrics.childVoice` (core's `ChildVoiceMetrics`). */
export interface ChildVoiceMetrics {
  status: 'present' | 'absent' | 'not-applicable';
  quotes: number;
  reportedViews: number;
  observations: number;
  methods: string[];
}

export interface Options {
  /** Names of the children the record is about (added to `file.data.carelint.childNames`). */
  childNames?: readonly string[];
  /** The kind of record (`visit`, `plan`, `assessment`, `review`, `letter`, `other`); overrides `file.data.carelint`. */
  documentType?: string;
  /** Lexicons to read instead of the bundled dictionary's (the `child-voice-*` ids of dictionaries/data/child-voice.yaml). */
  lexicons?: readonly Lexicon[];
  /** Report "the child", "the subject", "Child A" (default true). */
  depersonalising?: boolean;
  /** Report views recorded with nothing about how they were gathered (default true). */
  missingMethod?: boolean;
  /** Report a child of a sibling group whose voice is missing when another's is recorded (default true). */
  siblings?: boolean;
  /** Report a child's-views section that holds none of the child's views when they are elsewhere (default true). */
  emptySection?: boolean;
  /** Where rule pages live; a message's url is `${docsBase}child-voice.md#${ruleId}`. */
  docsBase?: string;
}

const compiledCache = new WeakMap<readonly Lexicon[], CompiledLexicons>();
const NOT_APPLICABLE: ChildVoiceMetrics = { status: 'not-applicable', quotes: 0, reportedViews: 0, observations: 0, methods: [] };

/** The plugin: compile the lexicons once, then find each record's child's voice, its methods and its gaps. */
export default function retextChildVoice(options: Options = {}) {
  const source = options.lexicons ?? dictionary.lexicons;
  let compiled = compiledCache.get(source);
  if (!compiled) {
    compiled = compileLexicons(source);
    compiledCache.set(source, compiled);
  }
  const lexicons = compiled;
  const checks = {
    depersonalising: options.depersonalising !== false,
    missingMethod: options.missingMethod !== false,
    siblings: options.siblings !== false,
    emptySection: options.emptySection !== false,
    docsBase: options.docsBase ?? 'docs/rules/',
  };

  return function (tree: Root, file: VFile): undefined {
    const analysis = analyse(tree, file);
    const documentType = options.documentType ?? analysis.facts.documentType;
    const names = [...(options.childNames ?? []), ...(analysis.facts.childNames ?? [])].map((n) => n.trim()).filter(Boolean);
    // A text with no sign of being a care record (a leaflet, a newsletter) is about no child of a record: nothing to
    // find, unless the caller says what kind of record it is or names its children.
    const careText = analysis.kind.care || documentType !== undefined || names.length > 0;
    const record = careText ? readRecord(analysis, lexicons, [...new Set(names)], documentType) : undefined;
    if (!record) {
      setMetrics(file, 'childVoice', { ...NOT_APPLICABLE });
      return undefined;
    }
    reportFindings(file, analysis, record, lexicons, checks);
    const { quotes, reportedViews, observations } = record.counts;
    const metrics: ChildVoiceMetrics = { status: record.status, quotes, reportedViews, observations, methods: [...record.methods].sort() };
    setMetrics(file, 'childVoice', metrics);
    return undefined;
  };
}
