import type { Level, LevelSetting, PresetName } from './types.js';

/** What a preset decides: a level for each kind of finding, and the figures rules aim at. */
export interface Preset {
  name: PresetName;
  description: string;
  /** Level by dictionary severity (`replace`, `explain`, `review`) or by rule id / category; most specific wins. */
  levels: Record<string, LevelSetting>;
  readabilityAge: number;
  maxSentenceWords: number;
  toneTarget: number;
}

/** The four presets; `recommended` is the default. */
export const presets: Record<PresetName, Preset> = {
  recommended: {
    name: 'recommended',
    description: 'For day-to-day recording: warnings for words young people asked to replace, information for the rest.',
    levels: { replace: 'warning', explain: 'info', review: 'info', 'unexplained-acronym': 'info' },
    readabilityAge: 16,
    maxSentenceWords: 40,
    toneTarget: 5,
  },
  'family-facing': {
    name: 'family-facing',
    description: 'For anything a child or family will read: replacements are errors, acronyms must be explained, plainer sentences.',
    levels: { replace: 'error', explain: 'warning', review: 'info', acronym: 'warning', 'unexplained-acronym': 'warning' },
    readabilityAge: 12,
    maxSentenceWords: 25,
    toneTarget: 5,
  },
  audit: {
    name: 'audit',
    description: 'For quality assurance across many records: every check on, nothing fails a record, figures for the report.',
    levels: { replace: 'warning', explain: 'info', review: 'info', 'unexplained-acronym': 'info' },
    readabilityAge: 16,
    maxSentenceWords: 40,
    toneTarget: 5,
  },
  strict: {
    name: 'strict',
    description: 'For templates and training material: every finding is at least a warning, replacements are errors.',
    levels: { replace: 'error', explain: 'warning', review: 'warning', 'unexplained-acronym': 'warning' },
    readabilityAge: 14,
    maxSentenceWords: 30,
    toneTarget: 5,
  },
};

/** A finding's level from the rule's own default: `true` error, `false` warning, absent info. */
export function levelOfFatal(fatal: boolean | null | undefined): Level {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info';
}
