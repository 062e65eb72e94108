import { lint, type Finding, type LintOptions } from '@carelint/core';
import { changesBlocks, paragraphs, type Span } from './paragraphs.js';
import { LineIndex, placeAt } from './positions.js';

/**
 * Categories whose findings depend only on the paragraph around them (a word, a phrase, a sentence), so they can
 * be re-linted paragraph by paragraph. Everything else reads the whole record: acronyms (explained once, then
 * used), tone balance, child's voice, plans. Those come only from whole-document lints.
 */
const PARAGRAPH_CATEGORIES: ReadonlySet<string> = new Set(['jargon', 'stigmatising', 'deficit', 'readability']);

/** Whether a finding is decided by its own paragraph alone. */
export function isParagraphFinding(finding: Finding): boolean {
  return PARAGRAPH_CATEGORIES.has(finding.data.category);
}

/** A whole-document lint to build on: the text it read and its findings. */
export interface Base {
  text: string;
  findings: readonly Finding[];
}

/** Findings of one paragraph linted on its own, with offsets from the paragraph's start. */
export class ParagraphCache {
  private readonly entries = new Map<string, Finding[]>();

  constructor(private readonly limit = 4000) {}

  /** The paragraph-level findings of `text` under these options (`optionsKey` names them), linting on a miss. */
  findings(text: string, options: LintOptions, optionsKey: string): { findings: Finding[]; hit: boolean } {
    const key = `${optionsKey}\u0000${text}`;
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return { findings: cached, hit: true };
    }
    const findings = lint(text, options).messages.filter(isParagraphFinding);
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, findings);
    return { findings, hit: false };
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
}

/**
 * Findings for `text` after an edit, from the last whole-document lint of `base.text`: paragraph-level findings of
 * the paragraphs the edit touched are re-linted (or taken from the cache), every other finding is moved by the
 * edit's length. Record-level findings are kept where they were until the next whole-document lint.
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
  for (const finding of base.findings) {
    const start = finding.place.start.offset;
    const end = finding.place.end.offset;
    if (end <= from) findings.push(finding);
    else if (start >= oldTo) findings.push(placeAt(finding, start + delta, end + delta, index));
    else if (isParagraphFinding(finding)) continue;
    else if (start < from || end > oldTo) findings.push(placeAt(finding, move(start, 'start'), move(end, 'end'), index));
    else {
      // A record-level finding inside the edited paragraphs stays while its words are still there.
      const untouched = end <= prefix || start >= oldEnd;
      if (untouched && text.slice(move(start, 'start'), move(end, 'end')) === finding.actual) {
        findings.push(placeAt(finding, move(start, 'start'), move(end, 'end'), index));
      }
    }
  }

  let linted = 0;
  let cached = 0;
  for (const span of touched) {
    const result = cache.findings(text.slice(span.start, span.end), options, optionsKey);
    if (result.hit) cached++;
    else linted++;
    for (const finding of result.findings) {
      findings.push(placeAt(finding, finding.place.start.offset + span.start, finding.place.end.offset + span.start, index));
    }
  }
  findings.sort((a, b) => a.place.start.offset - b.place.start.offset || a.place.end.offset - b.place.end.offset || a.ruleId.localeCompare(b.ruleId));
  return { findings, linted, cached };
}
