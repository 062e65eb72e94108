/**
 * The text the rules read, and where each of its characters came from in the original source.
 * For plain text the two are the same; for Markdown and HTML the markup is left out and blocks are
 * separated by blank lines, so positions must be mapped back.
 */
import { firstAtLeast } from '@carelint/text';

export interface VirtualText {
  text: string;
  /** `map[i]` is the source offset of `text[i]`; `map[text.length]` is the source length. Absent: identity. */
  map?: Int32Array;
  /** `ends[i]` is the source offset just after `text[i]` (after the whole character reference it came from). Absent: `map[i] + 1`. */
  ends?: Int32Array;
  /**
   * For plain text only (no `map`): the offsets in `text` of line breaks added to the source, in order. Each stands
   * for the source line break before it; every other character is the source's, shifted by the breaks before it.
   * A 50,000-word record has some 300,000 characters, and most lines need no added break: a list of the breaks
   * spares two offset arrays as long as the text.
   */
  added?: Int32Array;
  /** Headings known from markup, as ranges of `text`, with their level (1 for `#` or `<h1>`) where the markup says it. */
  headings: Array<{ start: number; end: number; depth?: number }>;
}

/** What a markup map (see `appendAligned`) says of a source character: markup, or part of a tag that parts words. */
export const MARKUP = 1;
export const BLOCK_MARKUP = 2;

/** How far past the last aligned character the next one is looked for (markup dropped inside a text node). */
const ALIGN_REACH = 512;

const ENTITY = /^&(#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);?/i;

/** Builds a virtual text piece by piece, keeping the offset map. */
export class VirtualBuilder {
  readonly #chars: string[] = [];
  readonly #map: number[] = [];
  readonly #ends: number[] = [];
  readonly headings: Array<{ start: number; end: number; depth?: number }> = [];

  get length(): number {
    return this.#chars.length;
  }

  /**
   * Appends a text node's value that came from `source.slice(start, end)`. Characters are aligned with the
   * source greedily, so escapes, entities and stripped indentation map to the right places.
   */
  appendAligned(value: string, source: string, start: number, end: number, markup?: Uint8Array): void {
    let j = start;
    for (let i = 0; i < value.length; i++) {
      const char = value[i]!;
      // A parser may join the text on both sides of a tag it dropped ("a</p>b"): the tag's characters are never text,
      // and a block tag (BLOCK_MARKUP) parts the words on its two sides as a browser shows them.
      if (markup && markup[j]) {
        const tag = j;
        let block = false;
        for (; j < end && markup[j]; j++) if (markup[j] === BLOCK_MARKUP) block = true;
        if (block) this.appendBreak('\n\n', tag);
      }
      if (source[j] === '&' && char !== '&') {
        const entity = ENTITY.exec(source.slice(j, Math.min(end, j + 40)));
        if (entity) {
          const after = j + entity[0].length;
          this.#push(char, j, after);
          // A character above U+FFFF is two code units but one entity: keep both on the entity.
          if (char.charCodeAt(0) >= 0xd800 && char.charCodeAt(0) < 0xdc00 && i + 1 < value.length) this.#push(value[++i]!, j, after);
          j += entity[0].length;
          continue;
        }
      }
      // Parsers put U+FFFD for a NUL: it stands where the NUL does.
      if (char === '\uFFFD' && source[j] === '\0') {
        this.#push(char, j);
        j += 1;
        continue;
      }
      let k = j;
      // HTML parsers turn CR and CRLF into LF, so a LF in the value may stand for a CR or a CRLF in the source. The
      // markup a parser drops between two characters of a text node is short: the search stops after ALIGN_REACH, so
      // a character with no match in the source costs a bounded look, not a scan to the end of the node.
      const reach = Math.min(end, j + ALIGN_REACH);
      while (k < reach && ((source[k] !== char && !(char === '\n' && source[k] === '\r')) || markup?.[k])) k++;
      if (k < reach) {
        this.#push(char, k);
        j = char === '\n' && source[k] === '\r' && source[k + 1] === '\n' ? k + 2 : k + 1;
      } else {
        this.#push(char, Math.min(j, Math.max(start, end - 1)));
      }
    }
  }

  /** Appends a separator (newlines between blocks) that stands at source offset `at`. */
  appendBreak(value: string, at: number): void {
    if (this.#chars.length === 0) return;
    const tail = this.#chars.slice(-value.length).join('');
    if (tail === value) return;
    for (const char of value) this.#push(char, at);
  }

  #push(char: string, at: number, after = at + 1): void {
    this.#chars.push(char);
    this.#map.push(at);
    this.#ends.push(after);
  }

  /** The finished text and map; `sourceLength` closes the map. */
  finish(sourceLength: number): VirtualText {
    const map = new Int32Array(this.#map.length + 1);
    map.set(this.#map);
    map[this.#map.length] = sourceLength;
    return { text: this.#chars.join(''), map, ends: Int32Array.from(this.#ends), headings: this.headings };
  }
}

/** Maps a [start, end) range of the virtual text back to the source. */
export function toSource(virtual: VirtualText, start: number, end: number): { start: number; end: number } {
  const { map, added } = virtual;
  if (added) {
    // Each added break before an offset moves it one on; an added break itself stands for the source one before it.
    const at = Math.min(start, virtual.text.length);
    const below = firstAtLeast(added, at);
    const sourceStart = at - below - (added[below] === at ? 1 : 0);
    const to = Math.min(end, virtual.text.length);
    const sourceEnd = end > start ? to - firstAtLeast(added, to) : sourceStart;
    return { start: sourceStart, end: Math.max(sourceStart, sourceEnd) };
  }
  if (!map) return { start, end };
  const sourceStart = map[start] ?? map[map.length - 1]!;
  const last = end - 1;
  const sourceEnd = end > start ? (virtual.ends?.[last] ?? (map[last] ?? sourceStart) + 1) : sourceStart;
  return { start: sourceStart, end: Math.max(sourceStart, sourceEnd) };
}
