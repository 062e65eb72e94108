import { normalize, PhraseMatcher } from '@carelint/text';
import type { CompiledLexicons } from './lexicons.js';
import { nameGender, type Gender, type People } from './people.js';
import type { Unit, Word } from './units.js';

/** Who a mention refers to. `worker` is the writer ("I", "we"); `agency` a service that speaks ("School said"). */
export type Role = 'child' | 'adult' | 'agency' | 'worker' | 'unknown';

/** A person named or referred to in a unit: words [first, last]. */
export interface Mention {
  unit: number;
  first: number;
  last: number;
  role: Role;
  /** The children meant (names); empty for an unnamed child or an adult. */
  children: string[];
  plural: boolean;
  gender?: Gender;
  /** Written with an apostrophe-s ("Amira's room"): not the subject of a verb. */
  possessive: boolean;
  /** A third-person pronoun, resolved to what it stands for. */
  pronoun?: Pronoun;
  resolved?: Mention;
}

type Pronoun = 'he' | 'she' | 'they';
const SUBJECT_PRONOUNS = new Map<string, Pronoun>([['he', 'he'], ['she', 'she'], ['they', 'they']]);
const OBJECT_PRONOUNS = new Map<string, Pronoun>([['him', 'he'], ['her', 'she'], ['them', 'they']]);
const WORKER = new Set(['i', 'me', 'we', 'us', 'myself']);
/** Words after "her" that show it is an object ("spoke with her alone"), not a possessive ("her mum"). */
const AFTER_OBJECT_HER = new Set([
  'alone', 'about', 'on', 'in', 'at', 'and', 'for', 'today', 'again', 'privately', 'separately', 'first', 'after',
  'before', 'while', 'when', 'with', 'to', 'too', 'as', 'that', 'if', 'how', 'what', 'why', 'whether', 'by', 'without',
  'smile', 'smiling', 'laugh', 'laughing', 'play', 'playing', 'cry', 'crying', 'settle', 'reach', 'reaching',
]);
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);
/** Words that start a mention whatever the lexicons: pronouns, "you", "child" ("Child A") and titles. */
const MENTION_WORDS = new Set([...SUBJECT_PRONOUNS.keys(), ...OBJECT_PRONOUNS.keys(), ...WORKER, 'you', 'your', 'yourself', 'child', ...TITLES, ...[...TITLES].map((t) => `${t}.`)]);

/** The mentions of one unit by the word they end or start at (the widest, or the narrowest starting there). */
interface Ends {
  ending: Map<number, Mention>;
  starting: Map<number, Mention>;
  startingNarrow: Map<number, Mention>;
}

/** Finds the people in every unit and resolves pronouns to the person they most likely stand for. */
export class MentionIndex {
  readonly byUnit: Mention[][];
  readonly #names = new PhraseMatcher<string>();
  readonly #adultNames = new PhraseMatcher<Gender | 'none'>();
  readonly #genders = new Map<string, Gender | undefined>();
  /** First words of the children's and adults' names, to rule most words out with one lookup. */
  readonly #nameStarts = new Set<string>();
  /** Their norms: most words are ruled out by their norm, which is at hand, before their value is read. */
  readonly #nameNorms = new Set<string>();
  /** The lists (`Signals.id`) whose phrases start mentions: referents, roles, agencies. */
  readonly #mentionLists: Set<number>;
  readonly #ends: Array<Ends | undefined> = [];
  /** Per unit, its words outside subordinate clauses (computed when a pronoun first needs it). */
  readonly #mainClause: Array<Set<number> | undefined> = [];
  readonly #children: string[];
  readonly #babies: string[];

  constructor(
    readonly units: readonly Unit[],
    readonly people: People,
    readonly lexicons: CompiledLexicons,
    /** The child each section is about, when its heading names one (or the record has only one child). */
    readonly sectionChild: (unit: Unit) => Mention | undefined,
  ) {
    for (const name of people.children.keys()) this.#names.add(name, name, true);
    for (const [name, gender] of people.adults) this.#adultNames.add(name, gender ?? 'none', true);
    for (const name of [...people.children.keys(), ...people.adults.keys()]) this.#nameStarts.add(name.split(/[\s\-\u2010\u2011]+/)[0]!);
    // A word's norm is its value normalised, or only in lower case when an apostrophe-s was cut.
    for (const start of this.#nameStarts) this.#nameNorms.add(normalize(start)).add(start.toLowerCase());
    const { signals } = lexicons;
    this.#mentionLists = new Set([signals.childReferents, signals.childrenReferents, signals.adultFemale, signals.adultMale, signals.adultPeople, signals.agencies].map((list) => list.id));
    this.#children = [...people.children.keys()];
    this.#babies = [...people.children.values()].filter((c) => c.baby).map((c) => c.name);
    this.byUnit = units.map((unit) => this.#find(unit));
    this.#learnGenders();
    for (const mentions of this.byUnit) {
      for (const mention of mentions) {
        const resolved = mention.pronoun ? this.#resolve(mention) : undefined;
        if (resolved) mention.resolved = resolved;
      }
    }
  }

  /** The mention ending at word `index` of a unit, if any (the widest: a group "Amira and Kai" over "Kai"). */
  endingAt(unit: number, index: number): Mention | undefined {
    return this.#endsOf(unit).ending.get(index);
  }

  /** The mention starting at word `index` of a unit, if any: the widest, or with `narrow` one person, not a group. */
  startingAt(unit: number, index: number, narrow = false): Mention | undefined {
    const ends = this.#endsOf(unit);
    return (narrow ? ends.startingNarrow : ends.starting).get(index);
  }

  /** A unit's mentions by where they end and start; of several, the first in order wins a tie. */
  #endsOf(unit: number): Ends {
    let ends = this.#ends[unit];
    if (!ends) {
      ends = { ending: new Map(), starting: new Map(), startingNarrow: new Map() };
      for (const mention of this.byUnit[unit]!) {
        const ending = ends.ending.get(mention.last);
        if (!ending || mention.first < ending.first) ends.ending.set(mention.last, mention);
        const wide = ends.starting.get(mention.first);
        if (!wide || mention.last > wide.last) ends.starting.set(mention.first, mention);
        const narrow = ends.startingNarrow.get(mention.first);
        if (!narrow || mention.last < narrow.last) ends.startingNarrow.set(mention.first, mention);
      }
      this.#ends[unit] = ends;
    }
    return ends;
  }

  /** What a mention stands for: itself, or the person a pronoun was resolved to. */
  target(mention: Mention): Mention | undefined {
    return mention.pronoun ? mention.resolved : mention;
  }

  /** The gender of a child, from the text or the name. */
  childGender(name: string): Gender | undefined {
    return this.#genders.get(name);
  }

  #find(unit: Unit): Mention[] {
    const { words } = unit;
    const mentions: Mention[] = [];
    let i = 0;
    while (i < words.length) {
      const word = words[i]!;
      const mention = word.kind === 'word' && !word.quoted && (this.#named(word) || this.#mayStart(word)) ? this.#mentionAt(unit, i) : undefined;
      if (mention) {
        mentions.push(mention);
        i = mention.last + 1;
      } else i += 1;
    }
    return withGroups(unit, mentions);
  }

  /** Whether a word is the first word of a child's or an adult's name. */
  #named(word: Word): boolean {
    return this.#nameNorms.has(word.norm) && this.#nameStarts.has(word.value);
  }

  /** Whether a word can start a mention other than a name: a role, a referent, a title or a pronoun. */
  #mayStart(word: Word): boolean {
    for (const head of word.heads) if (this.#mentionLists.has(head.list)) return true;
    return MENTION_WORDS.has(word.norm);
  }

  /** The person named or referred to from word `i` of a unit, if any. */
  #mentionAt(unit: Unit, i: number): Mention | undefined {
    const { words } = unit;
    const word = words[i]!;
    const { signals } = this.lexicons;
    const children = this.#children;
    const only = children.length === 1 ? children : [];
    const babies = this.#babies;
    const at = (last: number, role: Role, extra: Partial<Mention> = {}): Mention => ({
      unit: unit.index,
      first: i,
      last,
      role,
      children: [],
      plural: false,
      possessive: words[last]!.possessive,
      ...extra,
    });
    const named = this.#named(word);
    const name = named ? this.#names.matchAt(words, i) : undefined;
    if (name) return at(name.last, 'child', { children: [name.payloads[0]!] });
    const group = signals.childrenReferents.at(words, i);
    if (group) return at(group.last, 'child', { children, plural: true });
    const single = signals.childReferents.at(words, i);
    if (single) {
      const baby = /\b(baby|infant|toddler|little one)\b/.test(single.payloads[0]!.text);
      return at(single.last, 'child', { children: baby && babies.length === 1 ? babies : only });
    }
    if (word.norm === 'child' && /^([A-Z]|\d{1,2})$/.test(words[i + 1]?.value ?? '')) return at(i + 1, 'child', { children: only });
    const title = word.norm.endsWith('.') ? word.norm.slice(0, -1) : word.norm;
    if (TITLES.has(title) && /^\p{Lu}/u.test(words[i + 1]?.value ?? '')) {
      return at(i + 1, 'adult', title === 'mr' ? { gender: 'm' } : /^(mrs|ms|miss)$/.test(title) ? { gender: 'f' } : {});
    }
    const adultName = named ? this.#adultNames.matchAt(words, i) : undefined;
    if (adultName) {
      const gender = adultName.payloads[0];
      return at(adultName.last, 'adult', gender && gender !== 'none' ? { gender } : {});
    }
    const female = signals.adultFemale.at(words, i);
    const male = signals.adultMale.at(words, i);
    const other = signals.adultPeople.at(words, i);
    const adult = longest(longest(female, male), other);
    if (adult) {
      const gender: Gender | undefined = adult === female ? 'f' : adult === male ? 'm' : undefined;
      const plural = adult === other && /s$/.test(words[adult.last]!.norm) && !/(ss|us)$/.test(words[adult.last]!.norm);
      return at(adult.last, 'adult', { plural, ...(gender ? { gender } : {}) });
    }
    const agency = signals.agencies.at(words, i);
    if (agency) return at(agency.last, 'agency');
    if (WORKER.has(word.norm)) return at(i, 'worker', { plural: word.norm === 'we' || word.norm === 'us' });
    if (word.norm === 'you' || word.norm === 'your' || word.norm === 'yourself') {
      if (!this.people.writtenToChild) return at(i, 'unknown');
      return at(i, 'child', { children: this.people.addressee ? [this.people.addressee] : only, ...(word.norm === 'your' ? { possessive: true } : {}) });
    }
    const subject = SUBJECT_PRONOUNS.get(word.norm);
    if (subject) return at(i, 'unknown', { pronoun: subject, plural: subject === 'they' });
    const object = OBJECT_PRONOUNS.get(word.norm);
    if (object && (word.norm !== 'her' || isObjectHer(words, i))) return at(i, 'unknown', { pronoun: object, plural: object === 'they' });
    return undefined;
  }

  /** Child genders: from pronouns that follow the name in the text, else from the name itself. */
  #learnGenders(): void {
    const votes = new Map<string, { f: number; m: number }>();
    for (const unit of this.units) {
      const mentions = this.byUnit[unit.index]!;
      mentions.forEach((mention, k) => {
        if (mention.role !== 'child' || mention.children.length !== 1 || mention.plural) return;
        const pronoun = pronounAfter(unit, mentions, k);
        if (!pronoun) return;
        const vote = votes.get(mention.children[0]!) ?? { f: 0, m: 0 };
        if (FEMININE.has(pronoun.norm)) vote.f += 1;
        else vote.m += 1;
        votes.set(mention.children[0]!, vote);
      });
    }
    for (const name of this.people.children.keys()) {
      const vote = votes.get(name);
      const gender = vote && vote.f !== vote.m ? (vote.f > vote.m ? 'f' : 'm') : nameGender(name.split(/[-\s]/)[0]!);
      this.#genders.set(name, gender);
      const child = this.people.children.get(name);
      if (child && gender) child.gender = gender;
    }
  }

  /** The person a pronoun most likely stands for: earlier in its unit, then the subject of the units before. */
  #resolve(pronoun: Mention): Mention | undefined {
    const fits = (candidate: Mention): boolean => {
      if (isSecondPerson(this.units[candidate.unit], candidate)) return false;
      const target = this.target(candidate);
      if (!target || target.role === 'worker' || target.role === 'agency' || target.role === 'unknown') return false;
      if (pronoun.pronoun === 'they') return target.plural;
      if (target.plural) return false;
      const gender = target.gender ?? (target.role === 'child' && target.children.length === 1 ? this.#genders.get(target.children[0]!) : undefined);
      return gender === undefined || gender === (pronoun.pronoun === 'she' ? 'f' : 'm');
    };
    // Candidates in order: earlier in the pronoun's unit (nearest first), then in each of the three units before,
    // the subject of its main clause and the others (nearest first). The first that fits wins.
    const here = this.byUnit[pronoun.unit]!;
    for (let k = here.length - 1; k >= 0; k--) {
      const m = here[k]!;
      if (m.last < pronoun.first && m !== pronoun && !isInside(m, pronoun) && fits(m)) return this.target(m);
    }
    const unit = this.units[pronoun.unit]!;
    for (let back = 1; back <= 3; back++) {
      const previous = this.units[pronoun.unit - back];
      if (!previous || previous.section !== unit.section) break;
      const mentions = this.byUnit[previous.index]!;
      const main = (this.#mainClause[previous.index] ??= mainClauseWords(previous));
      const subject = mentions.find((m) => !m.possessive && m.role !== 'worker' && main.has(m.first)) ?? mentions.find((m) => !m.possessive && m.role !== 'worker');
      if (subject && fits(subject)) return this.target(subject);
      for (let k = mentions.length - 1; k >= 0; k--) {
        const m = mentions[k]!;
        if (m !== subject && fits(m)) return this.target(m);
      }
    }
    const fallback = this.sectionChild(unit);
    return fallback && fits(fallback) ? fallback : undefined;
  }
}

const FEMININE = new Set(['she', 'her', 'hers', 'herself']);
const GENDERED = new Set([...FEMININE, 'he', 'him', 'his', 'himself']);

/** The first gendered pronoun outside quotes after mention `k` of a unit, up to and including the next person's first word. */
function pronounAfter(unit: Unit, mentions: readonly Mention[], k: number): Word | undefined {
  let next: Mention | undefined;
  for (let n = k + 1; n < mentions.length && !next; n++) if (mentions[n]!.role !== 'worker') next = mentions[n];
  const end = next ? Math.min(next.first + 1, unit.words.length) : unit.words.length;
  for (let w = mentions[k]!.last + 1; w < end; w++) {
    const word = unit.words[w]!;
    if (GENDERED.has(word.norm) && !word.quoted) return word;
  }
  return undefined;
}

/** The longer of two matches; on a tie, the first. */
function longest<T extends { last: number }>(a: T | undefined, b: T | undefined): T | undefined {
  return a && b ? (b.last > a.last ? b : a) : (a ?? b);
}

/** Words that open a subordinate clause: its people are not the subject a later "she" or "he" refers to. */
const SUBORDINATORS = new Set(['when', 'if', 'because', 'while', 'after', 'before', 'as', 'until', 'since', 'although', 'though', 'once', 'whenever']);

/** Indexes of the words of a unit outside clauses that open with "when", "if", "because" ... up to their comma. */
function mainClauseWords(unit: Unit): Set<number> {
  const main = new Set<number>();
  let subordinate = false;
  let clauseStart = true;
  unit.words.forEach((word, k) => {
    if (word.norm === ',' || word.norm === ';') {
      subordinate = false;
      clauseStart = true;
      return;
    }
    if (clauseStart && word.kind === 'word' && SUBORDINATORS.has(word.norm)) subordinate = true;
    if (word.kind === 'word') clauseStart = false;
    if (!subordinate) main.add(k);
  });
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
  const groups: Mention[] = [];
  let run: Mention[] = [];
  const close = () => {
    if (run.length > 1) {
      groups.push({
        unit: unit.index,
        first: run[0]!.first,
        last: run[run.length - 1]!.last,
        role: run.every((m) => m.role === 'child') ? 'child' : 'adult',
        children: [...new Set(run.flatMap((m) => m.children))],
        plural: true,
        possessive: run[run.length - 1]!.possessive,
      });
    }
    run = [];
  };
  for (const mention of mentions) {
    const previous = run[run.length - 1];
    if (previous && joined(unit.words, previous.last, mention.first) && (mention.role === 'child' || mention.role === 'adult') && !mention.pronoun) run.push(mention);
    else {
      close();
      if ((mention.role === 'child' || mention.role === 'adult') && !mention.pronoun && !mention.possessive) run = [mention];
    }
  }
  close();
  return [...mentions, ...groups];
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
