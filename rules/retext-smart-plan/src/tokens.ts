import { keepShape, type Sentence, type Token } from '@carelint/text';

/** Every token of a document in order, so any span (a bullet, a table cell) can take its own. */
export class TokenIndex {
  readonly #sentences: readonly Sentence[];

  constructor(sentences: readonly Sentence[]) {
    this.#sentences = sentences;
  }

  /** The tokens that lie inside [start, end): from the first that starts at or after `start`, while they end by `end`. */
  slice(start: number, end: number): Token[] {
    const out: Token[] = [];
    // Sentences are in order and do not overlap: those ending by `start` hold no token of the span.
    for (let s = this.#firstEndingAfter(start); s < this.#sentences.length; s++) {
      for (const token of this.#sentences[s]!.tokens) {
        if (token.start < start) continue;
        if (token.end > end) return out;
        out.push(token);
      }
    }
    return out;
  }

  #firstEndingAfter(offset: number): number {
    let low = 0;
    let high = this.#sentences.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.#sentences[mid]!.end <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** Whether a token is a word (not punctuation). */
export function isWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word';
}

/** Whether a word starts with a capital letter (/^\p{Lu}/u): ASCII by its char code, the rest by the Unicode class. */
export function startsUpper(value: string): boolean {
  const code = value.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(value);
}

/** Whether a word starts with a lower-case letter (/^\p{Ll}/u): ASCII by its char code, the rest by the Unicode class. */
export function startsLower(value: string): boolean {
  const code = value.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return /^\p{Ll}/u.test(value);
}

// Built per record: one made from no sentences keeps the class's shape (see keepShape in @carelint/text).
keepShape(new TokenIndex([]));
