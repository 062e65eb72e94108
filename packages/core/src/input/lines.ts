import { firstAtLeast } from '@carelint/text';
import type { VirtualText } from './virtual.js';

/**
 * Records are written in lines: header blocks ("Date: …", "Present: …"), lists, one-line notes. retext
 * only ends a sentence at punctuation, so a line break inside a paragraph would glue such lines into one
 * long "sentence". A single line break becomes a paragraph break unless the next line starts in lower case
 * (a hard-wrapped sentence that goes on). The added newline maps to the source line break.
 */
export function separateLines(virtual: VirtualText): VirtualText {
  const { text } = virtual;
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (text[i - 1] === '\n' || text[i + 1] === '\n' || (text[i - 1] === '\r' && text[i - 2] === '\n')) continue;
    const next = /^[ \t]*(\S)/.exec(text.slice(i + 1, i + 40));
    if (!next || /\p{Ll}/u.test(next[1]!)) continue;
    breaks.push(i);
  }
  if (breaks.length === 0) return virtual;
  if (!virtual.map && !virtual.ends) return plainWithBreaks(virtual, breaks);
  const sourceOf = (i: number) => (virtual.map ? virtual.map[i]! : i);
  const length = text.length + breaks.length;
  const map = new Int32Array(length + 1);
  const ends = new Int32Array(length);
  const endOf = (i: number) => (virtual.ends ? virtual.ends[i]! : sourceOf(i) + 1);
  const parts: string[] = [];
  let from = 0;
  let out = 0;
  const shift: Array<[number, number]> = [];
  for (const at of breaks) {
    parts.push(text.slice(from, at + 1), '\n');
    for (let i = from; i <= at; i++) {
      ends[out] = endOf(i);
      map[out++] = sourceOf(i);
    }
    ends[out] = endOf(at);
    map[out++] = sourceOf(at);
    shift.push([at + 1, out - (at + 1)]);
    from = at + 1;
  }
  parts.push(text.slice(from));
  for (let i = from; i < text.length; i++) {
    ends[out] = endOf(i);
    map[out++] = sourceOf(i);
  }
  map[out] = virtual.map ? virtual.map[text.length]! : text.length;
  /** Where an offset of the old text lands in the new one. */
  const moved = (offset: number) => {
    let low = 0;
    let high = shift.length - 1;
    let delta = 0;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (offset >= shift[mid]![0]) {
        delta = shift[mid]![1];
        low = mid + 1;
      } else high = mid - 1;
    }
    return offset + delta;
  };
  return {
    text: parts.join(''),
    map,
    ends,
    headings: virtual.headings.map((h) => ({ ...h, start: moved(h.start), end: moved(h.end) })),
  };
}

/** Plain text with a line break added after each of `breaks`: the text and the list of added offsets. */
function plainWithBreaks(virtual: VirtualText, breaks: readonly number[]): VirtualText {
  const { text } = virtual;
  const parts: string[] = [];
  const added = new Int32Array(breaks.length);
  let from = 0;
  breaks.forEach((at, k) => {
    parts.push(text.slice(from, at + 1), '\n');
    // The source line break at `at` is now at `at + k` (k breaks were added before it); the new one follows it.
    added[k] = at + k + 1;
    from = at + 1;
  });
  parts.push(text.slice(from));
  /** Where an offset of the old text lands in the new one: after every break before it. */
  const moved = (offset: number) => offset + firstAtLeast(breaks, offset);
  return { text: parts.join(''), added, headings: virtual.headings.map((h) => ({ ...h, start: moved(h.start), end: moved(h.end) })) };
}
