/**
 * Runs a costly pattern over a text only where it may match. Unicode patterns that start with a name
 * (`\p{Lu}\p{Ll}+`) are slow to try at every offset of a long record, and most records hold only a few places where
 * one can match: before a bracket, before a role word, before a speech verb. A pattern is tried with the sticky
 * flag at each such offset, in order, skipping offsets inside the last match, which gives the same matches as
 * `text.matchAll` over the whole text as long as the offsets include every place where a match can start (and the
 * pattern never matches the empty string).
 */
import { sortNumbers } from '@carelint/text';

/** A pattern over a text, and where its matches can start (given what `C` tells about the text). */
export interface Anchored<C = undefined> {
  /** The pattern it stands for, with the global flag. */
  readonly pattern: RegExp;
  /** The matches, as `text.matchAll(pattern)` would give them. */
  all(text: string, context?: C): RegExpExecArray[];
}

/** Where something every match holds stands in a text (in any order). */
export type Anchor<C = undefined> = (text: string, context?: C) => readonly number[];

/** Adds to `out` the offsets where a match may start, given the offset of one anchor. */
export type Starts = (text: string, anchor: number, out: number[]) => void;

/**
 * A pattern (source and flags without `g`) tried at the offsets `starts` gives for each anchor: offsets found by
 * `anchor`, or where a cheap global pattern (without the `u` flag) matches.
 */
export function anchored<C = undefined>(source: string, flags: string, anchor: Anchor<C> | RegExp, starts: Starts): Anchored<C> {
  const sticky = new RegExp(source, `${flags}y`);
  const find: Anchor<C> = anchor instanceof RegExp ? (text) => anchorsIn(anchor, text) : anchor;
  // Made when first asked for (only the tests ask): making a large Unicode pattern costs start-up time.
  let global: RegExp | undefined;
  return {
    get pattern() {
      return (global ??= new RegExp(source, `${flags}g`));
    },
    all(text, context) {
      const offsets: number[] = [];
      for (const at of find(text, context)) starts(text, at, offsets);
      return matchesAt(sticky, text, offsets);
    },
  };
}

/**
 * An anchor at each occurrence of the strings `needles` that `fits` accepts, given as the offset of the occurrence
 * plus `shift` (a cheaper search than a regular expression for a fixed string).
 */
export function literal(needles: readonly string[], fits: (text: string, at: number) => boolean = () => true, shift = 0): Anchor {
  return (text) => {
    const found: number[] = [];
    for (const needle of needles) {
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) if (fits(text, at)) found.push(at + shift);
    }
    return found;
  };
}

/**
 * Whether the part of a pattern that starts with its anchor (`tail`: what follows the names, such as "(7)" after
 * "Amira") matches at an anchor's offset. Most anchors (a bracket, "'s", " is ") stand in a text without the rest of
 * the pattern after them; checking that rest there, with no name to read first, rules them out before their start
 * offsets are gathered and the whole pattern is tried at each. A match always holds its tail at its anchor, so the
 * matches found are the same.
 */
export function followedBy(tail: string, flags: string): (text: string, at: number) => boolean {
  const sticky = new RegExp(tail, `${flags}y`);
  return (text, at) => {
    sticky.lastIndex = at;
    return sticky.test(text);
  };
}

/** Offsets where a global pattern matches, overlapping matches included (so no anchor hides another). */
export function anchorsIn(pattern: RegExp, text: string): number[] {
  const found: number[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match.index);
    pattern.lastIndex = match.index + 1;
  }
  return found;
}

/** Matches of a sticky pattern tried at `offsets` (any order, repeats allowed), left to right, not overlapping. */
function matchesAt(sticky: RegExp, text: string, offsets: number[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  if (offsets.length === 0) return found;
  const sorted = sortNumbers(offsets);
  let from = 0;
  let previous = -1;
  for (let k = 0; k < sorted.length; k++) {
    const offset = sorted[k]!;
    // The same offset found from several anchors is tried once.
    if (offset < from || offset === previous) continue;
    previous = offset;
    sticky.lastIndex = offset;
    const match = sticky.exec(text);
    if (match) {
      found.push(match);
      from = sticky.lastIndex;
    }
  }
  return found;
}

/** The anchor offset itself: the pattern starts with the anchored words. */
export const atAnchor: Starts = (_text, anchor, out) => {
  out.push(anchor);
};

/** A span of the text: [start, end). */
export interface Run {
  start: number;
  end: number;
}

/** The run of non-space characters that ends where the spaces just before `end` begin, if any. */
export function runBefore(text: string, end: number): Run | undefined {
  let k = end;
  while (k > 0 && isSpace(text.charCodeAt(k - 1))) k -= 1;
  const last = k;
  const reach = Math.max(0, last - LONGEST_RUN);
  while (k > reach && !isSpace(text.charCodeAt(k - 1))) k -= 1;
  return k < last ? { start: k, end: last } : undefined;
}

/**
 * How far a run is read back from its end: further than any name, role or adverb the patterns look for. A longer
 * run is cut to its last LONGEST_RUN characters (the rest reads as the run before it), so an anchor costs a bounded
 * look even in a text with no spaces, and the offsets found still include every place a match can start.
 */
export const LONGEST_RUN = 64;

/** Adds the offsets in a run that may start a `\p{Lu}`: an ASCII capital, or a code unit from U+00C0 that is not the second half of a surrogate pair. */
export function capitalsIn(text: string, run: Run, out: number[]): void {
  for (let k = run.start; k < run.end; k++) {
    const code = text.charCodeAt(k);
    if ((code >= 65 && code <= 90) || (code >= 0xc0 && !(code >= 0xdc00 && code <= 0xdfff))) out.push(k);
  }
}

/** Offsets that may start a name in the `count` runs just before `end`: for names separated by `\s` from what follows. */
export function namesBefore(count: number): Starts {
  return (text, end, out) => {
    let k = end;
    for (let n = 0; n < count; n++) {
      const run = runBefore(text, k);
      if (!run) return;
      capitalsIn(text, run, out);
      k = run.start;
    }
  };
}

/** `\w`: an ASCII letter or digit, or `_` (NaN, past the end of a text, is not). */
export function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** Whether a code unit is `\s` in a regular expression (white space or a line terminator). */
export function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
