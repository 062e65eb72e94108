import type { Analysis } from '@carelint/text';

/** An acronym the record explains, and where: uses from `from` on are explained. */
export interface Definition {
  acronym: string;
  from: number;
  /** The `(ACR)` itself, which is part of the explanation. */
  at: { start: number; end: number };
  /** The words of a key's entry that explain it ("maternal grandmother" in "MGM = maternal grandmother"). */
  meaning?: { start: number; end: number };
}

/** Words an acronym may leave out when it spells a name: "Child in Need" is CIN. */
export const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', '&', 'a', 'at', 'with', 'by']);
const ACRONYM_IN_BRACKETS = /\(([A-Z][A-Za-z&]{1,7}s?)\)/g;
export const TWO_CAPITALS = /^[A-Z][^A-Z]*[A-Z]/;

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

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/**
 * The words of a stretch of text: runs of letters, digits, "&" and apostrophes; hyphens part words ("Children-In-Need").
 * What `split(/[^\p{L}\p{N}&'’-]+/u)`, then splitting at hyphens and dropping empty parts, gives, by a walk over the
 * characters: that regular expression cost some 20 µs on each 120 characters before a bracket, more than the rest of
 * the rule's reading of a record's acronyms.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    if (inWord(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
    i += code > 0xffff ? 2 : 1;
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}

/** Whether a character belongs to a word for wordsOf (a hyphen does not). */
function inWord(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 38 || code === 39;
  return code === 0x2019 || LETTER_OR_NUMBER.test(String.fromCodePoint(code));
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
    // A name in brackets is not an acronym: "the foster carer (Bev)" explains nothing, and "foster carer" stays the
    // writer's own wording. An acronym has two capitals at least ("CiN", "EHCP").
    if (!TWO_CAPITALS.test(acronym)) continue;
    const start = match.index;
    const before = textBefore(text, start);
    if (namedBefore(before, acronym, expansions) || glossed(before)) {
      definitions.push({ acronym, from: start, at: { start: start + 1, end: start + 1 + acronym.length } });
    }
  }
  // A legal definition: 'Castlebridge Borough Council (the Local Authority, "the LA")'.
  for (const match of text.matchAll(DEFINED_TERM)) {
    const at = match.index + match[0].length - match[1]!.length - 2;
    definitions.push({ acronym: match[1]!, from: match.index, at: { start: at, end: at + match[1]!.length } });
  }
  // "Independent Reviewing Officer, or IRO for short", "a personal education plan, known as a PEP": the meaning,
  // then the acronym named as its short form. Only words that spell it or its known expansion explain it here: "the
  // review or IRO meeting" does not.
  for (const match of text.matchAll(SHORT_FORM)) {
    const acronym = match[1]!;
    if (namedBefore(textBefore(text, match.index), acronym, expansions)) {
      const at = match.index + match[0].length - acronym.length;
      definitions.push({ acronym, from: match.index, at: { start: at, end: at + acronym.length } });
    }
  }
  // "PECS (picture exchange)", "IRO (Independent Reviewing Officer)": the acronym, then what it means in brackets.
  for (const match of text.matchAll(EXPANSION_AFTER)) {
    const acronym = match[1]!;
    const inside = match[2]!;
    const words = wordsOf(inside);
    const known = expansions.get(acronym);
    // Two capitals before a role are a person's initials ("PW (foster carer)"): only a longer acronym takes a gloss.
    if ((GLOSS.test(inside) && !NOTE.test(inside) && acronym.replace(/s$/, '').length >= 3) || spells(words, acronym) || (known !== undefined && inside.toLowerCase().replace(/\s+/g, ' ').trim() === known)) {
      definitions.push({ acronym, from: match.index, at: { start: match.index, end: match.index + acronym.length } });
    }
  }
  return definitions;
}

/** The text before an acronym that may hold its meaning: up to 120 characters, without the blanks at its end. */
function textBefore(text: string, end: number): string {
  return text.slice(Math.max(0, end - 120), end).replace(/\s+$/, '');
}

/** Whether the words before an acronym spell it or end with its known expansion ("Independent Reviewing Officer"). */
function namedBefore(before: string, acronym: string, expansions: ReadonlyMap<string, string>): boolean {
  const expansion = expansions.get(acronym);
  return (expansion !== undefined && before.toLowerCase().replace(/\s+/g, ' ').endsWith(expansion)) || spells(wordsOf(before), acronym);
}

/** The words that name an acronym as the short form of what comes before: ", or IRO", " known as a PEP", ", called the MASH". */
const SHORT_FORM = /,? (?:or|known as|called|shortened to) (?:the |an? )?([A-Z][A-Z&]{1,6}s?)\b/g;

/** A term defined in brackets, in quotation marks: `(the Local Authority, "the LA")`, `(“PLO”)`. */
const DEFINED_TERM = /\([^()\n]{0,80}?["“‘'](?:the )?([A-Z][A-Za-z&]{1,6}s?)["”’']\)/g;

/** An acronym followed by words in brackets: its meaning when they spell it, match its expansion, or are a gloss. */
const EXPANSION_AFTER = /\b([A-Z][A-Z&]{1,6}s?) \(([^()\n]{3,80})\)/g;
/** Lower-case words in brackets: the writer's own gloss ("PECS (picture exchange)"). */
const GLOSS = /^[a-z][a-z'’-]*(?: [a-z'’-]+)+$/;
/**
 * Words in brackets that note where things stand, not what the letters mean: "CAMHS (report received)", "IRO (by
 * phone)", "SALT (not present)", "PEP (letter sent)".
 */
const NOTE = /^(?:by|via|on|at|from|for|in|not|no|to)\b|\b(?:received|sent|given|attached|enclosed|requested|awaited|pending|present|absent|apologies|attended)$/;

/**
 * Whether the words before "(ACR)" are the writer's own plain description of it: two or more words ending the clause, the last in lower
 * case, "the exploitation panel (MACE)". Words that do not spell the acronym still explain it.
 */
function glossed(before: string): boolean {
  const clause = before.split(/[,;:.!?()\n]/).pop() ?? '';
  const words = clause.trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2) return false;
  return /^[a-z][a-z'’-]*$/.test(words[words.length - 1]!) && /^[A-Za-z][a-z'’-]*$/.test(words[words.length - 2]!);
}

/**
 * The initials of people the record names: "Rachel Kirby" gives RK, "Sian Bevan" SB, "Mary Jane Hale" MJH. A
 * three-letter capital word that matches is a person in a log or minutes, not an acronym.
 */
export function looksLikeInitials(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(FULL_NAME)) {
    const parts = match[0].split(/[\s]+/);
    found.add(parts.map((p) => p[0]).join(''));
    if (parts.length === 3) found.add(parts[0]![0]! + parts[2]![0]!);
  }
  return found;
}

const FULL_NAME = /\b[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}\b/g;

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
