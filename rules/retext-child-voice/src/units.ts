import type { Analysis, Section, Token } from '@carelint/text';
import type { CompiledLexicons, Head } from './lexicons.js';

/** A word or mark of a unit: an apostrophe-s is dropped from `value` and `norm` ("Amira's" -> "Amira"). */
export interface Word extends Token {
  /** The word had an apostrophe-s that makes it possessive ("Amira's room"), not a contraction ("she's"). */
  possessive: boolean;
  /** The word is inside quoted speech. */
  quoted: boolean;
  /** Where the word ends without its apostrophe-s (for findings that should not cover it). */
  coreEnd: number;
  /** The word lists with a phrase that starts with this word. */
  heads: readonly Head[];
}

/** A sentence, or the part of one inside one section: the span the rule reads as a clause group. */
export interface Unit {
  index: number;
  paragraph: number;
  section: Section | undefined;
  start: number;
  end: number;
  words: Word[];
  /** By word list (`Signals.id`), the indexes of the words that start one of its phrases (absent: none). */
  starts: Array<number[] | undefined>;
}

/** Hosts of "'s" that make a contraction (is / has / us), never a possessive. */
const NONE: readonly Head[] = [];
const CONTRACTION_HOSTS = new Set(['it', 'he', 'she', 'that', 'there', 'here', 'what', 'who', 'where', 'let', 'how', 'when', 'everything', 'nothing', 'something']);

/**
 * Splits the document's sentences into units: heading words are dropped (a heading is template text, and
 * plain-text headings often run into the first sentence under them) and a sentence is cut where a section starts.
 */
export function unitsOf(analysis: Analysis, lexicons: CompiledLexicons): Unit[] {
  const headings = analysis.sections.flatMap((section) => (section.heading ? [section.heading] : [])).sort((a, b) => a.start - b.start);
  const sections = analysis.sections;
  const anyQuotes = analysis.quotes.length > 0;
  const { starters, listCount } = lexicons;
  const units: Unit[] = [];
  let h = 0;
  let s = 0;
  for (const sentence of analysis.sentences) {
    let current: Unit | undefined;
    const { tokens } = sentence;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      const start = token.start;
      while (h < headings.length && headings[h]!.end <= start) h += 1;
      const heading = headings[h];
      if (heading && start >= heading.start && token.end <= heading.end) {
        current = undefined;
        continue;
      }
      while (s + 1 < sections.length && start >= sectionStart(sections[s + 1]!)) s += 1;
      const section = sections[s];
      if (!current || current.section !== section) {
        // `starts` has a slot for every list up front: a store far past an array's end takes V8's slow path.
        current = { index: units.length, paragraph: sentence.paragraph, section, start, end: token.end, words: [], starts: new Array<number[] | undefined>(listCount) };
        units.push(current);
      }
      const word = wordOf(token, anyQuotes && analysis.isQuoted(start, token.end), starters);
      const heads = word.heads;
      if (heads.length > 0) indexStarts(current, heads);
      current.words.push(word);
      current.end = token.end;
    }
  }
  return units;
}

/** Notes the lists whose phrases start with the unit's next word. */
function indexStarts(unit: Unit, heads: readonly Head[]): void {
  const at = unit.words.length;
  for (let k = 0; k < heads.length; k++) {
    const list = heads[k]!.list;
    const found = unit.starts[list];
    if (found) found.push(at);
    else unit.starts[list] = [at];
  }
}

/** Where a section begins, its heading included (as `Analysis.sectionAt` counts it). */
function sectionStart(section: Section): number {
  return section.heading?.start ?? section.start;
}

function wordOf(token: Token, quoted: boolean, starters: ReadonlyMap<string, readonly Head[]>): Word {
  const { kind, start, end, norm } = token;
  // A word ending in "'s" or "s'" has a norm ending in "s" or "'": most words are ruled out without reading `value`.
  const last = norm.charCodeAt(norm.length - 1);
  const cut = kind === 'word' && (last === 115 || last === 39) ? possessiveCut(token.value) : 0;
  if (cut === 0) {
    const heads = kind === 'word' ? (starters.get(norm) ?? NONE) : NONE;
    return { kind, value: token.value, norm, start, end, possessive: false, quoted, coreEnd: end, heads };
  }
  const value = token.value.slice(0, token.value.length - cut);
  const cutNorm = value.toLowerCase();
  const heads = starters.get(cutNorm) ?? NONE;
  return { kind, value, norm: cutNorm, start, end, possessive: !CONTRACTION_HOSTS.has(cutNorm), quoted, coreEnd: start + value.length, heads };
}

/** How many characters of apostrophe-s end a word: 2 for "Amira's", 1 for "parents'", 0 for none. */
function possessiveCut(value: string): number {
  const n = value.length;
  if (n < 3) return 0;
  const last = value.charCodeAt(n - 1);
  const before = value.charCodeAt(n - 2);
  const apostrophe = (c: number) => c === 39 || c === 0x2019;
  if ((last === 115 || last === 83) && apostrophe(before)) return 2;
  if (apostrophe(last) && (before === 115 || before === 83)) return 1;
  return 0;
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
