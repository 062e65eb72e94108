import type { Finding, FindingCategory, Report } from '@carelint/core';
import { version } from '../version.js';
import { toOriginal, type AnnotatedText } from './annotated.js';
import type { LanguageInfo } from './languages.js';

/** One match in LanguageTool's `/v2/check` answer. */
export interface LanguageToolMatch {
  message: string;
  shortMessage: string;
  replacements: Array<{ value: string }>;
  offset: number;
  length: number;
  context: { text: string; offset: number; length: number };
  sentence: string;
  type: { typeName: 'Hint' | 'Other' };
  rule: {
    id: string;
    description: string;
    issueType: string;
    urls?: Array<{ value: string }>;
    category: { id: string; name: string };
  };
  ignoreForIncompleteSentence: boolean;
  contextForSureMatch: number;
}

/** The whole `/v2/check` answer. */
export interface LanguageToolResponse {
  software: { name: string; version: string; buildDate: string; apiVersion: number; premium: boolean; status: string };
  warnings: { incompleteResults: boolean };
  language: { name: string; code: string; detectedLanguage: { name: string; code: string; confidence: number; source: string } };
  matches: LanguageToolMatch[];
}

/** LanguageTool's category (its id colours the underline in some clients) and ITS 2.0 issue type, per carelint category. */
const CATEGORIES: Record<FindingCategory, { id: string; name: string; issueType: string }> = {
  jargon: { id: 'CARE_JARGON', name: 'Care jargon', issueType: 'terminology' },
  acronym: { id: 'CARE_ACRONYMS', name: 'Acronyms', issueType: 'terminology' },
  stigmatising: { id: 'STIGMATISING_WORDS', name: 'Stigmatising words', issueType: 'register' },
  deficit: { id: 'DEFICIT_WORDS', name: 'Blaming words', issueType: 'register' },
  tone: { id: 'STYLE', name: 'Balanced tone', issueType: 'style' },
  'child-voice': { id: 'CHILD_VOICE', name: 'The child’s voice', issueType: 'non-conformance' },
  plan: { id: 'SMART_PLAN', name: 'Plans', issueType: 'non-conformance' },
  readability: { id: 'STYLE', name: 'Readability', issueType: 'style' },
};

/** Characters of context either side of a match, as LanguageTool's server uses. */
const CONTEXT = 40;

/**
 * carelint's report as LanguageTool's answer. Offsets and lengths are UTF-16 code units into the document as
 * sent (markup included for `data`), as LanguageTool's Java server counts them. Findings on the whole record
 * (no span of their own) are answered on its first sentence, and only with `level=picky`, as are `info` ones.
 */
export function toLanguageTool(report: Report, text: AnnotatedText, language: LanguageInfo, picky: boolean): LanguageToolResponse {
  const matches: LanguageToolMatch[] = [];
  for (const finding of report.messages) {
    if (!picky && (finding.severity === 'info' || finding.place.end.offset <= finding.place.start.offset)) continue;
    const match = toMatch(finding, text);
    if (match) matches.push(match);
  }
  return {
    software: { name: 'carelint', version, buildDate: '', apiVersion: 1, premium: false, status: '' },
    warnings: { incompleteResults: false },
    language: {
      name: language.name,
      code: language.longCode,
      detectedLanguage: { name: language.name, code: language.longCode, confidence: 1, source: 'request' },
    },
    matches,
  };
}

function toMatch(finding: Finding, text: AnnotatedText): LanguageToolMatch | undefined {
  let start = finding.place.start.offset;
  let end = finding.place.end.offset;
  if (end <= start) ({ start, end } = firstSentence(text.plain));
  if (end <= start) return undefined;
  const span = toOriginal(text, start, end);
  const category = CATEGORIES[finding.data.category] ?? CATEGORIES.readability;
  const term = typeof finding.data.term === 'string' ? finding.data.term : finding.actual;
  const match: LanguageToolMatch = {
    message: finding.reason,
    shortMessage: category.name,
    replacements: finding.expected.slice(0, 10).map((value) => ({ value })),
    offset: span.start,
    length: span.end - span.start,
    context: context(text.original, span.start, span.end),
    sentence: sentenceAround(text.plain, start, end),
    type: { typeName: finding.severity === 'info' ? 'Hint' : 'Other' },
    rule: {
      id: finding.ruleId,
      description: term ? `${category.name}: ${term}` : category.name,
      issueType: category.issueType,
      category: { id: category.id, name: category.name },
    },
    ignoreForIncompleteSentence: false,
    contextForSureMatch: 0,
  };
  if (finding.url && /^https?:\/\//.test(finding.url)) match.rule.urls = [{ value: finding.url }];
  return match;
}

/** Up to CONTEXT characters either side, "..." where cut, line breaks as spaces (as LanguageTool's ContextTools). */
export function context(original: string, start: number, end: number): { text: string; offset: number; length: number } {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(original.length, end + CONTEXT);
  const before = from > 0 ? '...' : '';
  const after = to < original.length ? '...' : '';
  const body = original.slice(from, to).replace(/[\r\n]/g, ' ');
  return { text: `${before}${body}${after}`, offset: before.length + start - from, length: end - start };
}

const SENTENCE_END = /[.!?…]["'”’)]*\s+|\n\s*\n/g;

/** The sentence holding the span (from the end of the one before to the end of its own), trimmed. */
export function sentenceAround(plain: string, start: number, end: number): string {
  let from = 0;
  let to = plain.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(plain); m; m = SENTENCE_END.exec(plain)) {
    const stop = m.index + m[0].length;
    if (stop <= start) from = stop;
    else if (m.index >= end - 1) {
      to = m.index + m[0].trimEnd().length;
      break;
    }
  }
  return plain.slice(from, to).trim();
}

function firstSentence(plain: string): { start: number; end: number } {
  const start = plain.length - plain.trimStart().length;
  const sentence = sentenceAround(plain, start, start + 1);
  return { start, end: start + sentence.length };
}
