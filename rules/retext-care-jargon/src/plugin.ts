import { dictionary, type Entry } from '@carelint/dictionaries';
import {
  analyse,
  compileGuard,
  firstAtLeast,
  fitInPlace,
  guardNear,
  inProperName,
  isCapitalSurname,
  isCommonLongWord, isEmphasisWord,
  isNegated,
  isPartOfSpeech,
  PhraseMatcher,
  report,
  SenseReader,
  type Analysis,
  type CompiledGuard,
  type CompiledSenses,
  type Sentence,
  type Token,
} from '@carelint/text';
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { findDefinitions, isExplained, looksLikeInitials, type Definition } from './acronyms.js';
import { capitalsLines } from './capitals.js';
import { findKeyDefinitions } from './key.js';
import { fitAlternatives, speakable } from './fit.js';
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
  senses: CompiledSenses | undefined;
}

/**
 * How a candidate was judged: the entry's care sense, cued by its own words (`cued`) or not (`entry`); flagged as
 * info only (`info`); or not the care sense (undefined).
 */
type Judgement = 'cued' | 'entry' | 'info' | undefined;

/** No allow list: the same empty list for every sentence. */
const NONE_ALLOWED: readonly { first: number; last: number }[] = [];
const UNEXPLAINED = /^[A-Z][A-Z&]{1,5}s?$/;
/** Words that make a following pair of capitals a role or thing ("her TA", "the EP"), not someone's initials. */
const ROLE_BEFORE = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'my', 'your', 'our', 'class', 'school']);

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
  const classes = new Map(dictionary.lexicons.filter((l) => l.id.startsWith('class-')).map((l) => [l.id, l.phrases] as const));
  const reader = new SenseReader(classes);
  for (const entry of byId.values()) {
    const compiled: Compiled = {
      entry,
      exclude: compileGuard(entry.exclude),
      require: compileGuard(entry.require),
      senses: entry.senses ? reader.compile(entry.senses) : undefined,
    };
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
  const wording = new Map<Entry, { own: readonly string[]; expected: string[]; note: string }>();
  const wordingOf = (entry: Entry) => {
    let found = wording.get(entry);
    if (!found) {
      const own = options.preferred?.[entry.id] ?? [];
      found = { own, expected: [...new Set([...own, ...replacements(entry.alternatives)])], note: noteFor(entry) };
      wording.set(entry, found);
    }
    return found;
  };

  return function (tree: Root, file: VFile): undefined {
    const analysis = analyse(tree, file);
    // A newsletter, a leaflet or an IT report uses these words in their everyday senses: say nothing there.
    if (!analysis.kind.care) return undefined;
    const fromKeys = findKeyDefinitions(analysis.text, expansions);
    const definitions = fromKeys.length > 0 ? [...findDefinitions(analysis, expansions), ...fromKeys] : findDefinitions(analysis, expansions);
    const explainsAcronym = acronymBeside(definitions, analysis.text);
    let initials: ReadonlySet<string> | undefined;
    const flaggedAcronyms = new Set<string>();
    const inCapitalsLine = capitalsLines(analysis.text);
    // Which tokens of the sentence a match took: the sentence's number (from 1) at their index, so that no set is
    // made for each sentence and none is cleared.
    let takenAt = new Int32Array(64);
    let sentenceNumber = 0;
    for (const sentence of analysis.sentences) {
      const { tokens } = sentence;
      sentenceNumber += 1;
      if (tokens.length > takenAt.length) takenAt = new Int32Array(Math.max(tokens.length, takenAt.length * 2));
      const allowed = hasAllow ? allow.matchAll(tokens) : NONE_ALLOWED;
      // Entries read in another sense earlier in the sentence ("his work placement …, and the placement supervisor"):
      // one sense per sentence for the bare word, unless a later use has a cue of its own for the care sense.
      let otherSense: Set<Entry> | undefined;
      for (const match of matcher.matchAll(tokens)) {
        const first = tokens[match.first]!;
        const last = tokens[match.last]!;
        for (let i = match.first; i <= match.last; i++) takenAt[i] = sentenceNumber;
        if (analysis.isQuoted(first.start, last.end) || analysis.isTitle(first.start, last.end)) continue;
        if (allowed.some((a) => a.first <= match.last && a.last >= match.first)) continue;
        let compiled: Compiled | undefined;
        let judgement: Judgement = undefined;
        for (const candidate of match.payloads) {
          judgement = judge(candidate, sentence, match.first, match.last, analysis, reader);
          if (judgement) {
            compiled = candidate;
            break;
          }
        }
        if (!compiled) {
          for (const candidate of match.payloads) (otherSense ??= new Set()).add(candidate.entry);
          continue;
        }
        const { entry } = compiled;
        // A longer variant ("foster placement") speaks for itself.
        if (otherSense?.has(entry) && match.first === match.last && judgement !== 'cued') continue;
        // A name ("Greenway Contact Centre", "the Leaving Care Team", "Voices Advocacy") is not the writer's wording,
        // nor is the expansion of an acronym being explained ("autism spectrum disorder (ASD)").
        if (inProperName(tokens, match.first, match.last, entry.category === 'acronym')) continue;
        if (entry.category !== 'acronym' && explainsAcronym(first.start, last.end)) continue;
        // "She was not rude", "no missing episodes": a label denied is not a label given.
        if (entry.category === 'stigmatising' && isNegated(tokens, match.first)) continue;
        if (entry.category === 'acronym' && isExplained(definitions, first.value, first.start)) continue;
        const actual = analysis.text.slice(first.start, last.end);
        const { own, expected: all, note } = wordingOf(entry);
        // The child's own words always come first; the list's alternatives only where they fit the sentence. The
        // one-click fixes write a word shared with a neighbour once and leave out any that would break the verb's
        // form where it stands; the reason names the wordings whole.
        const fitting = [...new Set([...own, ...fitAlternatives(all, entry.alternatives, sentence, match.first, match.last, analysis)])];
        const expected = [...new Set(fitting.flatMap((alt) => fitInPlace(alt, analysis.text, first.start, last.end) ?? []))];
        report(file, {
          source: SOURCE,
          ruleId: entry.id,
          reason: reasonFor(entry, actual, fitting.length > 0 ? fitting : speakable(all, analysis)),
          start: first.start,
          end: last.end,
          expected,
          note,
          url: `${docsBase}${entry.category}.md#${entry.id}`,
          category: entry.category,
          fatal: entry.severity === 'replace' && judgement !== 'info' ? false : undefined,
          data: { term: entry.term, severity: judgement === 'info' ? 'info' : entry.severity },
        });
      }
      if (!checkUnexplained) continue;
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index]!;
        if (token.kind !== 'word' || !mayBeAcronym(token.value) || takenAt[index] === sentenceNumber || !UNEXPLAINED.test(token.value)) continue;
        const singular = token.value.replace(/s$/, '');
        if (common.has(token.value) || common.has(singular) || known.has(token.value)) continue;
        if (flaggedAcronyms.has(singular) || isExplained(definitions, token.value, token.start)) continue;
        if (analysis.isQuoted(token.start, token.end) || inCapitalsLine(token.start)) continue;
        // Initials of people (staff on shift, people at a meeting), capitals for a heading or a surname, names.
        if (inCapitalsRun(tokens, index) || inProperName(tokens, index, index) || isCapitalSurname(tokens, index) || analysis.isTitle(token.start, token.end)) continue;
        if (isEmphasisWord(singular) || isCommonLongWord(singular)) continue;
        initials ??= looksLikeInitials(analysis.text);
        // Two letters are a person's initials ("Staff on: DL, KM"), unless a determiner makes them a noun ("her TA").
        if ((singular.length === 2 && !ROLE_BEFORE.has(tokens[index - 1]?.norm ?? '')) || initials.has(singular)) continue;
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
      }
    }
    return undefined;
  };

  function noteFor(entry: Entry): string {
    const titles = entry.sources.map((key) => dictionary.sources[key]?.title ?? key);
    return titles.length > 0 ? `${entry.rationale} Source: ${titles.join('; ')}.` : entry.rationale;
  }
}

/**
 * Whether a candidate is the entry's care sense: its context guards, then its senses (evidence in the sentence,
 * see @carelint/text SenseReader), then its part of speech. A cue for the care sense settles the part of speech
 * too ("after contact", "supervised contact"); with no cue, an entry may ask to be flagged as info only.
 */
function judge(compiled: Compiled, sentence: Sentence, first: number, last: number, analysis: Analysis, reader: SenseReader): Judgement {
  const { tokens } = sentence;
  if (compiled.exclude && guardNear(tokens, first, last, compiled.exclude)) return undefined;
  if (compiled.require && !guardNear(tokens, first, last, compiled.require)) return undefined;
  let judgement: Judgement = 'entry';
  if (compiled.senses) {
    const verdict = reader.read(compiled.senses, sentence, first, last);
    if (verdict.sense === 'other') return undefined;
    if (verdict.sense === 'care' && verdict.cued) return 'cued';
    if (verdict.sense === 'info') judgement = 'info';
  }
  const pos = compiled.entry.partOfSpeech;
  if (pos && first === last) {
    const token = tokens[first]!;
    const text = analysis.sentenceText(sentence);
    const fits = pos === 'noun' ? isNounUse(text, sentence, first) : isPartOfSpeech(text, token.start - sentence.start, pos);
    if (!fits) return undefined;
  }
  return judgement;
}

/** Whether an all-caps word stands beside another (a heading "FAMILY TIME", a name "MAPLE LODGE", "FEEL + SAD"). */
function inCapitalsRun(tokens: readonly Token[], index: number): boolean {
  const beside = (step: 1 | -1): boolean => {
    for (let i = index + step; i >= 0 && i < tokens.length; i += step) {
      const token = tokens[i]!;
      if (token.kind === 'word') return token.value.length >= 2 && token.value === token.value.toUpperCase() && /[A-Z]/.test(token.value);
      if (token.value !== '+' && token.value !== '/' && token.value !== '&') return false;
    }
    return false;
  };
  return beside(-1) || beside(1);
}

/**
 * Whether the words from `start` to `end` explain an acronym: beside it, its brackets at most 3 characters away
 * ("autism spectrum disorder (ASD)", "CLA (children looked after)"), or in a key's entry ("LAC = looked after child").
 * The record's explanations are sorted once, so each match costs a few binary searches rather than a look at every
 * explanation (a long record has dozens).
 */
function acronymBeside(definitions: readonly Definition[], text: string): (start: number, end: number) => boolean {
  if (definitions.length === 0) return () => false;
  const keyed = definitions.some((d) => d.meaning !== undefined);
  const besides = keyed ? definitions.filter((d) => d.meaning === undefined) : definitions;
  const starts = besides.map((d) => d.at.start).sort((a, b) => a - b);
  // Words after an acronym explain it only in brackets ("IRO (Independent Reviewing Officer)"); after "(LD), " they are
  // the next item of a list ("Lorraine Dobson (LD), foster carers").
  const ends = besides.filter((d) => text.startsWith(' (', d.at.end)).map((d) => d.at.end).sort((a, b) => a - b);
  const beside = (start: number, end: number): boolean => anyWithin(starts, end, end + 3) || anyWithin(ends, start - 3, start);
  if (!keyed) return beside;
  // A key's meanings, in order: they do not overlap, so the one that may hold a match is the last to start at or before it.
  const meanings = definitions.flatMap((d) => d.meaning ?? []).sort((a, b) => a.start - b.start);
  const meaningStarts = meanings.map((m) => m.start);
  return (start, end) => {
    if (beside(start, end)) return true;
    const at = firstAtLeast(meaningStarts, start + 1) - 1;
    return at >= 0 && meanings[at]!.end >= end;
  };
}

/** Whether a sorted list holds a number from `low` to `high`. */
function anyWithin(sorted: readonly number[], low: number, high: number): boolean {
  const at = firstAtLeast(sorted, low);
  return at < sorted.length && sorted[at]! <= high;
}

/** A first look before UNEXPLAINED, by char codes: 2 to 7 characters, a capital then a capital or "&". */
function mayBeAcronym(value: string): boolean {
  if (value.length < 2 || value.length > 7) return false;
  const first = value.charCodeAt(0);
  const second = value.charCodeAt(1);
  return first >= 65 && first <= 90 && ((second >= 65 && second <= 90) || second === 38);
}
