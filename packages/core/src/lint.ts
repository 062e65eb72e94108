import { analyse, getMetrics, type DocumentFacts } from '@carelint/text';
import type { Root } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { VFileMessage } from 'vfile-message';
import { BinaryInputError, binaryShare } from './binary.js';
import { validateConfig } from './config.js';
import { fingerprint } from './fingerprint.js';
import { toSource, toVirtual, type VirtualText } from './input/index.js';
import { parseInPieces } from './parse-chunks.js';
import { parseEnglish } from './parser.js';
import { jargonMetrics } from './metrics.js';
import { levelOfFatal, presets, type Preset } from './presets.js';
import { allowedPhrases, knownRuleIds, ruleSetups } from './rules.js';
import type { Finding, FindingCategory, Level, LevelSetting, LintOptions, Report, Verdict } from './types.js';

/** Records longer than this (UTF-16 code units) are refused unless `maxLength` says otherwise. */
export const DEFAULT_MAX_LENGTH = 1_000_000;

/** A record longer than the size limit: nothing was linted. The message holds the sizes, never the text. */
export class InputTooLargeError extends Error {
  override name = 'InputTooLargeError';
  /**
   * `length` is the record's length, or (`over` true) how much of it was read before reading stopped: a file or
   * stream is read only up to the limit.
   */
  constructor(
    readonly length: number,
    readonly limit: number,
    readonly over = false,
  ) {
    super(`This record is ${over ? 'more than ' : ''}${(over ? limit : length).toLocaleString('en-GB')} characters long; carelint checks records of up to ${limit.toLocaleString('en-GB')} characters. Split it into smaller records, or raise the limit with the maxLength option.`);
  }
}

const processors = new Map<string, Processor<Root, Root, Root>>();
const PROCESSOR_CACHE = 32;

/** The unified processor for these options, built once and reused: set-up work happens at most once. */
function processorFor(options: LintOptions, preset: Preset): Processor<Root, Root, Root> {
  const key = JSON.stringify([preset.name, options.allow, options.children, options.readability, options.tone, options.extraEntries?.map((e) => e.id)]);
  let processor = processors.get(key);
  if (!processor) {
    let built = unified().use(retextEnglish) as unknown as Processor<Root, Root, Root>;
    for (const setup of ruleSetups) built = built.use(setup.plugin as never, setup.options(options, preset) as never) as never;
    processor = built.freeze();
    if (processors.size >= PROCESSOR_CACHE) processors.clear();
    processors.set(key, processor);
  }
  return processor;
}

/**
 * Lints one record and returns its Report: findings in source order with every field of the message
 * contract, and the metrics audits add up. Synchronous and browser-safe.
 */
export function lint(source: string, options: LintOptions = {}): Report {
  if (typeof source !== 'string') throw new TypeError('lint() needs the record text as a string');
  const limit = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (source.length > limit) throw new InputTooLargeError(source.length, limit);
  const binary = binaryShare(source);
  if (binary) throw new BinaryInputError(binary.binary, binary.sampled);
  const { format = 'text', documentType, path, childNames, extraEntries, ...config } = options;
  validateConfig(config, undefined, knownRuleIds(extraEntries));
  const preset = presets[options.preset ?? 'recommended'];
  const virtual = toVirtual(source, format);
  const facts: DocumentFacts = {
    ...(virtual.headings.length > 0 ? { headings: virtual.headings } : {}),
    ...(documentType ? { documentType } : {}),
    childNames: [...(childNames ?? []), ...(options.children ?? []).map((child) => child.name)],
  };
  const file = new VFile({ value: virtual.text, data: { carelint: facts } });
  const processor = processorFor(options, preset);
  const tree = processor.runSync(parseInPieces(virtual.text, parseEnglish), file);

  const locate = location(source);
  const ignored = new Set(options.ignore ?? []);
  const allowed = new Set(allowedPhrases(options).map(normalisePhrase));
  allowed.delete(''); // an empty phrase never allows a document-level finding (which has no text)
  const messages: Finding[] = [];
  const levelOf = levelsFor(options, preset);
  const longSentences = new Set(file.messages.filter((m) => m.ruleId === 'long-sentence').map((m) => m.place && 'start' in m.place ? m.place.start.offset : -1));
  for (const message of file.messages) {
    // A sentence flagged as too long is not flagged again as hard to read.
    if (message.source === 'retext-readability' && longSentences.has(message.place && 'start' in message.place ? message.place.start.offset : -1)) continue;
    const finding = toFinding(message, virtual, source, locate, levelOf, allowed);
    if (finding && !ignored.has(finding.fingerprint)) messages.push(finding);
  }
  dropDoubleReports(messages);
  messages.sort((a, b) => a.place.start.offset - b.place.start.offset || a.place.end.offset - b.place.end.offset || a.ruleId.localeCompare(b.ruleId));

  const words = countWords(tree);
  const analysis = analyse(tree, file);
  const ruleMetrics = getMetrics(file) as Partial<Report['metrics']>;
  if (ruleMetrics.readability) {
    ruleMetrics.readability = {
      ...ruleMetrics.readability,
      longestSentences: ruleMetrics.readability.longestSentences.map((s) => {
        const start = toSource(virtual, (s as { start?: number }).start ?? 0, (s as { start?: number }).start ?? 0).start;
        return { words: s.words, line: locate.toPoint(start)?.line ?? 1 };
      }),
    };
  }
  const report: Report = {
    ...(path !== undefined ? { path } : {}),
    format,
    ...(documentType ? { documentType } : {}),
    messages,
    metrics: {
      words,
      sentences: analysis.sentences.length,
      jargon: jargonMetrics(messages, words),
      ...ruleMetrics,
      verdict: verdictOf(messages, options),
    },
  };
  return report;
}

/** Word nodes in the tree (children of sentences), counted without a visitor per node. */
function countWords(tree: Root): number {
  let words = 0;
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      for (const node of sentence.children) if (node.type === 'WordNode') words += 1;
    }
  }
  return words;
}

function toFinding(
  message: VFileMessage,
  virtual: VirtualText,
  source: string,
  locate: ReturnType<typeof location>,
  levelOf: LevelOf,
  allowed: ReadonlySet<string>,
): Finding | undefined {
  const vStart = message.place && 'start' in message.place ? message.place.start.offset ?? 0 : 0;
  const vEnd = message.place && 'end' in message.place ? message.place.end.offset ?? vStart : vStart;
  const { start, end } = toSource(virtual, vStart, vEnd);
  const data = (message as VFileMessage & { data?: Record<string, unknown> }).data ?? {};
  const category = (data.category as FindingCategory | undefined) ?? 'readability';
  const ruleId = message.ruleId ?? 'unknown';
  const actual = source.slice(start, end);
  const level = levelOf(ruleId, category, message.source ?? '', data.severity as string | undefined, message.fatal);
  if (level === 'off') return undefined;
  if (allowed.has(normalisePhrase(actual))) return undefined;
  const startPoint = locate.toPoint(start) ?? { line: 1, column: 1, offset: 0 };
  const endPoint = locate.toPoint(end) ?? startPoint;
  const finding: Finding = {
    source: message.source ?? 'carelint',
    ruleId,
    reason: message.reason,
    place: {
      start: { line: startPoint.line, column: startPoint.column, offset: start },
      end: { line: endPoint.line, column: endPoint.column, offset: end },
    },
    actual,
    expected: [...(message.expected ?? [])],
    severity: level,
    fingerprint: fingerprint(ruleId, actual || String(data.scope ?? '')),
    data: { ...data, category },
  };
  if (message.note) finding.note = message.note;
  if (message.url) finding.url = message.url;
  if (level === 'error') finding.fatal = true;
  else if (level === 'warning') finding.fatal = false;
  return finding;
}

type LevelOf = (ruleId: string, category: string, source: string, severity: string | undefined, fatal: boolean | null | undefined) => LevelSetting;

/**
 * The level of a finding: the config's most specific setting, then the preset's, then the rule's default. Worked
 * out once per kind of finding in a record: looking up a rule's id among an object's keys is slow when the ids
 * vary, and a record repeats a few kinds many times.
 */
function levelsFor(options: LintOptions, preset: Preset): LevelOf {
  const known = new Map<string, LevelSetting>();
  return (ruleId, category, source, severity, fatal) => {
    const key = `${ruleId}\u0000${category}\u0000${source}\u0000${severity}\u0000${fatal}`;
    let level = known.get(key);
    if (level === undefined) {
      level = levelFor(ruleId, category, source, severity, fatal, options, preset);
      known.set(key, level);
    }
    return level;
  };
}

function levelFor(
  ruleId: string,
  category: string,
  source: string,
  severity: string | undefined,
  fatal: boolean | null | undefined,
  options: LintOptions,
  preset: Preset,
): LevelSetting {
  const packageName = source.replace(/^retext-/, '');
  const configured = options.rules ?? {};
  for (const key of [ruleId, category, packageName, source, severity]) {
    if (key && configured[key]) return configured[key]!;
  }
  for (const key of [ruleId, severity, category]) {
    if (key && preset.levels[key]) return preset.levels[key]!;
  }
  return levelOfFatal(fatal);
}

/** An allow-list phrase or flagged text, compared case- and spacing-insensitively. */
function normalisePhrase(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * "the LAC" is both an acronym label (care-jargon) and a depersonalising reference (child-voice). The
 * child-voice finding suggests the child's own name, which is the better fix, so the jargon one gives way.
 */
function dropDoubleReports(findings: Finding[]): void {
  const named = findings.filter((f) => f.ruleId === 'depersonalising-reference' && f.expected.length > 0);
  if (named.length === 0) return;
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i]!;
    if (f.source !== 'retext-care-jargon') continue;
    if (named.some((n) => n.place.start.offset < f.place.end.offset && f.place.start.offset < n.place.end.offset)) findings.splice(i, 1);
  }
}

/** pass / warn / fail under the policy: selectors are levels, categories, rule ids or rule packages. */
function verdictOf(findings: readonly Finding[], options: LintOptions): Verdict {
  const fail = options.verdict?.fail ?? ['error'];
  const warn = options.verdict?.warn ?? ['warning'];
  const matches = (finding: Finding, selectors: readonly string[]) =>
    selectors.some((s) => s === finding.severity || s === finding.ruleId || s === finding.data.category || s === finding.source || s === finding.source.replace(/^retext-/, ''));
  if (findings.some((f) => matches(f, fail))) return 'fail';
  if (findings.some((f) => matches(f, warn))) return 'warn';
  return 'pass';
}

export type { Level };
