import type { Analysis, Section, Token } from '@carelint/text';
import type { CompiledLexicons, Head } from './lexicons.js';
import { GENDERED, mentionStarts } from './mention-words.js';

/**
 * A word or mark of a unit: the analysis's own token, shared with the other rules, or for a word with an
 * apostrophe-s a copy with it dropped from `value` and `norm` ("Amira's" -> "Amira"). What the rule adds about each
 * word is kept beside it (`Unit.flags`), not in a copy of every token: a record of thousands of words made as many
 * objects that lived as long as the record, which the garbage collector copied and promoted.
 */
export type Word = Token;

/** `Unit.flags` bits. */
/** The word is inside quoted speech. */
const QUOTED = 1;
/** The word had an apostrophe-s that makes it possessive ("Amira's room"), not a contraction ("she's"). */
const POSSESSIVE = 2;
/** An apostrophe-s was dropped: the word ends, without it, before the token's `end`. */
const CUT = 4;
/** The word starts a phrase of one of the word lists. */
const LISTED = 8;
/** The word may start a mention of a person other than by name (see mention-words.ts). */
const MENTION = 16;
/** The word is a gendered pronoun ("she", "his"). */
const GENDERED_WORD = 32;

/** A sentence, or the part of one inside one section: the span the rule reads as a clause group. */
export interface Unit {
  index: number;
  paragraph: number;
  section: Section | undefined;
  start: number;
  end: number;
  words: Word[];
  /** What the rule knows of each word of the document, as bits; word `k` of the unit is at `base + k`. */
  flags: Uint8Array;
  /** By word of the document (as `flags`), the lists with a phrase that starts with it and their tries after it. */
  heads: Array<readonly Head[] | undefined>;
  base: number;
  /** A word of the unit is inside quoted speech. */
  anyQuoted: boolean;
  /**
   * For each word list (`Signals.id`) with a phrase that starts in the unit: its id, how many words start one, and
   * their indexes, in order; the lists one after another in one array. Only the lists found are kept, in one array
   * per unit: a slot for every list, or an array for each list found, made each unit carry several arrays.
   */
  starts: number[];
  /** The lists in `starts` as bits (list `k` is bit `k` of `listsLow` below 30, bit `k - 30` of `listsHigh` below 60). */
  listsLow: number;
  listsHigh: number;
}

const NO_STARTS: number[] = [];

/** Whether a unit's `starts` holds word list `list`: a bit for most lists, a look through `starts` for the others. */
export function startsList(unit: Unit, list: number): boolean {
  if (list < 30) return (unit.listsLow & (1 << list)) !== 0;
  if (list < 60) return (unit.listsHigh & (1 << (list - 30))) !== 0;
  for (let k = 0; k < unit.starts.length; k += 2 + unit.starts[k + 1]!) if (unit.starts[k] === list) return true;
  return false;
}

/** Whether word `k` of a unit has flag `bit`; false for an index outside the unit. */
function flagAt(unit: Unit, k: number, bit: number): boolean {
  return k >= 0 && k < unit.words.length && (unit.flags[unit.base + k]! & bit) !== 0;
}

/** Whether word `k` of a unit is inside quoted speech (false past its ends). */
export function quotedAt(unit: Unit, k: number): boolean {
  return flagAt(unit, k, QUOTED);
}

/** Whether word `k` of a unit is possessive ("Amira's room"; false past its ends). */
export function possessiveAt(unit: Unit, k: number): boolean {
  return flagAt(unit, k, POSSESSIVE);
}

/** Whether word `k` of a unit starts a phrase of one of the word lists. */
export function listedAt(unit: Unit, k: number): boolean {
  return flagAt(unit, k, LISTED);
}

/** Whether word `k` of a unit may start a mention of a person other than by name: a role, a referent, a title, a pronoun. */
export function startsMention(unit: Unit, k: number): boolean {
  return flagAt(unit, k, MENTION);
}

/** Whether word `k` of a unit is a gendered pronoun ("she", "him", "his", "herself"). */
export function genderedAt(unit: Unit, k: number): boolean {
  return flagAt(unit, k, GENDERED_WORD);
}

/** Where word `k` of a unit ends without its apostrophe-s (for findings that should not cover it). */
export function coreEndAt(unit: Unit, k: number): number {
  const word = unit.words[k]!;
  return (unit.flags[unit.base + k]! & CUT) !== 0 ? word.start + word.value.length : word.end;
}

/** Hosts of "'s" that make a contraction (is / has / us), never a possessive. */
const CONTRACTION_HOSTS = new Set(['it', 'he', 'she', 'that', 'there', 'here', 'what', 'who', 'where', 'let', 'how', 'when', 'everything', 'nothing', 'something']);

/**
 * Splits the document's sentences into units: heading words are dropped (a heading is template text, and
 * plain-text headings often run into the first sentence under them) and a sentence is cut where a section starts.
 */
export function unitsOf(analysis: Analysis, lexicons: CompiledLexicons): Unit[] {
  const headings = analysis.sections.flatMap((section) => (section.heading ? [section.heading] : [])).sort((a, b) => a.start - b.start);
  const sections = analysis.sections;
  const { quotes } = analysis;
  const { listCount } = lexicons;
  const entries = wordEntries(lexicons);
  let count = 0;
  for (const sentence of analysis.sentences) count += sentence.tokens.length;
  // One table for every token of the document (heading words keep their slot unused): word `k` of a unit is at `base + k`.
  const flags = new Uint8Array(count);
  // Left with holes (read as none) rather than filled: most words start no phrase.
  const headsTable = new Array<readonly Head[] | undefined>(count);
  const starts = startsFor(listCount);
  const units: Unit[] = [];
  let h = 0;
  let s = 0;
  let q = 0;
  let g = 0;
  const cuts = CUTS;
  for (const sentence of analysis.sentences) {
    let current: Unit | undefined;
    // The unit's words are the sentence's tokens from `from` up to the token being read.
    let from = 0;
    const { tokens } = sentence;
    for (let t = 0; t < tokens.length; t++, g++) {
      const token = tokens[t]!;
      const start = token.start;
      while (h < headings.length && headings[h]!.end <= start) h += 1;
      const heading = headings[h];
      if (heading && start >= heading.start && token.end <= heading.end) {
        if (current) settleUnit(starts, cuts, current, tokens, from, t);
        current = undefined;
        continue;
      }
      while (s + 1 < sections.length && start >= sectionStart(sections[s + 1]!)) s += 1;
      const section = sections[s];
      if (!current || current.section !== section) {
        if (current) settleUnit(starts, cuts, current, tokens, from, t);
        current = { index: units.length, paragraph: sentence.paragraph, section, start, end: token.end, words: NO_WORDS, flags, heads: headsTable, base: g, anyQuoted: false, starts: NO_STARTS, listsLow: 0, listsHigh: 0 };
        units.push(current);
        from = t;
      }
      let word = token;
      let bits = 0;
      // What `analysis.isQuoted` answers, without a binary search per token: the quotations are in order and never
      // overlap (the analysis merges them), and the tokens come in order, so the only one that can hold a token is the
      // first that ends after the token starts.
      while (q < quotes.length && quotes[q]!.end <= start) q += 1;
      const quote = quotes[q];
      if (quote !== undefined && quote.start <= start && token.end <= quote.end) {
        bits = QUOTED;
        current.anyQuoted = true;
      }
      if (token.kind === 'word') {
        // A word ending in "'s" or "s'" has a norm ending in "s" or "'": most words are ruled out without reading `value`.
        const { norm } = token;
        const last = norm.charCodeAt(norm.length - 1);
        const cut = last === 115 || last === 39 ? possessiveCut(token.value) : 0;
        if (cut > 0) {
          const value = token.value.slice(0, token.value.length - cut);
          const cutNorm = value.toLowerCase();
          word = { kind: token.kind, value, norm: cutNorm, start, end: token.end };
          cuts.at[cuts.count] = t - from;
          cuts.words[cuts.count++] = word;
          bits |= CONTRACTION_HOSTS.has(cutNorm) ? CUT : CUT | POSSESSIVE;
        }
        const entry = entries.get(word.norm);
        if (entry !== undefined) {
          bits |= entry.bits;
          const heads = entry.heads;
          if (heads !== undefined) {
            headsTable[g] = heads;
            noteStarts(starts, heads, t - from);
          }
        }
      }
      flags[g] = bits;
      current.end = token.end;
    }
    if (current) settleUnit(starts, cuts, current, tokens, from, tokens.length);
  }
  return units;
}

/** A unit's words until it ends. */
const NO_WORDS: Word[] = [];

/**
 * The words of the unit being read that lost an apostrophe-s (`count` of them: their index in the unit and the
 * copy), reused from unit to unit and emptied after each, as `Starts` is.
 */
interface Cuts {
  at: number[];
  words: Word[];
  count: number;
}

const CUTS: Cuts = { at: [], words: [], count: 0 };

/**
 * Ends a unit: its phrase starts (`settleStarts`), and its words, tokens `from` to `to` of its sentence with the
 * words that lost an apostrophe-s in their place. A unit that is a whole sentence with no such word (most are)
 * reads the sentence's own token array, which no rule changes; the others get an array of their exact length.
 * Growing each unit's array word by word left every array it outgrew as garbage.
 */
function settleUnit(starts: Starts, cuts: Cuts, unit: Unit, tokens: Word[], from: number, to: number): void {
  settleStarts(starts, unit);
  if (cuts.count === 0 && from === 0 && to === tokens.length) {
    unit.words = tokens;
    return;
  }
  const words = tokens.slice(from, to);
  for (let c = 0; c < cuts.count; c++) {
    words[cuts.at[c]!] = cuts.words[c]!;
    // The copies belong to this record: not kept past it.
    cuts.words[c] = undefined as never;
  }
  cuts.count = 0;
  unit.words = words;
}

/** What `unitsOf` learns from looking a word (its norm) up: the lists with a phrase that starts with it, and its bits. */
interface WordEntry {
  heads: readonly Head[] | undefined;
  bits: number;
}

const entriesByLexicons = new WeakMap<CompiledLexicons, Map<string, WordEntry>>();

/**
 * By norm, what a word says at once: the lists with a phrase it starts (`starters`, LISTED), whether it may start a
 * mention (MENTION) and whether it is a gendered pronoun (GENDERED_WORD). One lookup per word of the text answers
 * what `starters`, the mention scan's set and the gendered pronouns' set each answered with one of their own.
 */
function wordEntries(lexicons: CompiledLexicons): Map<string, WordEntry> {
  let entries = entriesByLexicons.get(lexicons);
  if (!entries) {
    const table = new Map<string, WordEntry>();
    const entry = (word: string) => {
      let found = table.get(word);
      if (!found) table.set(word, (found = { heads: undefined, bits: 0 }));
      return found;
    };
    for (const [word, heads] of lexicons.starters) {
      const found = entry(word);
      found.heads = heads;
      found.bits |= LISTED;
    }
    for (const word of mentionStarts(lexicons)) entry(word).bits |= MENTION;
    for (const word of GENDERED) entry(word).bits |= GENDERED_WORD;
    entries = table;
    entriesByLexicons.set(lexicons, entries);
  }
  return entries;
}

/**
 * A unit's phrase starts by list while its words are read, copied into the unit when it ends: arrays of the exact
 * length, where an array grown by `push` from one element keeps room for seventeen. The arrays here are reused from
 * unit to unit and never cut short (setting an array's length to 0 frees its storage, to be grown again), and from
 * record to record (one per number of lists: `unitsOf` runs to its end before it is called again).
 */
interface Starts {
  /** By list, the starts noted in the unit being read (the first `counts[list]` entries). */
  pending: number[][];
  counts: number[];
  /** The lists with a start in the unit being read (the first `touchedCount` entries). */
  touched: number[];
  touchedCount: number;
  /** Where `settleStarts` lays a unit's starts out before copying them. */
  found: number[];
}

const startsByCount = new Map<number, Starts>();

function startsFor(listCount: number): Starts {
  let starts = startsByCount.get(listCount);
  if (!starts) {
    starts = { pending: [], counts: [], touched: [], touchedCount: 0, found: [] };
    for (let k = 0; k < listCount; k++) {
      starts.pending.push([]);
      starts.counts.push(0);
    }
    startsByCount.set(listCount, starts);
  }
  return starts;
}

/** Notes that the word at `at` starts a phrase of each list in `heads`. */
function noteStarts(starts: Starts, heads: readonly Head[], at: number): void {
  for (let k = 0; k < heads.length; k++) {
    const list = heads[k]!.list;
    const count = starts.counts[list]!;
    if (count === 0) starts.touched[starts.touchedCount++] = list;
    starts.pending[list]![count] = at;
    starts.counts[list] = count + 1;
  }
}

/** Gives the unit the starts noted since the last unit ended. */
function settleStarts(starts: Starts, unit: Unit): void {
  const count = starts.touchedCount;
  if (count === 0) return;
  const { found } = starts;
  let length = 0;
  for (let k = 0; k < count; k++) {
    const list = starts.touched[k]!;
    const pending = starts.pending[list]!;
    const n = starts.counts[list]!;
    found[length++] = list;
    found[length++] = n;
    if (list < 30) unit.listsLow |= 1 << list;
    else if (list < 60) unit.listsHigh |= 1 << (list - 30);
    for (let j = 0; j < n; j++) found[length++] = pending[j]!;
    starts.counts[list] = 0;
  }
  unit.starts = found.slice(0, length);
  starts.touchedCount = 0;
}

/** Where a section begins, its heading included (as `Analysis.sectionAt` counts it). */
function sectionStart(section: Section): number {
  return section.heading?.start ?? section.start;
}

/** How many characters of apostrophe-s end a word: 2 for "Amira's", 1 for "parents'", 0 for none. */
function possessiveCut(value: string): number {
  const n = value.length;
  if (n < 3) return 0;
  const last = value.charCodeAt(n - 1);
  const before = value.charCodeAt(n - 2);
  if ((last === 115 || last === 83) && isApostrophe(before)) return 2;
  if (isApostrophe(last) && (before === 115 || before === 83)) return 1;
  return 0;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** The text of a unit. */
export function unitText(analysis: Analysis, unit: Unit): string {
  return analysis.text.slice(unit.start, unit.end);
}

/** Where a walk back from word `k` lands after a bracketed aside just before it ("Kai (10) told me"). */
export function beforeBrackets(words: readonly Word[], k: number): number {
  if (words[k]?.value !== ')') return k;
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) if (words[j]!.value === '(') return j - 1;
  return k;
}

/** Where a walk forward from word `k` lands after a bracketed aside ("Tyler (8) was at school"). */
export function afterBrackets(words: readonly Word[], k: number): number {
  if (words[k]?.value !== '(') return k;
  for (let j = k + 1; j < words.length && j <= k + 8; j++) if (words[j]!.value === ')') return j + 1;
  return k;
}
