import type { Sentence, Token } from '@carelint/text';

/** Every token of a document in order, so any span (a bullet, a table cell) can take its own. */
export class TokenIndex {
  readonly tokens: readonly Token[];

  constructor(sentences: readonly Sentence[]) {
    this.tokens = sentences.flatMap((sentence) => sentence.tokens);
  }

  /** The tokens that lie inside [start, end). */
  slice(start: number, end: number): Token[] {
    let low = 0;
    let high = this.tokens.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.tokens[mid]!.start < start) low = mid + 1;
      else high = mid;
    }
    const out: Token[] = [];
    for (let i = low; i < this.tokens.length && this.tokens[i]!.end <= end; i++) out.push(this.tokens[i]!);
    return out;
  }
}

/** Whether a token is a word (not punctuation). */
export function isWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word';
}
