import type { Analysis } from '@carelint/text';

/** An acronym the record explains, and where: uses from `from` on are explained. */
export interface Definition {
  acronym: string;
  from: number;
  /** The `(ACR)` itself, which is part of the explanation. */
  at: { start: number; end: number };
}

const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', '&', 'a', 'at', 'with', 'by']);
const ACRONYM_IN_BRACKETS = /\(([A-Z][A-Za-z&]{1,7}s?)\)/g;

/** The initials of the words before `end`, trying the last N words for every N that could spell the acronym. */
function spells(words: string[], acronym: string): boolean {
  const letters = acronym.replace(/s$/, '').toLowerCase().replace(/&/g, '');
  // Initials of the last `take` words, built from the end one word at a time: of the significant words, and of all.
  let initials = '';
  let allInitials = '';
  for (let take = 1; take <= Math.min(words.length, letters.length + 4); take++) {
    const word = words[words.length - take]!;
    const initial = word[0]!.toLowerCase();
    allInitials = initial + allInitials;
    if (!SMALL_WORDS.has(word.toLowerCase())) initials = initial + initials;
    if (initials === letters || allInitials === letters) return true;
    // Compound words: "Children In Need" -> CIN, but also "Education, Health and Care Plan" -> EHCP.
  }
  return false;
}

/**
 * Finds acronyms explained in the record: "Independent Reviewing Officer (IRO)", where the words before the
 * brackets spell the acronym or match a known expansion. The expansion map holds lower-cased expansions.
 */
export function findDefinitions(analysis: Analysis, expansions: ReadonlyMap<string, string>): Definition[] {
  const definitions: Definition[] = [];
  const { text } = analysis;
  for (const match of text.matchAll(ACRONYM_IN_BRACKETS)) {
    const acronym = match[1]!;
    const start = match.index;
    const before = text.slice(Math.max(0, start - 120), start).replace(/\s+$/, '');
    const words = before.split(/[^\p{L}\p{N}&'’-]+/u).filter((w) => w.length > 0).flatMap((w) => w.split('-')).filter((w) => w.length > 0);
    const expansion = expansions.get(acronym);
    const knownExpansion = expansion !== undefined && before.toLowerCase().replace(/\s+/g, ' ').endsWith(expansion);
    if (knownExpansion || spells(words, acronym)) {
      definitions.push({ acronym, from: start, at: { start: start + 1, end: start + 1 + acronym.length } });
    }
  }
  return definitions;
}

/** Whether the use of `acronym` at `offset` is explained (or is the explanation itself). */
export function isExplained(definitions: readonly Definition[], acronym: string, offset: number): boolean {
  const singular = acronym.replace(/s$/, '');
  const first = firstExplained(definitions);
  return (first.get(acronym) ?? Infinity) <= offset || (first.get(singular) ?? Infinity) <= offset;
}

const firstByList = new WeakMap<readonly Definition[], Map<string, number>>();

/** Where each acronym is first explained, worked out once per list (a record may ask for every word of it). */
function firstExplained(definitions: readonly Definition[]): Map<string, number> {
  let first = firstByList.get(definitions);
  if (!first) {
    first = new Map();
    for (const d of definitions) first.set(d.acronym, Math.min(first.get(d.acronym) ?? Infinity, d.from));
    firstByList.set(definitions, first);
  }
  return first;
}
