import type { Analysis, Section, Token } from '@carelint/text';
import { toldAges, youngAt, type Told } from './ages.js';
import { withoutPossessive, type CompiledLexicons, type Signals } from './lexicons.js';
import { mention, mentionIndex, type MentionIndex, type Mention } from './mentions.js';
import { findMethods } from './methods.js';
import { BABY_UNDER_YEARS } from './patterns.js';
import { ABOUT_A_CHILD, findPeople, type Child, type People } from './people.js';
import { findSeen, type Seen } from './seen.js';
import { quotedAt, unitsOf, type Unit } from './units.js';
import { findVoice, type Voice, type VoiceItem } from './voice.js';

/** How many sentences about a child make a care record about that child, when no header field names one. */
const ABOUT_CHILD_UNITS = 3;

/** Headings that hold the writer's view, not the child's ("My view", "Our views"). */
const WRITERS_VIEW = /^(my|our) views?$/i;

export type Status = 'present' | 'absent' | 'not-applicable';

/** Everything the rule learns about one record, before it reports anything. */
export interface Record {
  documentType: string | undefined;
  units: Unit[];
  people: People;
  /** Every child of the record, and those named in its own words (in order of first mention). */
  children: Child[];
  mentioned: Child[];
  /** The one child a log or form is about, when its header names one ("Weekly log - Elis (8)"). */
  mainChild: string | undefined;
  /** "Child's views" sections (not "Mum's views" or "My view"), with the children their headings name. */
  viewsSections: Map<Section, string[]>;
  seen: Seen;
  voice: Voice;
  methods: Set<string>;
  /** A child of the record is a baby or does not speak: what was observed of them is their voice. */
  preverbal: boolean;
  /** A child of the record does not speak or uses signs and symbols. */
  nonverbal: boolean;
  counts: { quotes: number; reportedViews: number; observations: number };
  status: Status;
}

/** Reads a record: its children and adults, the children's voice, how it was gathered, and the record's status. */
export function readRecord(
  analysis: Analysis,
  lexicons: CompiledLexicons,
  callerNames: readonly string[],
  documentType: string | undefined,
): Record | undefined {
  if (documentType === 'other') return undefined;
  const units = unitsOf(analysis, lexicons);
  const people = findPeople(analysis, lexicons, callerNames, documentType);
  // A letter to a parent or a professional is about the children but is not where their voice is expected.
  if (documentType === 'letter' && !people.letter && !people.writtenToChild) return undefined;
  const viewsSections = new Map<Section, string[]>();
  for (const section of analysis.sections) {
    if (section.kind !== 'child-views' || !section.heading || WRITERS_VIEW.test(section.title)) continue;
    if (!namesAdult(section.title, lexicons, people)) viewsSections.set(section, childrenIn(section.title, people));
  }
  const pastViews = afterPlainHeading(units, viewsSections, lexicons);
  const isViewsSection = (unit: Unit) => unit.section !== undefined && viewsSections.has(unit.section) && !pastViews.has(unit.index);
  const sectionChild = (unit: Unit): Mention | undefined => {
    const named = unit.section && !pastViews.has(unit.index) ? viewsSections.get(unit.section) : undefined;
    if (!named) return undefined;
    const children = named.length > 0 ? named : people.children.size === 1 ? [...people.children.keys()] : [];
    return mention(unit.index, -1, -1, 'child', children, children.length > 1, false);
  };
  const index = mentionIndex(units, people, lexicons, sectionChild);
  const seen = findSeen(units, index, lexicons);
  const voice = findVoice(analysis, units, index, lexicons, sectionChild, isViewsSection);
  const methods = findMethods(units, index, lexicons, seen, voice);
  const signals = documentSignals(units, lexicons);
  const children = [...people.children.values()];
  const mentioned = mentionedChildren(units, index, people);

  const counts = {
    quotes: voice.items.filter((i) => i.kind === 'quote').length,
    reportedViews: voice.items.filter((i) => i.kind === 'view').length,
    observations: voice.items.filter((i) => i.kind === 'observation').length,
  };
  const allOlder = children.length > 0 && children.every((c) => !c.baby && c.age !== undefined && c.age >= BABY_UNDER_YEARS);
  const preverbal = children.some((c) => c.baby) || (signals.baby && !allOlder) || signals.nonverbal;
  addresseeAges(units, voice.items, people, signals.nonverbal);
  const childMentioned = units.some((u) => index.byUnit[u.index]!.some((m) => index.target(m)?.role === 'child'));
  const aboutChild =
    ABOUT_A_CHILD.has(documentType ?? '') ||
    people.letter ||
    people.writtenToChild ||
    viewsSections.size > 0 ||
    seen.met.size > 0 ||
    (signals.recordKind && (people.children.size > 0 || childMentioned)) ||
    // A care record that gives its child in a header field, or keeps coming back to a child, is about that child; a
    // meeting about a family's housing that names the children once is not.
    (analysis.kind.care && (people.fromFields || people.unnamedChild || unitsAboutChild(units, index) >= ABOUT_CHILD_UNITS)) ||
    voice.items.some((item) => heard(item, preverbal));
  const status: Status =
    counts.quotes + counts.reportedViews > 0 || voice.items.some((item) => item.kind === 'observation' && heard(item, preverbal))
      ? 'present'
      : aboutChild
        ? 'absent'
        : 'not-applicable';
  return { documentType, units, people, children, mentioned, mainChild: index.main?.mention.children[0], viewsSections, seen, voice, methods, preverbal, nonverbal: signals.nonverbal, counts, status };
}

/**
 * Units of a child's-views section that come after a line that reads as a heading the section finder missed
 * ("Views of parent/carer", "Management decision"): a paragraph of one to six words with no end punctuation and no
 * speech or view verb. They belong to that next part of the record, not to the child's views.
 */
function afterPlainHeading(units: readonly Unit[], viewsSections: ReadonlyMap<Section, string[]>, lexicons: CompiledLexicons): Set<number> {
  const past = new Set<number>();
  if (viewsSections.size === 0) return past;
  const { speech, view } = lexicons.signals;
  let closed: Section | undefined;
  const started = new Set<Section>();
  for (const unit of units) {
    const section = unit.section;
    if (!section || !viewsSections.has(section)) continue;
    if (closed === section) {
      past.add(unit.index);
      continue;
    }
    const alone = units[unit.index - 1]?.paragraph !== unit.paragraph && units[unit.index + 1]?.paragraph !== unit.paragraph;
    const words = unit.words.filter((w) => w.kind === 'word');
    const last = unit.words[unit.words.length - 1];
    const heading =
      alone &&
      words.length > 0 &&
      words.length <= 6 &&
      /^\p{Lu}/u.test(words[0]!.value) &&
      last !== undefined &&
      last.kind === 'word' &&
      !unit.anyQuoted &&
      !speech.startsAny(unit) &&
      !view.startsAny(unit);
    // The first line of a section is its own (a one-line view such as "Happy at Nan's"), never a new heading.
    if (heading && started.has(section)) {
      closed = section;
      past.add(unit.index);
    }
    started.add(section);
  }
  return past;
}

/** How many sentences mention a child of the record (by name, as "the children", or by a pronoun resolved to them). */
function unitsAboutChild(units: readonly Unit[], index: MentionIndex): number {
  let count = 0;
  for (const unit of units) {
    if (index.byUnit[unit.index]!.some((m) => index.target(m)?.role === 'child')) count += 1;
    if (count >= ABOUT_CHILD_UNITS) break;
  }
  return count;
}

/**
 * Whether an item is the child's voice: words and views always, observations for a baby or a non-speaking child
 * (for "you" in a letter to the child, when it was a baby then: `young`).
 */
export function heard(item: VoiceItem, preverbal: boolean): boolean {
  return item.kind !== 'observation' || (item.young ?? preverbal);
}

/**
 * Sets `young` on each observation of "you" in a record written to the child: a baby's voice when the child is
 * a baby, does not speak, or the passage puts them under three ("When you were nine months old ..."). Baby words
 * elsewhere in the letter do not make it so: a later-life letter to a fifteen-year-old speaks of cots and bottles.
 */
function addresseeAges(units: readonly Unit[], items: readonly VoiceItem[], people: People, nonverbal: boolean): void {
  if (!people.writtenToChild) return;
  const baby = (people.addressee !== undefined && people.children.get(people.addressee)?.baby === true) || nonverbal;
  let told: Told[][] | undefined;
  for (const item of items) {
    if (item.kind !== 'observation' || !item.addressee) continue;
    item.young = baby || youngAt(units, (told ??= toldAges(units)), item.unit, item.start) === true;
  }
}

/** Signals anywhere in the record's own words (not quotes, not headings): a baby, a child who does not speak, a visit. */
function documentSignals(units: readonly Unit[], lexicons: CompiledLexicons): { baby: boolean; nonverbal: boolean; recordKind: boolean } {
  const found = { baby: false, nonverbal: false, recordKind: false };
  const { signals } = lexicons;
  for (const unit of units) {
    found.baby ||= said(signals.preverbal, unit);
    found.nonverbal ||= said(signals.nonverbal, unit);
    found.recordKind ||= said(signals.recordKinds, unit);
  }
  return found;
}

/** Whether a unit holds a phrase of the list outside quotes. */
function said(list: Signals, unit: Unit): boolean {
  for (const i of list.startsIn(unit)) if (!quotedAt(unit, i) && list.lastIn(unit, i) >= 0) return true;
  return false;
}

/** The children the record names in its own words (not only in a heading), in order of first mention. */
function mentionedChildren(units: readonly Unit[], index: MentionIndex, people: People): Child[] {
  const first = new Map<string, number>();
  for (const unit of units) {
    for (const mention of index.byUnit[unit.index]!) {
      if (mention.role !== 'child' || mention.plural || mention.children.length !== 1 || mention.pronoun) continue;
      const name = mention.children[0]!;
      const word = unit.words[mention.first];
      if (saysYou(unit, mention.first, mention.last)) continue;
      if (word && /^\p{Lu}/u.test(word.value) && !first.has(name)) first.set(name, word.start);
    }
  }
  return [...first.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => people.children.get(name)!).filter(Boolean);
}

/** Whether "you" is among words `first` to `last` of a unit. */
function saysYou(unit: Unit, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (unit.words[k]?.norm === 'you') return true;
  return false;
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

/** A heading's words as tokens, apostrophe-s dropped, for the word lists. */
function titleTokens(title: string): Token[] {
  const tokens: Token[] = [];
  for (const match of title.matchAll(/[\p{L}\p{N}'\u2019]+/gu)) {
    const value = withoutPossessive(match[0]).replace(/['\u2019]$/, '');
    tokens.push({ kind: 'word', value, norm: value.toLowerCase(), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
