import { firstAtLeast, normalize, PhraseMatcher } from '@carelint/text';
import type { CompiledLexicons } from './lexicons.js';
import { inPassing, mainChildOf, type MainChild } from './main-child.js';
import { nameGender, type Gender, type People } from './people.js';
import { FEMININE, OBJECT_PRONOUNS, SUBJECT_PRONOUNS, TITLES, WORKER, type Pronoun } from './mention-words.js';
import { genderedAt, listedAt, possessiveAt, quotedAt, startsMention, type Unit, type Word } from './units.js';

/** Who a mention refers to. `worker` is the writer ("I", "we"); `agency` a service that speaks ("School said"). */
export type Role = 'child' | 'adult' | 'agency' | 'worker' | 'unknown';

/**
 * A person named or referred to in a unit: words [first, last]. Built by `mention`, with every field.
 */
export interface Mention {
  unit: number;
  first: number;
  last: number;
  role: Role;
  /** The children meant (names); empty for an unnamed child or an adult. */
  children: string[];
  plural: boolean;
  gender: Gender | undefined;
  /** Written with an apostrophe-s ("Amira's room"): not the subject of a verb. */
  possessive: boolean;
  /** A third-person pronoun, resolved to what it stands for. */
  pronoun: Pronoun | undefined;
  resolved: Mention | undefined;
}

/** Words after "her" that show it is an object ("spoke with her alone"), not a possessive ("her mum"). */
const AFTER_OBJECT_HER = new Set([
  'alone', 'about', 'on', 'in', 'at', 'and', 'for', 'today', 'again', 'privately', 'separately', 'first', 'after',
  'before', 'while', 'when', 'with', 'to', 'too', 'as', 'that', 'if', 'how', 'what', 'why', 'whether', 'by', 'without',
  'smile', 'smiling', 'laugh', 'laughing', 'play', 'playing', 'cry', 'crying', 'settle', 'reach', 'reaching',
]);

/**
 * A mention with every field set. An object that gains a field later, or is built by spreading, takes a shape that
 * V8 may drop at a full garbage collection, and with it the optimised code of the scans that read mentions.
 */
export function mention(
  unit: number,
  first: number,
  last: number,
  role: Role,
  children: string[],
  plural: boolean,
  possessive: boolean,
  gender: Gender | undefined = undefined,
  pronoun: Pronoun | undefined = undefined,
): Mention {
  return { unit, first, last, role, children, plural, gender, possessive, pronoun, resolved: undefined };
}

/**
 * The mentions of one unit by the word they end or start at (the widest, or the narrowest starting there), indexed
 * by word: arrays as long as the unit, cheaper to build and read than maps.
 */
interface Ends {
  ending: Array<Mention | undefined>;
  starting: Array<Mention | undefined>;
  startingNarrow: Array<Mention | undefined>;
}

/** The people in every unit, with pronouns resolved to the person they most likely stand for. */
export interface MentionIndex {
  readonly units: readonly Unit[];
  readonly people: People;
  readonly byUnit: Mention[][];
  /** The mention ending at word `index` of a unit, if any (the widest: a group "Amira and Kai" over "Kai"). */
  endingAt(unit: number, index: number): Mention | undefined;
  /** The mention starting at word `index` of a unit, if any: the widest, or with `narrow` one person, not a group. */
  startingAt(unit: number, index: number, narrow?: boolean): Mention | undefined;
  /** What a mention stands for: itself, or the person a pronoun was resolved to. */
  target(mention: Mention): Mention | undefined;
  /** The child the record's title or header names, when it is about one child (see main-child.ts). */
  readonly main: MainChild | undefined;
}

/**
 * The index with what it needs while it is built. It is an object literal, not a class instance: V8 keeps a
 * literal's shape for good, but drops the shape a class instance gets from its fields at a full garbage collection
 * once no instance is left, and with it the optimised code of every function that read one (all of the scans).
 */
interface Index extends MentionIndex {
  readonly lexicons: CompiledLexicons;
  /** The child each section is about, when its heading names one (or the record has only one child). */
  readonly sectionChild: (unit: Unit) => Mention | undefined;
  readonly names: PhraseMatcher<string>;
  readonly adultNames: PhraseMatcher<Gender | 'none'>;
  readonly genders: Map<string, Gender | undefined>;
  /** First words of the children's and adults' names, to rule most words out with one lookup. */
  readonly nameStarts: Set<string>;
  /** Their norms: most words are ruled out by their norm, which is at hand, before their value is read. */
  readonly nameNorms: Set<string>;
  /** By ASCII code unit, 1 where one of them starts with it (see `named`). */
  readonly nameFirsts: Uint8Array;
  readonly ends: Array<Ends | undefined>;
  /** Per unit, its words outside subordinate clauses (computed when a pronoun first needs it). */
  readonly mainClause: Array<Uint8Array | undefined>;
  readonly children: string[];
  readonly babies: string[];
  /** The record's unnamed child, when a header field gives one, as the mention its pronouns resolve to. */
  unnamed: Mention | undefined;
  main: MainChild | undefined;
  /** Per unit, which of its mentions name someone only in passing (null: none), worked out when a pronoun asks. */
  readonly passing: Array<Uint8Array | null | undefined>;
}

/** Finds the people in every unit and resolves pronouns to the person they most likely stand for. */
export function mentionIndex(units: readonly Unit[], people: People, lexicons: CompiledLexicons, sectionChild: (unit: Unit) => Mention | undefined): MentionIndex {
  const index: Index = {
    units,
    people,
    byUnit: [],
    endingAt,
    startingAt,
    target,
    lexicons,
    sectionChild,
    names: new PhraseMatcher(),
    adultNames: new PhraseMatcher(),
    genders: new Map(),
    nameStarts: new Set(),
    nameNorms: new Set(),
    nameFirsts: new Uint8Array(128),
    ends: [],
    mainClause: [],
    children: [...people.children.keys()],
    babies: [...people.children.values()].filter((c) => c.baby).map((c) => c.name),
    unnamed: undefined,
    main: undefined,
    passing: [],
  };
  for (const name of people.children.keys()) index.names.add(name, name, true);
  for (const child of people.children.values()) for (const alias of child.aliases) index.names.add(alias, child.name, true);
  for (const [name, gender] of people.adults) index.adultNames.add(name, gender ?? 'none', true);
  const aliases = [...people.children.values()].flatMap((child) => child.aliases);
  for (const name of [...people.children.keys(), ...aliases, ...people.adults.keys()]) index.nameStarts.add(name.split(/[\s\-\u2010\u2011]+/)[0]!);
  // A word's norm is its value normalised, or only in lower case when an apostrophe-s was cut.
  for (const start of index.nameStarts) index.nameNorms.add(normalize(start)).add(start.toLowerCase());
  for (const start of index.nameStarts) if (start.charCodeAt(0) < 128) index.nameFirsts[start.charCodeAt(0)] = 1;
  for (const unit of units) index.byUnit.push(find(index, unit));
  learnGenders(index);
  index.main = mainChildOf(units, index.byUnit, people, index.genders);
  for (const mentions of index.byUnit) {
    for (const m of mentions) {
      const resolved = m.pronoun ? resolve(index, m) : undefined;
      if (resolved) m.resolved = resolved;
    }
  }
  return index;
}

/** A unit with at most this many mentions is scanned for one: cheaper than the three tables `endsOf` builds for it. */
const SCAN_MOST = 8;

function endingAt(this: Index, unit: number, index: number): Mention | undefined {
  const mentions = this.byUnit[unit]!;
  if (mentions.length <= SCAN_MOST) {
    // As `endsOf` picks: the mention that starts first; of those, the first in order.
    let found: Mention | undefined;
    for (const m of mentions) if (m.last === index && (!found || m.first < found.first)) found = m;
    return found;
  }
  const { ending } = endsOf(this, unit);
  return index >= 0 && index < ending.length ? ending[index] : undefined;
}

function startingAt(this: Index, unit: number, index: number, narrow = false): Mention | undefined {
  const mentions = this.byUnit[unit]!;
  if (mentions.length <= SCAN_MOST) {
    // As `endsOf` picks: the widest (or narrowest) mention starting there; of those, the first in order.
    let found: Mention | undefined;
    for (const m of mentions) if (m.first === index && (!found || (narrow ? m.last < found.last : m.last > found.last))) found = m;
    return found;
  }
  const ends = endsOf(this, unit);
  const starting = narrow ? ends.startingNarrow : ends.starting;
  return index >= 0 && index < starting.length ? starting[index] : undefined;
}

function target(mention: Mention): Mention | undefined {
  return mention.pronoun ? mention.resolved : mention;
}

/** A unit's mentions by where they end and start; of several, the first in order wins a tie. */
function endsOf(index: Index, unit: number): Ends {
  let ends = index.ends[unit];
  if (!ends) {
    const length = index.units[unit]!.words.length;
    ends = { ending: new Array(length).fill(undefined), starting: new Array(length).fill(undefined), startingNarrow: new Array(length).fill(undefined) };
    for (const mention of index.byUnit[unit]!) {
      const ending = ends.ending[mention.last];
      if (!ending || mention.first < ending.first) ends.ending[mention.last] = mention;
      const wide = ends.starting[mention.first];
      if (!wide || mention.last > wide.last) ends.starting[mention.first] = mention;
      const narrow = ends.startingNarrow[mention.first];
      if (!narrow || mention.last < narrow.last) ends.startingNarrow[mention.first] = mention;
    }
    index.ends[unit] = ends;
  }
  return ends;
}

function find(index: Index, unit: Unit): Mention[] {
  const { words } = unit;
  const mentions: Mention[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    const found = word.kind === 'word' && !quotedAt(unit, i) && (named(index, word) || startsMention(unit, i) || word.value === 'Children') ? mentionAt(index, unit, i) : undefined;
    if (found) {
      mentions.push(found);
      i = found.last + 1;
    } else i += 1;
  }
  return withGroups(unit, mentions);
}

/** Whether a word is the first word of a child's or an adult's name. */
function named(index: Index, word: Word): boolean {
  // A word is a name's first word only if it starts with the code unit that name does: most words (lower case) are
  // ruled out by one look at an array, cheaper than the set lookups below. A word that starts with anything but
  // ASCII, or an empty one, is looked up as before.
  const first = word.value.charCodeAt(0);
  if (first < 128 && index.nameFirsts[first] === 0) return false;
  return index.nameNorms.has(word.norm) && index.nameStarts.has(word.value);
}

/** The person named or referred to from word `i` of a unit, if any. */
function mentionAt(index: Index, unit: Unit, i: number): Mention | undefined {
  const { words } = unit;
  const word = words[i]!;
  const { signals } = index.lexicons;
  const children = index.children;
  const only = children.length === 1 ? children : [];
  const babies = index.babies;
  const u = unit.index;
  const isNamed = named(index, word);
  const name = isNamed ? index.names.matchAt(words, i) : undefined;
  if (name) return mention(u, i, name.last, 'child', [name.payloads[0]!], false, possessiveAt(unit, name.last));
  // A word that starts no phrase of any list (a pronoun, "you", a title) is looked up in none of them.
  const listed = listedAt(unit, i);
  const group = listed ? signals.childrenReferents.lastIn(unit, i) : -1;
  if (group >= 0) return mention(u, i, group, 'child', children, true, possessiveAt(unit, group));
  // Terse notes open a sentence with "Children" for the record's children ("Children fed, in pyjamas, said ..."); not
  // "Children's Services" or "Children in Care Council" (a name in capitals after it).
  if (word.value === 'Children' && !possessiveAt(unit, i) && /^\p{Ll}/u.test(words[i + 1]?.value ?? '')) return mention(u, i, i, 'child', children, true, false);
  const single = listed ? signals.childReferents.atIn(unit, i) : undefined;
  if (single) {
    const baby = /\b(baby|infant|toddler|little one)\b/.test(single.payloads[0]!.text);
    return mention(u, i, single.last, 'child', baby && babies.length === 1 ? babies : only, false, possessiveAt(unit, single.last));
  }
  if (word.norm === 'child' && /^([A-Z]|\d{1,2})$/.test(words[i + 1]?.value ?? '')) return mention(u, i, i + 1, 'child', only, false, possessiveAt(unit, i + 1));
  const title = word.norm.endsWith('.') ? word.norm.slice(0, -1) : word.norm;
  if (TITLES.has(title) && /^\p{Lu}/u.test(words[i + 1]?.value ?? '')) {
    const gender = title === 'mr' ? 'm' : /^(mrs|ms|miss)$/.test(title) ? 'f' : undefined;
    return mention(u, i, i + 1, 'adult', [], false, possessiveAt(unit, i + 1), gender);
  }
  const adultName = isNamed ? index.adultNames.matchAt(words, i) : undefined;
  if (adultName) {
    const gender = adultName.payloads[0];
    return mention(u, i, adultName.last, 'adult', [], false, possessiveAt(unit, adultName.last), gender && gender !== 'none' ? gender : undefined);
  }
  if (listed) {
    // The longest of a woman's, a man's and another adult's role; on a tie, the first of them.
    const female = signals.adultFemale.lastIn(unit, i);
    const male = signals.adultMale.lastIn(unit, i);
    const other = signals.adultPeople.lastIn(unit, i);
    let last = female;
    // `gender` stays undefined only when no role is found or another adult's is the longest.
    let gender: Gender | undefined = female >= 0 ? 'f' : undefined;
    if (male > last) {
      last = male;
      gender = 'm';
    }
    if (other > last) {
      last = other;
      gender = undefined;
    }
    if (last >= 0) {
      const plural = gender === undefined && /s$/.test(words[last]!.norm) && !/(ss|us)$/.test(words[last]!.norm);
      return mention(u, i, last, 'adult', [], plural, possessiveAt(unit, last), gender);
    }
    const agency = signals.agencies.lastIn(unit, i);
    if (agency >= 0) return mention(u, i, agency, 'agency', [], false, possessiveAt(unit, agency));
  }
  if (WORKER.has(word.norm)) return mention(u, i, i, 'worker', [], word.norm === 'we' || word.norm === 'us', possessiveAt(unit, i));
  if (word.norm === 'you' || word.norm === 'your' || word.norm === 'yourself') {
    if (!index.people.writtenToChild) return mention(u, i, i, 'unknown', [], false, possessiveAt(unit, i));
    const addressee = index.people.addressee;
    return mention(u, i, i, 'child', addressee ? [addressee] : only, false, word.norm === 'your' ? true : possessiveAt(unit, i));
  }
  const subject = SUBJECT_PRONOUNS.get(word.norm);
  if (subject) return mention(u, i, i, 'unknown', [], subject === 'they', possessiveAt(unit, i), undefined, subject);
  const object = OBJECT_PRONOUNS.get(word.norm);
  if (object && (word.norm !== 'her' || isObjectHer(words, i))) return mention(u, i, i, 'unknown', [], object === 'they', possessiveAt(unit, i), undefined, object);
  return undefined;
}

/** Child genders: from pronouns that follow the name in the text, else from the name itself. */
function learnGenders(index: Index): void {
  const votes = new Map<string, { f: number; m: number }>();
  for (const unit of index.units) {
    const mentions = index.byUnit[unit.index]!;
    let gendered: number[] | undefined;
    for (let k = 0; k < mentions.length; k++) {
      const mention = mentions[k]!;
      if (mention.role !== 'child' || mention.children.length !== 1 || mention.plural) continue;
      gendered ??= genderedWords(unit);
      const pronoun = pronounAfter(unit, mentions, k, gendered);
      if (!pronoun) continue;
      const vote = votes.get(mention.children[0]!) ?? { f: 0, m: 0 };
      if (FEMININE.has(pronoun.norm)) vote.f += 1;
      else vote.m += 1;
      votes.set(mention.children[0]!, vote);
    }
  }
  for (const name of index.people.children.keys()) {
    const vote = votes.get(name);
    const gender = vote && vote.f !== vote.m ? (vote.f > vote.m ? 'f' : 'm') : nameGender(name.split(/[-\s]/)[0]!);
    index.genders.set(name, gender);
    const child = index.people.children.get(name);
    if (child && gender) child.gender = gender;
  }
}

/** The person a pronoun most likely stands for: earlier in its unit, then the subject of the units before. */
function resolve(index: Index, pronoun: Mention): Mention | undefined {
  const fits = (candidate: Mention): boolean => {
    if (isSecondPerson(index.units[candidate.unit], candidate)) return false;
    const target = index.target(candidate);
    if (!target || target.role === 'worker' || target.role === 'agency' || target.role === 'unknown') return false;
    if (pronoun.pronoun === 'they') return target.plural;
    if (target.plural) return false;
    const gender = target.gender ?? (target.role === 'child' && target.children.length === 1 ? index.genders.get(target.children[0]!) : undefined);
    return gender === undefined || gender === (pronoun.pronoun === 'she' ? 'f' : 'm');
  };
  // Candidates in order: earlier in the pronoun's unit (nearest first), then in each of the three units before,
  // the subject of its main clause and the others (nearest first). The first that fits wins.
  const here = index.byUnit[pronoun.unit]!;
  for (let k = here.length - 1; k >= 0; k--) {
    const m = here[k]!;
    if (m.last < pronoun.first && m !== pronoun && !isInside(m, pronoun) && fits(m)) return index.target(m);
  }
  const unit = index.units[pronoun.unit]!;
  const subjectPronoun = pronoun.pronoun !== 'they' && unit.words[pronoun.first]!.norm === pronoun.pronoun;
  // In a log about one child, "he" or "she" opening a clause is that child over anyone named only in passing since.
  const own = subjectPronoun && index.main && ownChild(index.main, pronoun.pronoun!) ? index.main : undefined;
  for (let back = 1; back <= 3; back++) {
    const previous = index.units[pronoun.unit - back];
    if (!previous || previous.section !== unit.section) break;
    const mentions = index.byUnit[previous.index]!;
    const main = (index.mainClause[previous.index] ??= mainClauseWords(previous));
    const passing = own ? passingIn(index, previous, own) : undefined;
    const counts = (k: number) => passing === undefined || passing[k] === 0;
    const subject =
      mentions.find((m, k) => !m.possessive && m.role !== 'worker' && main[m.first] === 1 && counts(k)) ?? mentions.find((m, k) => !m.possessive && m.role !== 'worker' && counts(k));
    if (subject && fits(subject)) return index.target(subject);
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m !== subject && counts(k) && fits(m)) return index.target(m);
    }
    // Only people named in passing fit: "Walked to school with our Gethin. He sang me the song" is the log's child.
    if (passing && mentions.some((m, k) => passing[k] === 1 && fits(m))) return own!.mention;
  }
  const fallback = index.sectionChild(unit);
  if (fallback && fits(fallback)) return fallback;
  // A form that gives its child without a name ("Child: Year 8", a date of birth) then says "she" and "he": with no
  // one else before it, a singular subject pronoun stands for that child.
  if (index.people.unnamedChild && subjectPronoun) {
    return (index.unnamed ??= mention(pronoun.unit, pronoun.first, pronoun.last, 'child', [], false, false));
  }
  // So does a log that names its child in the title only, with no one named in the lines before the pronoun.
  if (own) return own.mention;
  return undefined;
}

/** Whether the main child may be "he" or "she": their gender is that one (or, unknown, the record's pronouns say so). */
function ownChild(main: MainChild, pronoun: Pronoun): boolean {
  return main.gender === (pronoun === 'she' ? 'f' : 'm');
}

/** Which of a unit's mentions name someone only in passing (1), for the main child's pronouns; undefined for none. */
function passingIn(index: Index, unit: Unit, main: MainChild): Uint8Array | undefined {
  let passing = index.passing[unit.index];
  if (passing === undefined) {
    const mentions = index.byUnit[unit.index]!;
    const found = inPassing(unit, mentions, main, index.people, index.lexicons);
    passing = found ?? null;
    index.passing[unit.index] = passing;
  }
  return passing ?? undefined;
}

/**
 * The first gendered pronoun outside quotes after mention `k` of a unit, up to and including the next person's first
 * word. `gendered` holds where the unit's gendered pronouns outside quotes stand (see `genderedWords`): read once per
 * unit, not from each mention on, which read a long unit once for every name in it.
 */
function pronounAfter(unit: Unit, mentions: readonly Mention[], k: number, gendered: readonly number[]): Word | undefined {
  let next: Mention | undefined;
  for (let n = k + 1; n < mentions.length && !next; n++) if (mentions[n]!.role !== 'worker') next = mentions[n];
  const end = next ? Math.min(next.first + 1, unit.words.length) : unit.words.length;
  const from = mentions[k]!.last + 1;
  const w = gendered[firstAtLeast(gendered, from)];
  return w !== undefined && w < end ? unit.words[w] : undefined;
}

/** Where a unit's gendered pronouns outside quotes stand, in order. */
function genderedWords(unit: Unit): number[] {
  const found: number[] = [];
  for (let w = 0; w < unit.words.length; w++) if (genderedAt(unit, w) && !quotedAt(unit, w)) found.push(w);
  return found;
}

/** Words that open a subordinate clause: its people are not the subject a later "she" or "he" refers to. */
const SUBORDINATORS = new Set(['when', 'if', 'because', 'while', 'after', 'before', 'as', 'until', 'since', 'although', 'though', 'once', 'whenever']);

/** Which words of a unit (1) stand outside clauses that open with "when", "if", "because" ... up to their comma. */
function mainClauseWords(unit: Unit): Uint8Array {
  const { words } = unit;
  const main = new Uint8Array(words.length);
  let subordinate = false;
  let clauseStart = true;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (word.norm === ',' || word.norm === ';') {
      subordinate = false;
      clauseStart = true;
      continue;
    }
    if (clauseStart && word.kind === 'word' && SUBORDINATORS.has(word.norm)) subordinate = true;
    if (word.kind === 'word') clauseStart = false;
    if (!subordinate) main[k] = 1;
  }
  return main;
}

/** "you" or "your": never what "he", "she" or "they" stands for. */
function isSecondPerson(unit: Unit | undefined, mention: Mention): boolean {
  const word = unit?.words[mention.first];
  return word !== undefined && (word.norm === 'you' || word.norm === 'your' || word.norm === 'yourself');
}

/** Whether `inner` lies within `outer` (a group and one of its names). */
function isInside(inner: Mention, outer: Mention): boolean {
  return inner.first >= outer.first && inner.last <= outer.last;
}

/** "her" as an object ("I spoke with her alone") rather than a possessive ("her mum"). */
function isObjectHer(words: readonly Word[], index: number): boolean {
  const next = words[index + 1];
  return !next || next.kind !== 'word' || AFTER_OBJECT_HER.has(next.norm);
}

/** Adds a group mention over children joined by "and", "&" or commas ("Amira and Kai said"). */
function withGroups(unit: Unit, mentions: Mention[]): Mention[] {
  // A group joins two mentions or more. The run being read is mentions[from, to): consecutive, so read by index,
  // without an array or a closure per unit.
  if (mentions.length < 2) return mentions;
  let groups: Mention[] | undefined;
  let from = 0;
  let to = 0;
  for (let k = 0; k < mentions.length; k++) {
    const next = mentions[k]!;
    const person = (next.role === 'child' || next.role === 'adult') && !next.pronoun;
    if (to > from && person && joined(unit.words, mentions[to - 1]!.last, next.first)) to = k + 1;
    else {
      if (to - from > 1) (groups ??= []).push(groupOf(unit, mentions, from, to));
      from = k;
      to = person && !next.possessive ? k + 1 : k;
    }
  }
  if (to - from > 1) (groups ??= []).push(groupOf(unit, mentions, from, to));
  return groups ? [...mentions, ...groups] : mentions;
}

/** The group mention over mentions[from, to): children if all are, the children of each once, in order. */
function groupOf(unit: Unit, mentions: readonly Mention[], from: number, to: number): Mention {
  let children = true;
  const names = new Set<string>();
  for (let k = from; k < to; k++) {
    const m = mentions[k]!;
    if (m.role !== 'child') children = false;
    for (const name of m.children) names.add(name);
  }
  const last = mentions[to - 1]!;
  return mention(unit.index, mentions[from]!.first, last.last, children ? 'child' : 'adult', [...names], true, last.possessive);
}

/** Whether only "and", "&" or commas stand between two words. */
function joined(words: readonly Word[], last: number, first: number): boolean {
  if (first <= last + 1) return false;
  for (let k = last + 1; k < first; k++) {
    const word = words[k]!;
    if (!(word.norm === 'and' || word.value === '&' || word.value === ',' || word.norm === 'both')) return false;
  }
  return true;
}
