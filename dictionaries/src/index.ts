export type { Category, Dictionary, Entry, Guard, Lexicon, Severity, Source } from './types.js';
