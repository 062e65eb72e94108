import type { CompiledLexicons } from './lexicons.js';

/**
 * The words that may start a mention of a person, and the gendered pronouns: `unitsOf` looks each word of the text
 * up once and notes both as bits (`Unit.flags`), so the mention scans read a bit instead of looking the word up again.
 */

export type Pronoun = 'he' | 'she' | 'they';
export const SUBJECT_PRONOUNS = new Map<string, Pronoun>([['he', 'he'], ['she', 'she'], ['they', 'they']]);
export const OBJECT_PRONOUNS = new Map<string, Pronoun>([['him', 'he'], ['her', 'she'], ['them', 'they']]);
export const WORKER = new Set(['i', 'me', 'we', 'us', 'myself']);
export const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);
/** Words that start a mention whatever the lexicons: pronouns, "you", "child" ("Child A") and titles. */
const MENTION_WORDS = new Set([...SUBJECT_PRONOUNS.keys(), ...OBJECT_PRONOUNS.keys(), ...WORKER, 'you', 'your', 'yourself', 'child', ...TITLES, ...[...TITLES].map((t) => `${t}.`)]);

export const FEMININE = new Set(['she', 'her', 'hers', 'herself']);
export const GENDERED = new Set([...FEMININE, 'he', 'him', 'his', 'himself']);

/**
 * The words (norms) that start a phrase of a list whose phrases are mentions (referents, roles, agencies), and the
 * pronouns, titles and other words that start one whatever the lexicons (`starters` gives the lists a norm starts).
 * Made once per set of lexicons, with the rest of the per-word table (`wordEntries` in units.ts).
 */
export function mentionStarts(lexicons: CompiledLexicons): ReadonlySet<string> {
  const { signals } = lexicons;
  const lists = new Set([signals.childReferents, signals.childrenReferents, signals.adultFemale, signals.adultMale, signals.adultPeople, signals.agencies].map((list) => list.id));
  const words = new Set(MENTION_WORDS);
  for (const [word, heads] of lexicons.starters) if (heads.some((head) => lists.has(head.list))) words.add(word);
  return words;
}
