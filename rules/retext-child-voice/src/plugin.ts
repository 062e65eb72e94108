import { dictionary, type Lexicon } from '@carelint/dictionaries';
import { analyse, report, setMetrics, type Analysis, type Section, type Token } from '@carelint/text';
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { findReferences } from './depersonalising.js';
import { compileLexicons, withoutPossessive, type CompiledLexicons } from './lexicons.js';
import { MentionIndex, type Mention } from './mentions.js';
import { findMethods } from './methods.js';
import { findPeople, type Child, type People } from './people.js';
import { findSeen, type Seen } from './seen.js';
import { unitsOf, type Unit } from './units.js';
import { findVoice, type Voice } from './voice.js';
import {
  emptySectionReason,
  missingMethodReason,
  missingSiblingReason,
  missingVoiceReason,
  NOTES,
  referenceReason,
  type Subject,
} from './wording.js';

const SOURCE = 'retext-child-voice';
const CATEGORY = 'child-voice';
/** Kinds of record that are about a child whatever their text says. */
const ABOUT_A_CHILD = new Set(['visit', 'assessment', 'review', 'letter', 'plan']);
/** Headings that hold the writer's view, not the child's ("My view", "Our views"). */
const WRITERS_VIEW = /^(my|our) views?$/i;

/** The rule ids this package reports, for core's config validation. */
export const ruleIds = ['missing-child-voice', 'missing-method', 'missing-sibling-voice', 'empty-child-views-section', 'depersonalising-reference'] as const;

/** `metrics.childVoice` (core's `ChildVoiceMetrics`). */
export interface ChildVoiceMetrics {
  status: 'present' | 'absent' | 'not-applicable';
  quotes: number;
  reportedViews: number;
  observations: number;
  methods: string[];
}

export interface Options {
  /** Names of the children the record is about (added to `file.data.carelint.childNames`). */
  childNames?: readonly string[];
  /** The kind of record (`visit`, `plan`, `assessment`, `review`, `letter`, `other`); overrides `file.data.carelint`. */
  documentType?: string;
  /** Lexicons to read instead of the bundled dictionary's (the `child-voice-*` ids of dictionaries/data/child-voice.yaml). */
  lexicons?: readonly Lexicon[];
  /** Report "the child", "the subject", "Child A" (default true). */
  depersonalising?: boolean;
  /** Report views recorded with nothing about how they were gathered (default true). */
  missingMethod?: boolean;
  /** Report a child of a sibling group whose voice is missing when another's is recorded (default true). */
  siblings?: boolean;
  /** Report a child's-views section that holds none of the child's views when they are elsewhere (default true). */
  emptySection?: boolean;
  /** Where rule pages live; a message's url is `${docsBase}child-voice.md#${ruleId}`. */
  docsBase?: string;
}

const compiledCache = new WeakMap<readonly Lexicon[], CompiledLexicons>();

/** The plugin: compile the lexicons once, then find each record's child's voice, its methods and its gaps. */
export default function retextChildVoice(options: Options = {}) {
  const source = options.lexicons ?? dictionary.lexicons;
  let lexicons = compiledCache.get(source);
  if (!lexicons) {
    lexicons = compileLexicons(source);
    compiledCache.set(source, lexicons);
  }
  const compiled = lexicons;
  const docsBase = options.docsBase ?? 'docs/rules/';

  return function (tree: Root, file: VFile): undefined {
    const analysis = analyse(tree, file);
    setMetrics(file, 'childVoice', check(analysis, file, compiled, options, docsBase));
    return undefined;
  };
}

/** Everything the rule finds in one record; reports its messages and returns its metrics. */
function check(analysis: Analysis, file: VFile, lexicons: CompiledLexicons, options: Options, docsBase: string): ChildVoiceMetrics {
  const documentType = options.documentType ?? analysis.facts.documentType;
  const none: ChildVoiceMetrics = { status: 'not-applicable', quotes: 0, reportedViews: 0, observations: 0, methods: [] };
  if (documentType === 'other') return none;
  const callerNames = [...new Set([...(options.childNames ?? []), ...(analysis.facts.childNames ?? [])].map((n) => n.trim()).filter(Boolean))];
  const units = unitsOf(analysis);
  const people = findPeople(analysis, lexicons, callerNames, documentType);
  // A letter to a parent or a professional is about the children but is not where their voice is expected.
  if (documentType === 'letter' && !people.letter && !people.writtenToChild) return none;
  const viewsSections = analysis.sections.filter((s) => s.kind === 'child-views' && s.heading && !namesAdult(s.title, lexicons, people) && !WRITERS_VIEW.test(s.title));
  const sectionNames = new Map<Section, string[]>(viewsSections.map((s) => [s, childrenIn(s.title, people)]));
  const isViewsSection = (unit: Unit) => unit.section !== undefined && sectionNames.has(unit.section);
  const sectionChild = (unit: Unit): Mention | undefined => {
    if (!unit.section) return undefined;
    const named = sectionNames.get(unit.section);
    if (!named) return undefined;
    const children = named.length > 0 ? named : people.children.size === 1 ? [...people.children.keys()] : [];
    return { unit: unit.index, first: -1, last: -1, role: 'child', children, plural: children.length > 1, possessive: false };
  };
  const index = new MentionIndex(units, people, lexicons, sectionChild);
  const seen = findSeen(units, index, lexicons);
  const voice = findVoice(analysis, units, index, lexicons, sectionChild, isViewsSection);
  const methods = findMethods(units, index, lexicons, seen, voice);
  const signals = documentSignals(units, lexicons);
  const mentioned = mentionedChildren(units, index, people);

  const quotes = voice.items.filter((i) => i.kind === 'quote').length;
  const reportedViews = voice.items.filter((i) => i.kind === 'view').length;
  const observations = voice.items.filter((i) => i.kind === 'observation').length;
  const children = [...people.children.values()];
  const allOlder = children.length > 0 && children.every((c) => !c.baby && c.age !== undefined && c.age >= 3);
  const preverbal = children.some((c) => c.baby) || (signals.baby && !allOlder) || signals.nonverbal;
  const heardOf = (item: Voice['items'][number]) => item.kind !== 'observation' || preverbal;
  const childMentioned = units.some((u) => index.byUnit[u.index]!.some((m) => index.target(m)?.role === 'child'));
  const aboutChild =
    ABOUT_A_CHILD.has(documentType ?? '') ||
    people.letter ||
    people.writtenToChild ||
    viewsSections.length > 0 ||
    seen.met.size > 0 ||
    (signals.visit && (people.children.size > 0 || childMentioned)) ||
    voice.items.some(heardOf);
  const status: ChildVoiceMetrics["status"] =
    quotes + reportedViews > 0 || (observations > 0 && preverbal) ? 'present' : aboutChild ? 'absent' : 'not-applicable';

  const url = (id: string) => `${docsBase}child-voice.md#${id}`;
  const firstViews = viewsSections[0];
  const place = firstViews?.heading ?? { start: 0, end: 0 };
  const subjectOf = (list: readonly Child[]): Subject => ({ names: list.map((c) => c.name), genders: list.map((c) => c.gender) });

  if (status === 'absent' && !allNotSeen(mentioned, seen)) {
    const about = mentioned.length > 0 ? mentioned : children;
    const adultSection = viewsSections.find((s) => units.some((u) => u.section === s && voice.adultViews.has(u.index)));
    const agesUnknown = about.every((c) => c.age === undefined && !c.baby);
    report(file, {
      source: SOURCE,
      ruleId: 'missing-child-voice',
      reason: missingVoiceReason({
        subject: subjectOf(about),
        preverbal: about.length > 0 ? about.every((c) => c.baby) || signals.nonverbal : preverbal,
        observationsOnly: observations > 0,
        ...(adultSection ? { adultSection: adultSection.title } : {}),
        letter: people.letter,
        plan: documentType === 'plan',
        agesUnknown: agesUnknown && !preverbal,
      }),
      start: place.start,
      end: place.end,
      expected: [],
      note: NOTES['missing-child-voice'],
      url: url('missing-child-voice'),
      category: CATEGORY,
      fatal: documentType === 'plan' ? undefined : false,
      data: { children: about.map((c) => c.name), observations },
    });
  }

  const sibling = new Set<string>();
  if (status === 'present') {
    // A plan or a letter is not where the record of how views were gathered is kept.
    const keepsMethods = documentType !== 'plan' && documentType !== 'letter' && !people.letter;
    // Meeting the child ("I visited Amira") says the views were heard in person; the message is for records that
    // give no sign of how the writer knows them.
    if (options.missingMethod !== false && keepsMethods && quotes + reportedViews > 0 && methods.size === 0 && seen.met.size === 0) {
      report(file, {
        source: SOURCE,
        ruleId: 'missing-method',
        reason: missingMethodReason(subjectOf(mentioned.length > 0 ? mentioned : children)),
        start: place.start,
        end: place.end,
        expected: [],
        note: NOTES['missing-method'],
        url: url('missing-method'),
        category: CATEGORY,
        fatal: undefined,
      });
    }
    const unattributed = voice.items.some((i) => i.children.length === 0);
    if (options.siblings !== false && documentType !== 'plan' && mentioned.length >= 2 && !unattributed) {
      const heard = new Set<string>();
      for (const item of voice.items) {
        for (const name of item.children) {
          const child = people.children.get(name);
          if (item.kind !== 'observation' || child?.baby || signals.nonverbal) heard.add(name);
        }
      }
      const heardNames = mentioned.filter((c) => heard.has(c.name)).map((c) => c.name);
      for (const child of mentioned) {
        if (heard.has(child.name) || seen.notSeen.has(child.name) || heardNames.length === 0) continue;
        sibling.add(child.name);
        const own = viewsSections.find((s) => sectionNames.get(s)?.includes(child.name));
        const at = own?.heading ?? child.first ?? place;
        report(file, {
          source: SOURCE,
          ruleId: 'missing-sibling-voice',
          reason: missingSiblingReason(subjectOf([child]), heardNames, child.baby),
          start: at.start,
          end: at.end,
          expected: [],
          note: NOTES['missing-sibling-voice'],
          url: url('missing-sibling-voice'),
          category: CATEGORY,
          fatal: undefined,
          data: { child: child.name, heard: heardNames },
        });
      }
    }
    if (options.emptySection !== false) {
      for (const section of viewsSections) {
        const named = sectionNames.get(section) ?? [];
        if (named.some((n) => sibling.has(n))) continue;
        const inside = voice.items.some((i) => units[i.unit]!.section === section && heardOf(i));
        if (inside) continue;
        const adults = units.some((u) => u.section === section && voice.adultViews.has(u.index));
        const about = named.length > 0 ? named.map((n) => people.children.get(n)!).filter(Boolean) : mentioned;
        report(file, {
          source: SOURCE,
          ruleId: 'empty-child-views-section',
          reason: emptySectionReason(section.title, subjectOf(about), adults),
          start: section.heading!.start,
          end: section.heading!.end,
          expected: [],
          note: NOTES['empty-child-views-section'],
          url: url('empty-child-views-section'),
          category: CATEGORY,
          fatal: undefined,
        });
      }
    }
  }

  if (options.depersonalising !== false && status !== 'not-applicable') {
    const names = (mentioned.length > 0 ? mentioned : children).map((c) => c.name);
    const babies = children.filter((c) => c.baby).map((c) => c.name);
    for (const reference of findReferences(units, lexicons, people.children.size > 0)) {
      const actual = analysis.text.slice(reference.start, reference.end);
      const named = reference.baby && babies.length === 1 ? babies : names;
      const expected = people.writtenToChild ? ['you', ...(people.addressee ? [people.addressee] : [])] : named;
      report(file, {
        source: SOURCE,
        ruleId: 'depersonalising-reference',
        reason: referenceReason(actual, expected, people.writtenToChild),
        start: reference.start,
        end: reference.end,
        expected,
        note: NOTES['depersonalising-reference'],
        url: url('depersonalising-reference'),
        category: CATEGORY,
        fatal: undefined,
        data: { phrase: reference.phrase },
      });
    }
  }

  return { status, quotes, reportedViews, observations, methods: [...methods].sort() };
}

/** Signals anywhere in the record's own words (not quotes, not headings): a baby, a child who does not speak, a visit. */
function documentSignals(units: readonly Unit[], lexicons: CompiledLexicons): { baby: boolean; nonverbal: boolean; visit: boolean } {
  const found = { baby: false, nonverbal: false, visit: false };
  const { signals } = lexicons;
  for (const unit of units) {
    for (let i = 0; i < unit.words.length; i++) {
      if (unit.words[i]!.quoted) continue;
      if (!found.baby && signals.preverbal.at(unit.words, i)) found.baby = true;
      if (!found.nonverbal && signals.nonverbal.at(unit.words, i)) found.nonverbal = true;
      if (!found.visit && signals.recordKinds.at(unit.words, i)) found.visit = true;
    }
  }
  return found;
}

/** The children the record names in its own words (not only in a heading), in order of first mention. */
function mentionedChildren(units: readonly Unit[], index: MentionIndex, people: People): Child[] {
  const first = new Map<string, number>();
  for (const unit of units) {
    for (const mention of index.byUnit[unit.index]!) {
      if (mention.role !== 'child' || mention.plural || mention.children.length !== 1 || mention.pronoun) continue;
      const name = mention.children[0]!;
      const word = unit.words[mention.first];
      if (unit.words.slice(mention.first, mention.last + 1).some((w) => w.norm === 'you')) continue;
      if (word && /^\p{Lu}/u.test(word.value) && !first.has(name)) first.set(name, word.start);
    }
  }
  return [...first.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => people.children.get(name)!).filter(Boolean);
}

/** Whether the record explains that every child it names was not seen. */
function allNotSeen(mentioned: readonly Child[], seen: Seen): boolean {
  if (seen.notSeen.size === 0) return false;
  if (mentioned.length === 0) return seen.notSeen.has('*');
  return mentioned.every((c) => seen.notSeen.has(c.name));
}

/** Whether a heading names adults ("Mum's views", "Parents' views", "What school says", "What Leanne told me"). */
function namesAdult(title: string, lexicons: CompiledLexicons, people: People): boolean {
  const tokens = titleTokens(title);
  const { signals } = lexicons;
  for (let i = 0; i < tokens.length; i++) {
    if (people.adults.has(tokens[i]!.value)) return true;
    if (signals.adultFemale.at(tokens, i) || signals.adultMale.at(tokens, i) || signals.adultPeople.at(tokens, i) || signals.agencies.at(tokens, i)) return true;
  }
  return false;
}

/** The known children a heading names ("Amira's views", "Views of Amira and Kai"). */
function childrenIn(title: string, people: People): string[] {
  const words = new Set(titleTokens(title).map((t) => t.value));
  return [...people.children.keys()].filter((name) => name.split(/[-\s]+/).every((part) => words.has(part)));
}

function titleTokens(title: string): Token[] {
  const tokens: Token[] = [];
  for (const match of title.matchAll(/[\p{L}\p{N}'\u2019]+/gu)) {
    const value = withoutPossessive(match[0]).replace(/['\u2019]$/, '');
    tokens.push({ kind: 'word', value, norm: value.toLowerCase(), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
