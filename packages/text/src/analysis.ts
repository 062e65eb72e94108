import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { forgetTags } from './pos.js';
import { findQuotes, insideAny, type Range } from './quotes.js';
import { findTitles } from './names.js';
import { readRecordKind, type RecordKind } from './record-kind.js';
import { findPlainHeadings, splitSections, type Section } from './sections.js';
import { collectSentences, type Sentence } from './tokens.js';

/** Facts a caller (core) may put on `file.data.carelint` before running rules. */
export interface DocumentFacts {
  /** Headings known from markup (Markdown, HTML); otherwise plain-text headings are guessed. */
  headings?: Array<Range & { depth?: number }>;
  /** The kind of record, when the caller knows it. */
  documentType?: string;
  /** Names of the children the record is about. */
  childNames?: string[];
}

/** Per-document work every rule shares, computed once per tree. */
export interface Analysis {
  text: string;
  sentences: Sentence[];
  quotes: Range[];
  sections: Section[];
  facts: DocumentFacts;
  /** Whether the text reads as a care record (see record-kind.ts); rules say little on texts that do not. */
  kind: RecordKind;
  /** The record's own title and form type (see names.ts findTitles). */
  titles: Range[];
  /** Whether [start, end) is inside quoted speech. */
  isQuoted(start: number, end: number): boolean;
  /** Whether [start, end) is inside the record's title or form type. */
  isTitle(start: number, end: number): boolean;
  /** The text of a sentence. */
  sentenceText(sentence: Sentence): string;
  /** The section holding an offset. */
  sectionAt(offset: number): Section | undefined;
}

const cache = new WeakMap<Root, Analysis>();

/** The shared analysis of a document: sentences and tokens, quoted speech, sections. Cached per tree. */
export function analyse(tree: Root, file: VFile): Analysis {
  const cached = cache.get(tree);
  if (cached) return cached;
  forgetTags();
  const text = String(file.value ?? '');
  const facts = ((file.data as { carelint?: DocumentFacts }).carelint ?? {}) as DocumentFacts;
  const quotes = findQuotes(text);
  const headings = facts.headings ?? findPlainHeadings(text);
  const sections = splitSections(text, headings);
  const sentences = collectSentences(tree);
  const titles = findTitles(text, facts.headings ?? []);
  const analysis: Analysis = {
    text,
    sentences,
    quotes,
    sections,
    facts,
    kind: readRecordKind(text, sentences, facts.documentType),
    titles,
    isQuoted: (start, end) => insideAny(quotes, start, end),
    isTitle: (start, end) => titles.some((title) => start >= title.start && end <= title.end),
    sentenceText: (sentence) => text.slice(sentence.start, sentence.end),
    sectionAt: (offset) => sections.find((section) => offset >= (section.heading?.start ?? section.start) && offset < section.end) ?? sections[sections.length - 1],
  };
  cache.set(tree, analysis);
  return analysis;
}
