/**
 * Parses a long text in pieces and joins the trees. parse-latin (under retext-english) reads a whole document as one
 * paragraph before it splits it, and several of its steps splice or concatenate arrays per merge: a document of
 * thousands of blank-line-separated lines, or one "sentence" of thousands of full stops ("a. a. a."), takes time
 * that grows with the square of its length. Pieces are cut where the whole-document parse would end a paragraph (at
 * blank lines) or, inside an over-long paragraph, a sentence (a full stop, a space and a capitalised word), so the
 * joined tree is the one the whole text gives; only a run of more than HARD_LIMIT characters with no such place is
 * cut at a space (or anywhere), which no real record has.
 */
import type { Root, RootContent } from 'nlcst';
import { location } from 'vfile-location';
import type { Point } from './parser.js';

/** Pieces are gathered up to this many characters before a cut at a blank line. */
const PIECE = 2_000;
/** A paragraph longer than this is cut at sentence ends; a stretch with none is cut anyway. */
const HARD_LIMIT = 2_000;

/** Parses a text that starts at `origin` in the whole text (its start when none is given): positions are the whole text's. */
type Parse = (text: string, origin?: Point) => Root;

/**
 * A cut: [start, end) white space between two pieces. At a blank line (`paragraph`) it stays between paragraphs; at a
 * sentence end or, failing one, a forced place, the two halves of the paragraph are joined again.
 */
export interface Cut {
  start: number;
  end: number;
  kind: 'paragraph' | 'sentence' | 'forced';
}

/** The text's tree, parsed in pieces when it is long (the same tree, with the same positions). */
export function parseInPieces(text: string, parse: Parse, piece = PIECE, hardLimit = HARD_LIMIT): Root {
  if (text.length <= Math.min(piece, hardLimit)) return parse(text);
  const cuts = cutPoints(text, piece, hardLimit);
  if (cuts.length === 0) return parse(text);
  const locate = location(text);
  const children: RootContent[] = [];
  let from = 0;
  let joinNext: WhiteSpace | undefined;
  for (const cut of [...cuts, { start: text.length, end: text.length, kind: 'paragraph' as const }]) {
    const nodes = parse(text.slice(from, cut.start), pointAt(locate, from)).children;
    if (joinNext) {
      // The cut fell inside a paragraph: its two halves become one paragraph again, the space between them inside it.
      const last = children[children.length - 1];
      const first = nodes[0];
      if (last?.type === 'ParagraphNode' && first?.type === 'ParagraphNode') {
        last.children.push(joinNext, ...first.children);
        if (last.position && first.position) last.position.end = first.position.end;
        nodes.shift();
      } else if (joinNext.value) children.push(joinNext);
    }
    children.push(...nodes);
    joinNext = undefined;
    const space: WhiteSpace = { type: 'WhiteSpaceNode', value: text.slice(cut.start, cut.end), position: { start: pointAt(locate, cut.start), end: pointAt(locate, cut.end) } };
    if (cut.kind !== 'paragraph') joinNext = space;
    else if (cut.end > cut.start) children.push(space);
    from = cut.end;
  }
  return { type: 'RootNode', children, position: { start: pointAt(locate, 0), end: pointAt(locate, text.length) } };
}

type WhiteSpace = Extract<RootContent, { type: 'WhiteSpaceNode' }>;

/** Where to cut, in order: at blank lines once a piece is long enough, and inside paragraphs that are too long. */
export function cutPoints(text: string, piece: number, hardLimit: number): Cut[] {
  const cuts: Cut[] = [];
  let pieceStart = 0;
  let stretchStart = 0;
  // Blank lines since `stretchStart` where no cut was made (the text around them was not clean).
  let skipped: Cut[] = [];
  const splitLong = (end: number) => {
    let start = stretchStart;
    while (end - start > hardLimit) {
      const to = Math.min(end, start + hardLimit);
      const cut = sentenceCut(text, start, to) ?? blankCut(skipped, start, to) ?? spaceCut(text, start, to);
      cuts.push(cut);
      start = cut.end;
      pieceStart = start;
    }
  };
  for (let run = blankAfter(text, 0); run; run = blankAfter(text, run.end)) {
    const { start, end, plain } = run;
    // White space at the very start or end belongs to no paragraph: leave it to the parser. Elsewhere, cut only
    // between a word (or a word and its full stop) and a word: parse-latin merges a sentence of marks ("*", ")")
    // into its neighbours before it splits paragraphs, and a cut next to one would keep it apart.
    if (start === 0 || end === text.length) continue;
    if (!plain || !endsClean(text, start) || !isAlphanumeric(text.charCodeAt(end))) {
      skipped.push({ start, end, kind: 'paragraph' });
      continue;
    }
    splitLong(start);
    if (start - pieceStart >= piece) {
      cuts.push({ start, end, kind: 'paragraph' });
      pieceStart = end;
    }
    stretchStart = end;
    skipped = [];
  }
  splitLong(text.length);
  return cuts;
}

/** The last blank line in the second half of (from, to) that was passed over: better than cutting a sentence. */
function blankCut(skipped: readonly Cut[], from: number, to: number): Cut | undefined {
  for (let i = skipped.length - 1; i >= 0; i--) {
    const cut = skipped[i]!;
    if (cut.end <= to && cut.start > from + (to - from) / 2) return cut;
    if (cut.start <= from) break;
  }
  return undefined;
}

/**
 * The next run of white space from `from` on that holds two line breaks or more (a blank line), whole as the parser
 * makes one node of it. One pass: each character is looked at a bounded number of times.
 */
function blankAfter(text: string, from: number): { start: number; end: number; plain: boolean } | undefined {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    let end = i;
    let breaks = 0;
    let plain = true;
    while (end < text.length && isWhiteSpace(text.charCodeAt(end))) {
      const at = text.charCodeAt(end);
      if (at === 10 || (at === 13 && text.charCodeAt(end + 1) !== 10)) breaks += 1;
      else if (at !== 13 && at !== 32 && at !== 9) plain = false;
      end += 1;
    }
    if (breaks >= 2) {
      let start = i;
      while (start > from && isWhiteSpace(text.charCodeAt(start - 1))) {
        const at = text.charCodeAt(start - 1);
        if (at !== 32 && at !== 9 && at !== 10 && at !== 13) plain = false;
        start -= 1;
      }
      // Only spaces, tabs and line breaks make a paragraph break for parse-latin (its `newLine`).
      return { start, end, plain };
    }
    i = end - 1;
  }
  return undefined;
}

/** parse-latin's white space: tab to carriage return, space, U+0085, no-break spaces and the Unicode spaces. */
function isWhiteSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

/**
 * The last place in the second half of [from, to) where a sentence surely ends: ".", "!" or "?" after six small
 * letters (longer than any abbreviation parse-english keeps in a sentence, such as "thurs."), one space, then a
 * capital and a small letter.
 */
function sentenceCut(text: string, from: number, to: number): Cut | undefined {
  for (let k = to - 1; k > from + (to - from) / 2 && k > 6; k--) {
    if (text.charCodeAt(k) !== 32) continue;
    const mark = text.charCodeAt(k - 1);
    if (mark !== 46 && mark !== 33 && mark !== 63) continue;
    let letters = 0;
    while (letters < 6 && isLower(text.charCodeAt(k - 2 - letters))) letters += 1;
    if (letters < 6 || !isUpper(text.charCodeAt(k + 1)) || !isLower(text.charCodeAt(k + 2))) continue;
    return { start: k, end: k + 1, kind: 'sentence' };
  }
  return undefined;
}

/** The last lone space in the second half of [from, to), or `to` itself (never between the halves of a surrogate pair). */
function spaceCut(text: string, from: number, to: number): Cut {
  for (let k = to - 1; k > from + (to - from) / 2; k--) {
    if (text.charCodeAt(k) === 32 && !isWhiteSpace(text.charCodeAt(k - 1)) && !isWhiteSpace(text.charCodeAt(k + 1))) return { start: k, end: k + 1, kind: 'forced' };
  }
  const high = text.charCodeAt(to - 1);
  const at = high >= 0xd800 && high <= 0xdbff ? to - 1 : to;
  return { start: at, end: at, kind: 'forced' };
}

/** Whether the text before `at` ends in a letter or digit, or in one and a full stop, "!" or "?". */
function endsClean(text: string, at: number): boolean {
  const last = text.charCodeAt(at - 1);
  if (isAlphanumeric(last)) return true;
  return (last === 46 || last === 33 || last === 63) && isAlphanumeric(text.charCodeAt(at - 2));
}

function isAlphanumeric(code: number): boolean {
  return isLower(code) || isUpper(code) || (code >= 48 && code <= 57);
}

function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function pointAt(locate: ReturnType<typeof location>, offset: number): Point {
  const point = locate.toPoint(offset);
  return { line: point?.line ?? 1, column: point?.column ?? 1, offset };
}

