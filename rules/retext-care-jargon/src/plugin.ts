import { dictionary, type Entry } from '@carelint/dictionaries';
import { analyse, compileGuard, guardNear, isPartOfSpeech, PhraseMatcher, report, type Analysis, type CompiledGuard, type Sentence } from '@carelint/text';
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { findDefinitions, isExplained } from './acronyms.js';
import { capitalsLines } from './capitals.js';
import { isNounUse } from './noun.js';
import { reasonFor, replacements } from './reason.js';

const SOURCE = 'retext-care-jargon';
const CATEGORIES = new Set(['jargon', 'acronym', 'stigmatising']);

export interface Options {
  /** Entries to look for; defaults to the jargon, acronym and stigmatising entries of the bundled dictionary. */
  entries?: readonly Entry[];
  /** More entries (a local authority's own list); an entry with the same id replaces the bundled one. */
  extraEntries?: readonly Entry[];
  /** Phrases never flagged, case-insensitive (e.g. "placement order" where the court order is meant). */
  allow?: readonly string[];
  /** Rule id -> a child's own words, put first among the alternatives. */
  preferred?: Readonly<Record<string, readonly string[]>>;
  /** All-caps words that are ordinary English, not jargon. Defaults to the `common-acronyms` lexicon. */
  commonAcronyms?: readonly string[];
  /** Flag all-caps words that are in no list and not explained in the record. Default true. */
  unexplainedAcronyms?: boolean;
  /** Where rule pages live; a message's url is `${docsBase}${category}.md#${id}`. */
  docsBase?: string;
}

interface Compiled {
  entry: Entry;
  exclude: CompiledGuard | undefined;
  require: CompiledGuard | undefined;
}

const UNEXPLAINED = /^[A-Z][A-Z&]{1,5}s?$/;

/** The plugin: set up the word lists once, then check each document. */
export default function retextCareJargon(options: Options = {}) {
  const byId = new Map<string, Entry>();
  // `count` entries are signals for other rules (e.g. "the child" for the child's voice), never flagged here.
  const flagged = (e: Entry) => CATEGORIES.has(e.category) && e.severity !== 'count';
  for (const entry of (options.entries ?? dictionary.entries).filter(flagged)) byId.set(entry.id, entry);
  for (const entry of (options.extraEntries ?? []).filter(flagged)) byId.set(entry.id, entry);

  const matcher = new PhraseMatcher<Compiled>();
  const expansions = new Map<string, string>();
  const known = new Set<string>();
  for (const entry of byId.values()) {
    const compiled: Compiled = { entry, exclude: compileGuard(entry.exclude), require: compileGuard(entry.require) };
    for (const phrase of [entry.term, ...entry.variants]) {
      matcher.add(phrase, compiled, entry.caseSensitive === true);
      if (entry.category === 'acronym') known.add(phrase);
    }
    if (entry.expansion) {
      for (const phrase of [entry.term, ...entry.variants]) expansions.set(phrase, entry.expansion.toLowerCase());
    }
  }
  const allow = new PhraseMatcher<true>();
  for (const phrase of options.allow ?? []) allow.add(phrase, true);
  const common = new Set(options.commonAcronyms ?? dictionary.lexicons.find((l) => l.id === 'common-acronyms')?.phrases ?? []);
  const docsBase = options.docsBase ?? 'docs/rules/';
  const checkUnexplained = options.unexplainedAcronyms ?? true;
  // Most records need no allow list: then no sentence is walked for one.
  const hasAllow = (options.allow ?? []).length > 0;
  // What a finding says depends only on its entry (and the words matched): worked out once per entry.
  const wording = new Map<Entry, { expected: string[]; note: string }>();
  const wordingOf = (entry: Entry) => {
    let found = wording.get(entry);
    if (!found) {
      const own = options.preferred?.[entry.id] ?? [];
      found = { expected: [...new Set([...own, ...replacements(entry.alternatives)])], note: noteFor(entry) };
      wording.set(entry, found);
    }
    return found;
  };

  return function (tree: Root, file: VFile): undefined {
    const analysis = analyse(tree, file);
    const definitions = findDefinitions(analysis, expansions);
    const flaggedAcronyms = new Set<string>();
    const inCapitalsLine = capitalsLines(analysis.text);
    for (const sentence of analysis.sentences) {
      const allowed = hasAllow ? allow.matchAll(sentence.tokens) : [];
      const taken = new Set<number>();
      for (const match of matcher.matchAll(sentence.tokens)) {
        const first = sentence.tokens[match.first]!;
        const last = sentence.tokens[match.last]!;
        for (let i = match.first; i <= match.last; i++) taken.add(i);
        if (analysis.isQuoted(first.start, last.end)) continue;
        if (allowed.some((a) => a.first <= match.last && a.last >= match.first)) continue;
        const compiled = match.payloads.find((c) => keep(c, sentence, match.first, match.last, analysis));
        if (!compiled) continue;
        const { entry } = compiled;
        if (entry.category === 'acronym') {
          if (isExplained(definitions, first.value, first.start)) continue;
          if (entry.severity !== 'replace') {
            if (flaggedAcronyms.has(entry.id)) continue;
            flaggedAcronyms.add(entry.id);
          }
        }
        const actual = analysis.text.slice(first.start, last.end);
        const { expected, note } = wordingOf(entry);
        report(file, {
          source: SOURCE,
          ruleId: entry.id,
          reason: reasonFor(entry, actual, expected),
          start: first.start,
          end: last.end,
          expected,
          note,
          url: `${docsBase}${entry.category}.md#${entry.id}`,
          category: entry.category,
          fatal: entry.severity === 'replace' ? false : undefined,
          data: { term: entry.term, severity: entry.severity },
        });
      }
      if (!checkUnexplained) continue;
      sentence.tokens.forEach((token, index) => {
        if (token.kind !== 'word' || !mayBeAcronym(token.value) || taken.has(index) || !UNEXPLAINED.test(token.value)) return;
        const singular = token.value.replace(/s$/, '');
        if (common.has(token.value) || common.has(singular) || known.has(token.value)) return;
        if (flaggedAcronyms.has(singular) || isExplained(definitions, token.value, token.start)) return;
        if (analysis.isQuoted(token.start, token.end) || inCapitalsLine(token.start)) return;
        flaggedAcronyms.add(singular);
        report(file, {
          source: SOURCE,
          ruleId: 'unexplained-acronym',
          reason: `Write “${token.value}” out in full and say what it means the first time you use it.`,
          start: token.start,
          end: token.end,
          expected: [],
          note: 'Children and families reading the record later may not know what the letters stand for; young people say initials feel like a code. Source: Sandwell Children’s Trust young people, “Use language that we can understand”.',
          url: `${docsBase}acronym.md#unexplained-acronym`,
          category: 'acronym',
          fatal: undefined,
        });
      });
    }
    return undefined;
  };

  function noteFor(entry: Entry): string {
    const titles = entry.sources.map((key) => dictionary.sources[key]?.title ?? key);
    return titles.length > 0 ? `${entry.rationale} Source: ${titles.join('; ')}.` : entry.rationale;
  }
}

/** Whether a candidate survives its context guards and part-of-speech check. */
function keep(compiled: Compiled, sentence: Sentence, first: number, last: number, analysis: Analysis): boolean {
  const { tokens } = sentence;
  if (compiled.exclude && guardNear(tokens, first, last, compiled.exclude)) return false;
  if (compiled.require && !guardNear(tokens, first, last, compiled.require)) return false;
  const pos = compiled.entry.partOfSpeech;
  if (pos && first === last) {
    const token = tokens[first]!;
    const text = analysis.sentenceText(sentence);
    if (pos === 'noun') return isNounUse(text, sentence, first);
    return isPartOfSpeech(text, token.start - sentence.start, pos);
  }
  return true;
}

/** A first look before UNEXPLAINED, by char codes: 2 to 7 characters, a capital then a capital or "&". */
function mayBeAcronym(value: string): boolean {
  if (value.length < 2 || value.length > 7) return false;
  const first = value.charCodeAt(0);
  const second = value.charCodeAt(1);
  return first >= 65 && first <= 90 && ((second >= 65 && second <= 90) || second === 38);
}
