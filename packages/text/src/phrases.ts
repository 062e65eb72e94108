import { keepShape } from './shapes.js';
import { phraseWords, straightApostrophes, type Token } from './tokens.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  payloads: T[];
}

/** A phrase found in a sentence: tokens [first, last] inclusive. */
export interface PhraseMatch<T> {
  first: number;
  last: number;
  payloads: T[];
}

/**
 * A word trie of phrases. Case-insensitive phrases are matched on normalised words; case-sensitive ones
 * (acronyms) on the words as written. Matching walks word tokens only; punctuation ends a phrase.
 */
export class PhraseMatcher<T> {
  readonly #folded: Node<T> = { next: new Map(), payloads: [] };
  readonly #exact: Node<T> = { next: new Map(), payloads: [] };
  /** The first word of every phrase, normalised (a case-sensitive phrase's first token has this `norm` too). */
  readonly #starts = new Set<string>();
  /**
   * Which shapes (length and first two letters, see shapeOf) the first words have. Hashing a word that was just
   * read from a fresh document costs more than this array lookup, and most words fail here. Made only for a
   * list of some size: a matcher built per record for a few names would pay 32 KB for it.
   */
  #shapes: Uint8Array | undefined = undefined;

  /** Adds a phrase (spaces and hyphens separate words) carrying a payload. */
  add(phrase: string, payload: T, caseSensitive = false): void {
    const words = phraseWords(phrase, caseSensitive);
    if (words.length === 0) return;
    const start = caseSensitive ? phraseWords(phrase)[0]! : words[0]!;
    this.#starts.add(start);
    if (this.#shapes) this.#shapes[shapeOf(start)] = 1;
    else if (this.#starts.size >= SHAPES_FROM) {
      this.#shapes = new Uint8Array(SHAPES);
      for (const word of this.#starts) this.#shapes[shapeOf(word)] = 1;
    }
    let node = caseSensitive ? this.#exact : this.#folded;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), payloads: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    if (!node.payloads.includes(payload)) node.payloads.push(payload);
  }

  /** Every longest match starting at each word, left to right, not overlapping. */
  matchAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const match = this.matchAt(tokens, i);
      if (match) {
        matches.push(match);
        i = match.last + 1;
      } else {
        i += 1;
      }
    }
    return matches;
  }

  /** The longest match starting at token `first`, if any (case-sensitive and folded tries both tried). */
  matchAt(tokens: readonly Token[], first: number): PhraseMatch<T> | undefined {
    // Most words start no phrase: an array and a Set lookup rule them out before either trie is walked.
    const token = tokens[first];
    if (!token || token.kind !== 'word' || (this.#shapes !== undefined && this.#shapes[shapeOf(token.norm)] === 0) || !this.#starts.has(token.norm)) return undefined;
    const folded = this.#walk(this.#folded, tokens, first, false);
    const exact = this.#walk(this.#exact, tokens, first, true);
    if (folded && exact) return exact.last >= folded.last ? exact : folded;
    return folded ?? exact;
  }

  #walk(root: Node<T>, tokens: readonly Token[], first: number, exact: boolean): PhraseMatch<T> | undefined {
    if (root.next.size === 0) return undefined;
    let node: Node<T> | undefined = root;
    let best: PhraseMatch<T> | undefined;
    for (let i = first; i < tokens.length && node; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word') break;
      node = node.next.get(exact ? straightApostrophes(token.value) : token.norm);
      if (node && node.payloads.length > 0) best = { first, last: i, payloads: node.payloads };
    }
    return best;
  }
}

const SHAPES = 1 << 15;
/** How many first words a list needs before the shape table pays for itself. */
const SHAPES_FROM = 64;

/** A word's length (up to 31) and the low five bits of its first two characters, as one number: same word, same shape. */
function shapeOf(word: string): number {
  return (Math.min(word.length, 31) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(1) & 31);
}

// Rules build matchers per record (child-voice's names): one made from no list keeps their shape (see keepShape).
keepShape(new PhraseMatcher<never>());
