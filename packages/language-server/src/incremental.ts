import { lint, type Finding, type LintOptions } from '@carelint/core';
import { changesBlocks, paragraphs, type Span } from './paragraphs.js';
import { LineIndex, placeAt } from './positions.js';

/**
 * Categories whose findings are decided by the sentence around them (a word, a phrase, a sentence), so they can
 * be re-linted paragraph by paragraph. Everything else reads the whole record: acronyms (explained once, then
 * used), tone balance, child's voice, plans. Those come only from whole-document lints. (Core may still report a
 * paragraph-level finding's words once, as a record-level finding; `lintChangedParagraphs` allows for that.)
 */
// Jargon, stigmatising and deficit findings now read the record too (whether it is a care record, its title and
// header fields, the child it names, for suggestions that fit), so they come from whole-document lints as well.
const PARAGRAPH_CATEGORIES: ReadonlySet<string> = new Set(['readability']);

/** Whether a finding is decided by its own paragraph alone. */
export function isParagraphFinding(finding: Finding): boolean {
  return PARAGRAPH_CATEGORIES.has(finding.data.category);
}

/** A whole-document lint to build on: the text it read and its findings. */
export interface Base {
  text: string;
  findings: readonly Finding[];
}

/** A paragraph linted on its own: its paragraph-level findings, and where it has record-level ones (offsets from its start). */
export interface ParagraphResult {
  findings: Finding[];
  recordLevel: Array<{ start: number; end: number }>;
}

/** Paragraphs linted on their own, by text and options. */
export class ParagraphCache {
  private readonly entries = new Map<string, ParagraphResult>();

  constructor(private readonly limit = 4000) {}

  /** The lint of `text` alone under these options (`optionsKey` names them), linting on a miss. */
  get(text: string, options: LintOptions, optionsKey: string): { result: ParagraphResult; hit: boolean } {
    const key = `${optionsKey}\u0000${text}`;
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return { result: cached, hit: true };
    }
    const messages = lint(text, options).messages;
    const result: ParagraphResult = {
      findings: messages.filter(isParagraphFinding),
      recordLevel: messages.filter((f) => !isParagraphFinding(f) && f.place.end.offset > f.place.start.offset).map((f) => ({ start: f.place.start.offset, end: f.place.end.offset })),
    };
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, result);
    return { result, hit: false };
  }

  clear(): void {
    this.entries.clear();
  }
}

/** The result of a paragraph-level update, and how much work it took. */
export interface Update {
  findings: Finding[];
  /** Paragraphs linted now, and paragraphs answered from the cache. */
  linted: number;
  cached: number;
  /** The stretch of the new text that was re-linted: the paragraphs the edit touched. */
  edited: Span;
}

/**
 * Findings for `text` after an edit, from the last whole-document lint of `base.text`: paragraph-level findings of
 * the paragraphs the edit touched are re-linted (or taken from the cache), every other finding is moved by the
 * edit's length. Record-level findings are kept where they were until the next whole-document lint, and so is
 * its decision about words under them (core reports some words once, as the record-level finding).
 * Returns undefined when the edit may change how the document splits into blocks (a Markdown code fence, an HTML
 * comment): then only a whole-document lint is right.
 */
export function lintChangedParagraphs(text: string, base: Base, options: LintOptions, optionsKey: string, cache: ParagraphCache): Update | undefined {
  const format = options.format ?? 'text';
  const old = base.text;
  const limit = Math.min(text.length, old.length);
  let prefix = 0;
  while (prefix < limit && text.charCodeAt(prefix) === old.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && text.charCodeAt(text.length - 1 - suffix) === old.charCodeAt(old.length - 1 - suffix)) suffix++;
  const oldEnd = old.length - suffix;
  const newEnd = text.length - suffix;
  const delta = text.length - old.length;
  if (changesBlocks(old.slice(prefix, oldEnd), format) || changesBlocks(text.slice(prefix, newEnd), format)) return undefined;

  // The paragraphs the edit touches, in the new text; the same stretch in the old text ends `delta` earlier.
  const touched: Span[] = paragraphs(text, format).filter((span) => span.start <= newEnd && span.end >= prefix);
  const from = Math.min(prefix, ...touched.map((span) => span.start));
  const to = Math.max(newEnd, ...touched.map((span) => span.end));
  const oldTo = to - delta;
  // Where an old offset lands in the new text; offsets inside the replaced words go to its edges.
  const move = (offset: number, side: 'start' | 'end') => {
    if (offset < prefix || (side === 'end' && offset === prefix)) return offset;
    if (offset >= oldEnd) return offset + delta;
    return side === 'start' ? prefix : newEnd;
  };

  const index = new LineIndex(text);
  const findings: Finding[] = [];
  // Inside the edited paragraphs: record-level findings still on their words, and the paragraph-level findings the
  // last whole-document lint had on words that were not edited (by rule and new offsets).
  const covering: Array<{ start: number; end: number }> = [];
  const kept = new Map<string, Finding>();
  const key = (ruleId: string, start: number, end: number) => `${ruleId} ${start} ${end}`;
  for (const finding of base.findings) {
    const start = finding.place.start.offset;
    const end = finding.place.end.offset;
    const untouched = end <= prefix || start >= oldEnd;
    if (end <= from) findings.push(finding);
    else if (start >= oldTo) findings.push(placeAt(finding, start + delta, end + delta, index));
    else if (isParagraphFinding(finding)) {
      if (untouched) kept.set(key(finding.ruleId, move(start, 'start'), move(end, 'end')), placeAt(finding, move(start, 'start'), move(end, 'end'), index));
    } else if (start < from || end > oldTo) findings.push(placeAt(finding, move(start, 'start'), move(end, 'end'), index));
    else if (untouched && text.slice(move(start, 'start'), move(end, 'end')) === finding.actual) {
      // A record-level finding inside the edited paragraphs stays while its words are still there.
      findings.push(placeAt(finding, move(start, 'start'), move(end, 'end'), index));
      if (end > start) covering.push({ start: move(start, 'start'), end: move(end, 'end') });
    }
  }

  // Core reports some words once, as a record-level finding ("the child" when it knows the child's name), and a
  // paragraph linted alone does not know what the whole record knows. So words under a record-level finding, in
  // the whole-document lint or in the paragraph's own lint, keep the whole-document lint's decision until the next one.
  const overlaps = (ranges: ReadonlyArray<{ start: number; end: number }>, start: number, end: number) => ranges.some((r) => r.start < end && start < r.end);
  let linted = 0;
  let cached = 0;
  for (const span of touched) {
    const { result, hit } = cache.get(text.slice(span.start, span.end), options, optionsKey);
    if (hit) cached++;
    else linted++;
    const own = result.recordLevel.map((r) => ({ start: r.start + span.start, end: r.end + span.start }));
    const fresh = new Set<string>();
    for (const finding of result.findings) {
      const start = finding.place.start.offset + span.start;
      const end = finding.place.end.offset + span.start;
      fresh.add(key(finding.ruleId, start, end));
      if (overlaps(covering, start, end) && !kept.has(key(finding.ruleId, start, end))) continue;
      findings.push(placeAt(finding, start, end, index));
    }
    for (const [id, finding] of kept) {
      const { offset: start } = finding.place.start;
      const { offset: end } = finding.place.end;
      if (start >= span.start && end <= span.end && !fresh.has(id) && overlaps(own, start, end)) findings.push(finding);
    }
  }
  findings.sort((a, b) => a.place.start.offset - b.place.start.offset || a.place.end.offset - b.place.end.offset || a.ruleId.localeCompare(b.ruleId));
  return { findings, linted, cached, edited: { start: from, end: to } };
}
