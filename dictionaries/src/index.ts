// @carelint/dictionaries: the reviewed word lists as typed data. Browser-safe: no YAML, no schema, no node:.
export type { Category, Confidence, Dictionary, Entry, Guard, Lexicon, SenseCues, Senses, Severity, Source } from './types.js';
export { dictionary } from './generated.js';
export { entriesIn, entryById, lexiconById } from './lookup.js';
export { categoriesOn, ruleDocPath, rulePage, rulePages, type RulePage } from './pages.js';
export { normalisePhrase } from './phrase.js';
