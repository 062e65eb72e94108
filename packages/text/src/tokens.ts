import type { Root, Sentence as SentenceNode, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';

/** A word or a punctuation mark in a sentence, with its place in the document text. */
export interface Token {
  kind: 'word' | 'punctuation';
  /** As written. */
  value: string;
  /** Lower case, curly apostrophes straightened: what word lists are matched against. */
  norm: string;
  /** 0-based offsets into the document text (end exclusive). */
  start: number;
  end: number;
}

/** A sentence of the document, its tokens, and where it sits. */
export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  tokens: Token[];
}

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;

/** A word with curly apostrophes straightened (most words have none, and then no new string is made). */
export function straightApostrophes(value: string): string {
  if (value.indexOf('\u2019') < 0 && value.indexOf('\u2018') < 0 && value.indexOf('\u02bc') < 0) return value;
  return value.replace(CURLY_APOSTROPHES, "'");
}

/** Normalises a word for matching: lower case, straight apostrophes. */
export function normalize(value: string): string {
  // Most words are already lower-case ASCII: the word itself, with no new string made. (toLowerCase copies even
  // then, and a copy must be hashed afresh by every list lookup.)
  let upper = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x80) return straightApostrophes(value.toLowerCase());
    if (code >= 65 && code <= 90) upper = true;
  }
  // ASCII with capitals ("Mum", "LAC"): lower-cased, with no curly apostrophe to look for.
  return upper ? value.toLowerCase() : value;
}

/** Splits a phrase from a word list into normalised words (spaces and hyphens separate words). */
export function phraseWords(phrase: string, caseSensitive = false): string[] {
  return phrase
    .split(/[\s\-\u2010\u2011]+/)
    .filter((part) => part.length > 0)
    .map((part) => (caseSensitive ? part.replace(/[\u2018\u2019\u02bc]/g, "'") : normalize(part)));
}

/** Tokens of one word node: hyphenated words become several word tokens so `non-compliant` = `non compliant`. */
function wordTokens(node: Word, out: Token[]): void {
  const start = node.position?.start.offset ?? 0;
  const only = node.children.length === 1 ? node.children[0]! : undefined;
  if (only?.type === 'TextNode') {
    // Most words are one text node: no hyphen to split at.
    out.push({ kind: 'word', value: only.value, norm: normalize(only.value), start, end: start + only.value.length });
    return;
  }
  let partStart = start;
  let part = '';
  const flush = (end: number) => {
    if (part.length > 0) out.push({ kind: 'word', value: part, norm: normalize(part), start: partStart, end });
    part = '';
  };
  let offset = start;
  for (const child of node.children) {
    const value = toString(child);
    if (child.type === 'PunctuationNode' && HYPHENS.has(value)) {
      flush(offset);
      partStart = offset + value.length;
    } else {
      if (part.length === 0) partStart = offset;
      part += value;
    }
    offset += value.length;
  }
  flush(offset);
}

/** Collects every sentence of the tree with its tokens, in document order. */
export function collectSentences(tree: Root): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const node of tree.children) {
    if (node.type !== 'ParagraphNode') continue;
    for (const child of node.children) {
      if (child.type !== 'SentenceNode') continue;
      sentences.push(sentenceOf(child, sentences.length, paragraph));
    }
    paragraph += 1;
  }
  return sentences;
}

function sentenceOf(node: SentenceNode, index: number, paragraph: number): Sentence {
  const tokens: Token[] = [];
  for (const child of node.children) {
    if (child.type === 'WordNode') wordTokens(child, tokens);
    else if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      const value = toString(child);
      const start = child.position?.start.offset ?? 0;
      tokens.push({ kind: 'punctuation', value, norm: normalize(value), start, end: start + value.length });
    }
  }
  return {
    index,
    paragraph,
    start: node.position?.start.offset ?? 0,
    end: node.position?.end.offset ?? 0,
    tokens,
  };
}
