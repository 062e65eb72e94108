import { keepShape, type PhraseMatch, type Token } from '@carelint/text';
import type { ActorKind, Signals, TimeKind, VagueKind } from './signals.js';
import { mayBeName, pluralOrAbstractNoun } from './opening.js';
import { isWord, startsLower, startsUpper } from './tokens.js';
import { whenKinds, type WhenKind } from './time.js';
import {
  ADVERBS,
  BE,
  CHAIN_STOPS,
  CLAUSE_WORDS,
  COMMITMENTS,
  DESCRIPTIVE,
  HELPING,
  MODALS,
  NEGATIVE_MODALS,
  NEGATORS,
  NOT_NAMES,
  NOT_VERBS,
  OBJECT_PREPOSITIONS,
  OBLIGATIONS,
  PARTICIPLES,
  PAST_TENSES,
  PRONOUNS,
  SUBJECT_GLUE,
  TITLES,
  TRIGGERS,
  UNIVERSAL_NEGATIVES,
  WH_CLAUSE,
  WRITER,
} from './words.js';

/** What the rule needs to read one action, shared by every action of a document. */
export interface Reader {
  signals: Signals;
  text: string;
  /** Children's names from the caller, lower case: they are actors wherever they stand. */
  childNames: ReadonlySet<string>;
  /** Whether a word (lower case) is written elsewhere in the record as a name, between words in lower case ("Pam describes Courtney as"). */
  namedInText?(norm: string): boolean;
  /** Whether the first word of the tokens is used as a verb (compromise; only asked when nothing else tells). */
  startsWithVerb(tokens: readonly Token[]): boolean;
}

/** Who, what and when of one action, and what was found in place of each. */
export interface ActionReading {
  who: string | undefined;
  /** The passive phrase that hides who acts ("to be monitored"), when that is why who is missing. */
  passive: string | undefined;
  /** Groups that name no one ("services"), wherever they stand in the action. */
  unnamed: string[];
  what: boolean;
  /** The process verbs the action is built on ("continue", "work with", "address"). */
  processWords: string[];
  /** A state no one can observe ("safe"), when the action is "will be safe". */
  vagueState: string | undefined;
  when: boolean;
  whenKinds: Set<WhenKind>;
  /** A negative rule or a rule for everyone ("No-one will drink", "will not be allowed in"). */
  standing: boolean;
  /** Written with no verb ("Bedtime 9pm on school nights"): with a what and a when, the plan needs no doer named. */
  nominal?: boolean;
  vague: Array<PhraseMatch<VagueKind>>;
}

/** Defaults an action takes from its lead-in line or table cells ("Mum will:" gives the bullets below it a who). */
export interface Lead {
  who?: string | undefined;
  when?: boolean;
}

type Role = ActorKind | 'pronoun' | 'name';

interface Mark {
  first: number;
  last: number;
  role: Role;
}

type HeadType = 'modal' | 'commit' | 'need' | 'to' | 'process' | 'finite' | 'imperative';

interface Head {
  type: HeadType;
  index: number;
  /** Word indexes of the subject span (before the head). */
  span: [number, number] | undefined;
  negative: boolean;
  /**
   * In a question that opens with its modal ("Could school send …?", "Can you …?"), the last word of the subject
   * after the modal: the verb is read after it.
   */
  inverted?: number;
}

/** A word in title case: a capital, then lower case ("Support", not "SUPPORT" nor "support"). */
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/** Role words that are verbs as well ("Jo to chair", "Sam to lead"). */
const ROLE_VERBS = new Set(['chair', 'lead', 'coach', 'mentor', 'tutor']);

/** One action's words and what is known about each of them. */
let wordsShapeKept = false;

class Words {
  readonly tokens: readonly Token[];
  readonly marks: Array<Mark | undefined>;
  readonly process: Array<PhraseMatch<true> | undefined>;
  readonly timeAt: boolean[];
  /** The time phrases ("every Friday", "by 3 June"), kept for `whenKinds`. */
  readonly timeMatches: Array<PhraseMatch<TimeKind>>;

  constructor(tokens: readonly Token[], readonly reader: Reader) {
    if (!wordsShapeKept) {
      // Built per action: one made from no tokens, and no record text, keeps the class's shape (see keepShape).
      wordsShapeKept = true;
      keepShape(new Words([], { signals: reader.signals, text: '', childNames: new Set(), startsWithVerb: () => false }));
    }
    this.tokens = tokens;
    this.marks = new Array(tokens.length).fill(undefined);
    this.process = new Array(tokens.length).fill(undefined);
    this.timeAt = new Array(tokens.length).fill(false);
    const { signals } = reader;
    for (const match of signals.actors.matchAll(tokens)) {
      const role: Role = match.payloads.includes('actor') ? 'actor' : match.payloads.includes('universal') ? 'universal' : 'non-actor';
      for (let i = match.first; i <= match.last; i++) this.marks[i] = { first: match.first, last: match.last, role };
    }
    for (const match of signals.process.matchAll(tokens)) {
      // "The Kinship Support Team will review …": a process word written in title case inside a line is part of a
      // name, not a verb.
      if (TITLE_CASE.test(tokens[match.first]!.value) && !this.startsLine(match.first)) continue;
      this.process[match.first] = match;
    }
    // "check with Mum what was said about Christmas": a time that is what someone talks about is no when.
    this.timeMatches = signals.time.matchAll(tokens).filter((match) => !aboutTopic(tokens, match.first));
    for (const match of this.timeMatches) for (let i = match.first; i <= match.last; i++) this.timeAt[i] = true;
    let capitalModals: number[] | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (this.marks[i] || !isWord(token)) continue;
      if (MODALS.has(token.norm)) {
        // Never a name in lower case, even when a child is called Will. Written with a capital, whether it is one
        // depends on the words after it, names included: read once they are marked.
        if (startsUpper(token.value)) (capitalModals ??= []).push(i);
      } else if (PRONOUNS.has(token.norm) || WRITER.has(token.norm)) this.marks[i] = { first: i, last: i, role: 'pronoun' };
      else if (this.isName(i)) this.marks[i] = { first: i, last: i, role: 'name' };
    }
    if (capitalModals) for (const i of capitalModals) if (this.modalIsName(i)) this.marks[i] = { first: i, last: i, role: 'name' };
  }

  word(i: number): string | undefined {
    const token = this.tokens[i];
    return token !== undefined && isWord(token) ? token.norm : undefined;
  }

  /** Index of the next word after i, skipping punctuation that does not end a clause (apostrophes, brackets). */
  next(i: number): number | undefined {
    for (let k = i + 1; k < this.tokens.length; k++) {
      const token = this.tokens[k]!;
      if (isWord(token)) return k;
      if (!/^['\u2019()]$/.test(token.value)) return undefined;
    }
    return undefined;
  }

  /** Whether a capitalised word is a person's name or a named service ("Billy will", "Ms Khan", "CGL"). */
  isName(i: number): boolean {
    const token = this.tokens[i]!;
    if (this.reader.childNames.size > 0 && this.reader.childNames.has(token.norm)) return true;
    if (!startsUpper(token.value) || token.norm.endsWith("'s") || NOT_NAMES.has(token.norm)) return false;
    if (MODALS.has(token.norm) || NEGATIVE_MODALS.has(token.norm) || this.timeAt[i]) return false;
    const { signals } = this.reader;
    if (signals.process.matchAt(this.tokens, i) || signals.vague.matchAt(this.tokens, i) || signals.time.matchAt(this.tokens, i)) return false;
    const before = this.previousWord(i);
    if (before !== undefined && TITLES.has(this.tokens[before]!.norm)) return true;
    if (!this.startsLine(i)) return true;
    // The first word of a line has a capital anyway: a name only if a verb or a joiner follows.
    const after = this.tokens[i + 1];
    if (after && !isWord(after)) return /^[(,&/]$/.test(after.value);
    const next = after?.norm ?? '';
    // "Sam to ring", but not "Referral to the clinic": "to" makes a name only before a verb.
    if (next === 'to') return this.verbCandidate(this.next(i + 1));
    // "Paul not to drive the children": the same shorthand as a standing rule, from a word that can be a first
    // name ("Contact not to take place at the flat" names no one).
    if (next === 'not') {
      const to = this.next(i + 1);
      return to !== undefined && this.word(to) === 'to' && this.verbCandidate(this.next(to)) && mayBeName(token.norm);
    }
    // "Marek and Sam to visit", "Deacon and Mum will", but not a heading's "Recommendations and plan" or
    // "Referrals and benefits to be looked into": before "and", a plural or abstract noun names no one.
    if (next === 'and') return !pluralOrAbstractNoun(token.norm);
    return MODALS.has(next) || NEGATIVE_MODALS.has(next) || COMMITMENTS.has(next) || OBLIGATIONS.has(next) || /'ll$/.test(next);
  }

  /** Whether a word opens its line or sentence, where every word has a capital. */
  startsLine(i: number): boolean {
    return this.previousWord(i) === undefined || /^[.!?:;]$/.test(this.tokens[i - 1]?.value ?? '.');
  }

  /**
   * Whether a modal written with a capital at the start of a line is a first name. It is when what follows is
   * what follows a subject and never a modal ("Will Okoro (FSW) to visit", "Will, the youth worker, will",
   * "Will to ring", "Will and Mum will", "Will is settled", "Will went"), or a surname with no question after it
   * ("Will Okoro will ring Mum"). It is the modal in a question ("Will Nan collect Ava …?", "Will the school
   * …?") and before a bare verb ("Will visit Mum every Friday", a line that leaves its subject out).
   */
  modalIsName(i: number): boolean {
    if (this.timeAt[i] || !this.startsLine(i)) return false;
    const after = this.tokens[i + 1];
    if (after === undefined) return false;
    if (!isWord(after)) return /^[(,&/]$/.test(after.value);
    if (startsUpper(after.value)) return this.marks[i + 1]?.role === 'name' && questionSubject(this, i) === undefined;
    const next = after.norm;
    if (next === 'to') return this.verbCandidate(this.next(i + 1));
    if (this.tokens[this.tokens.length - 1]!.value === '?') return false;
    return next === 'and' || MODALS.has(next) || NEGATIVE_MODALS.has(next) || /'ll$/.test(next) || thirdPersonOrPast(next);
  }

  previousWord(i: number): number | undefined {
    for (let k = i - 1; k >= 0; k--) if (isWord(this.tokens[k])) return k;
    return undefined;
  }

  /** Whether every word of [from, to] could be part of a subject ("Mum and Dad", "the social worker", "Sam (SW)"). */
  subjectLike(from: number, to: number): boolean {
    for (let i = from; i <= to; i++) {
      const token = this.tokens[i]!;
      if (!isWord(token)) {
        if (!/^[()&/'\u2019,]$/.test(token.value)) return false;
        continue;
      }
      if (this.marks[i] || SUBJECT_GLUE.has(token.norm) || UNIVERSAL_NEGATIVES.has(token.norm)) continue;
      // A word of a job title before its role word: "the programme worker", "the Family Support worker".
      const next = this.next(i);
      if (next !== undefined && next <= to && this.marks[next]?.role === 'actor') continue;
      // A word of a proper name: "Riverside Family Centre", where the words after it are names.
      if (next !== undefined && next <= to && this.marks[next]?.role === 'name' && startsUpper(token.value)) continue;
      return false;
    }
    return true;
  }

  /** Whether a word can be the verb that follows "to" or "and" in a chain ("to address", not "to school"). */
  verbCandidate(i: number | undefined): i is number {
    if (i === undefined) return false;
    const token = this.tokens[i]!;
    if (!isWord(token) || !startsLower(token.value)) return false;
    if (this.process[i]) return true;
    if (NOT_VERBS.has(token.norm)) return false;
    // "Jo to chair": a role word that is a verb too, right after "to".
    if (this.marks[i] && ROLE_VERBS.has(token.norm) && this.marks[i]!.first === i && this.marks[i]!.last === i && this.word(i - 1) === 'to') return true;
    if (this.marks[i] || this.timeAt[i] || /^\d/.test(token.value)) return false;
    return true;
  }

  text(first: number, last: number): string {
    return this.reader.text.slice(this.tokens[first]!.start, this.tokens[last]!.end);
  }
}

/**
 * "is", "has", "likes", "went", "agreed": a verb in the third person or the past tense, which follows a subject and
 * never a modal. Not "need" or "feed", whose "-ed" is no ending, nor words in "-s" that are no verb ("this", "always").
 */
function thirdPersonOrPast(word: string): boolean {
  if (PAST_TENSES.has(word)) return true;
  if (/[a-z]{2}ed$/.test(word)) return !word.endsWith('eed');
  return /[^su]s$/.test(word) && !NOT_VERBS.has(word) && !ADVERBS.has(word);
}

/** Modals of what may be, not what will be done: "Dad could", "It would". ("Should" is read in goalModal.) */
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may']);
/** Verbs of a state or an experience: after "will" they set an outcome ("Zara will have time that is hers"). */
const STATES = new Set(['have', 'feel', 'know', 'experience', 'enjoy', 'understand', 'grow', 'thrive', 'achieve', 'reach', 'live']);

/** Verbs of a state after the plan shorthand's "to": they set an outcome ("Skye to remain with her aunt"). */
const OUTCOMES_AFTER_TO = new Set(['remain', 'feel', 'thrive', 'enjoy']);

/** Verbs of a state after "For <someone> to": the aim of a plan ("For Alfie to be happy", "For Mia to feel safe"). */
const GOAL_AFTER_FOR = new Set(['be', 'feel', 'have', 'know', 'enjoy', 'stay', 'remain', 'grow', 'thrive', 'achieve']);

/** Whether the verb after "to" sets an outcome: a state verb, not followed by a participle ("to remain supervised"). */
function outcomeAfterTo(words: Words, to: number): boolean {
  const verb = words.next(to);
  if (verb === undefined || !OUTCOMES_AFTER_TO.has(words.word(verb)!)) return false;
  const after = words.word(words.next(verb) ?? -1);
  return after === undefined || !isParticiple(after);
}

/** "should have told", "should have to": a modal that looks back at what ought to have been, or at a burden. */
function lookingBack(words: Words, modal: number): boolean {
  const have = words.next(modal);
  if (have === undefined || words.word(have) !== 'have') return false;
  const after = words.word(words.next(have) ?? -1);
  return after !== undefined && (after === 'to' || after === 'been' || isParticiple(after));
}

/** "Minutes to follow": a few words naming a thing, not a person, then "to follow" and at most when. */
function toFollow(words: Words, wordIndexes: readonly number[]): boolean {
  const to = wordIndexes.findIndex((i) => words.word(i) === 'to');
  if (to < 1 || to > 4 || words.word(wordIndexes[to + 1] ?? -1) !== 'follow') return false;
  // A capital that opens the line is read as a name ("Minutes"); a person is one the record writes as a name.
  for (const i of wordIndexes.slice(0, to)) {
    const mark = words.marks[i];
    if (mark && (mark.role !== 'name' || words.reader.namedInText?.(words.word(i)!) === true)) return false;
  }
  const after = wordIndexes[to + 2];
  return after === undefined || words.timeAt[after] === true || AFTER_FOLLOW.has(words.word(after)!);
}
const AFTER_FOLLOW = new Set(['by', 'shortly', 'soon', 'separately', 'later']);

/** Whether a modal sets a goal or says what may be rather than what someone will do. */
function goalModal(words: Words, head: Head): boolean {
  const word = words.word(head.index)!;
  const verb = verbAfter(words, head.inverted ?? head.index);
  // But a request ("Could Nan collect Ava …?") asks someone to act.
  if (HYPOTHETICAL.has(word) && head.inverted === undefined) return true;
  // "Amy should ring Nan on Sunday" sets a task as "will" does, but "Mum should have told school" looks back, and
  // "more than a girl of eleven should have to" compares: neither sets anyone a task.
  if (word === 'should' && (lookingBack(words, head.index) || (head.span !== undefined && words.word(words.previousWord(head.span[0]) ?? -1) === 'than'))) return true;
  const main = verb.index === undefined ? undefined : words.word(verb.index);
  // "Kai should be happy at school", "Dad should keep in touch with the school": what ought to be so, an aim.
  if (word === 'should' && !verb.passive && main !== undefined && (BE.has(main) || main === 'keep')) return true;
  // But "Nan will have Ruby to stay": "have" that makes something happen is an action.
  if (main !== undefined && STATES.has(main) && !verb.negative && !(main === 'have' && (toAhead(words, verb.index!) || personNext(words, verb.index!)))) return true;
  // "Leo's needs will be met", "Freddie's needs must come first": an outcome or a principle; no one is set a task.
  // ("Kai will be met from school by Nan" is one: only needs are met as an outcome.)
  if (main === 'met' && verb.passive && head.span !== undefined && spanHas(words, head.span, NEEDS)) return true;
  if (main === 'come' && words.word(words.next(verb.index!) ?? -1) === 'first') return true;
  // "Isla will remain with her aunt": where a child lives or stays, an outcome; but "Time with Dad will remain
  // supervised" keeps an arrangement someone must make.
  if (main === 'remain' && !isParticiple(words.word(words.next(verb.index!) ?? -1) ?? '')) return true;
  // "Maple Lodge can only offer nights until May": a limit on what is possible, not an action.
  if ((word === 'can' || word === 'could') && head.inverted === undefined && words.word(words.next(head.index) ?? -1) === 'only') return true;
  // "can be met", "can be seen": what is possible, not an action; but "Can Dad be told …?" asks for it.
  return word === 'can' && verb.passive && head.inverted === undefined;
}

/** Nouns for what a child needs, met as an outcome. */
const NEEDS = new Set(['needs', 'need']);

/** Whether a word of the span is in the set: a finite "is" or "has" ("A group of three is hard to place"), "needs". */
function spanHas(words: Words, span: [number, number], set: ReadonlySet<string>): boolean {
  for (let i = span[0]; i <= span[1]; i++) if (set.has(words.word(i) ?? '')) return true;
  return false;
}

/** Whether a person follows ("will have Ruby every other weekend"): having someone is looking after them. */
function personNext(words: Words, from: number): boolean {
  const k = words.next(from);
  return k !== undefined && words.marks[k] !== undefined && words.marks[k]!.role !== 'non-actor';
}

/** Whether "to" and a verb follow within a few words ("have Ruby to stay"). */
function toAhead(words: Words, from: number): boolean {
  let k: number | undefined = from;
  for (let guard = 0; guard < 4; guard++) {
    k = words.next(k!);
    if (k === undefined) return false;
    if (words.word(k) === 'to' && words.verbCandidate(words.next(k))) return true;
  }
  return false;
}

/**
 * "Further thought needs to be given to ...", "A referral needs to be made": something new or more that needs
 * doing, with no one named, is a task left without a doer. A person who needs to be helped ("Jay needs to be kept
 * safe") is a goal for them, and what is already there ("Two injuries still need to be looked at") a worry.
 */
function undoneTask(words: Words, head: Head): boolean {
  const to = words.next(head.index);
  if (head.span === undefined || head.negative || to === undefined || words.word(to) !== 'to') return false;
  // "Someone needs to ring Mum": a task whose doer is still to be found.
  if (head.span[0] === head.span[1] && UNKNOWN_DOERS.has(words.word(head.span[0])!)) return true;
  if (!passiveAfter(words, to)) return false;
  const opening = words.word(head.span[0]) ?? '';
  return (QUALIFIERS.has(opening) || opening === 'a' || opening === 'an') && !hasMark(words, head.span[0], head.span[1]);
}

/** Whether "needs to" is followed by a passive of help and "to" ("needs to be supported to join the club"). */
function helpTask(words: Words, head: Head): boolean {
  const to = words.next(head.index);
  return to !== undefined && words.word(to) === 'to' && verbAfter(words, to).helped === true;
}

/** Verbs that put a proposal to whoever decides: "I recommend that ...", "We propose Ava stays". */
const RECOMMENDING = new Set(['recommend', 'recommends', 'propose', 'proposes']);
/** Verbs of where a child lives, as a recommended decision puts them ("Kai remains with his aunt"). */
const STAYING = new Set(['remains', 'remain', 'stays', 'stay', 'lives', 'live', 'continues', 'continue']);

/**
 * Whether the verb at `verb` recommends a decision: a verb of RECOMMENDING followed by a clause, opened by
 * "that" or with a verb of its own before the clause ends ("I recommend Ty is supported as a child in need").
 * "I recommend a referral to CAMHS by May" names a task instead, and is read as one.
 */
function recommendation(words: Words, verb: number): boolean {
  if (!RECOMMENDING.has(words.word(verb)!)) return false;
  const next = words.next(verb);
  if (next === undefined) return false;
  if (words.word(next) === 'that') return true;
  for (let k: number | undefined = next; k !== undefined; k = words.next(k)) {
    const word = words.word(k)!;
    if (CHAIN_STOPS.has(word) || CLAUSE_WORDS.has(word)) return false;
    if (FINITE.has(word) || MODALS.has(word) || STAYING.has(word)) return true;
  }
  return false;
}

/** Verbs of knowing in the present: a clause after one says what is known ("knows she can"), not what will be done. */
const KNOWING = new Set(['knows', 'know', 'understands', 'understand', 'realises', 'realizes']);

/** Whether a verb of knowing stands between a subject and its head: "Shanice knows she can text me" says what is known. */
function known(words: Words, from: number, head: number): boolean {
  for (let k: number | undefined = from; k !== undefined && k < head; k = words.next(k)) if (KNOWING.has(words.word(k)!)) return true;
  // "Carol and Steve know that asking for help will not …": the clause after "know that" is what they know.
  const that = words.previousWord(from);
  return that !== undefined && words.word(that) === 'that' && KNOWING.has(words.word(words.previousWord(that) ?? -1) ?? '');
}

/** Whether a subject opens a clause after "that" in a sentence told in the past ("Mum said that she will"). */
function reported(words: Words, subject: number, wordIndexes: readonly number[]): boolean {
  const before = words.previousWord(subject);
  if (before === undefined || words.word(before) !== 'that') return false;
  return wordIndexes.some((i) => i < before && isPast(words.word(i)!));
}

/**
 * Whether a subject is the plan or one of its meetings ("The plan for Amy", "The next review"): read back from
 * its end to a finite verb ("If the plan is not followed the LA will": the subject is "the LA").
 */
function aboutThePlan(words: Words, span: [number, number]): boolean {
  let head: string | undefined;
  for (let i = span[1]; i >= span[0]; i--) {
    const word = words.word(i);
    if (word === undefined) continue;
    if (FINITE.has(word) || isParticiple(word)) return false;
    // "The plan for Amy": the head noun is before the preposition.
    if (SUBJECT_PREPOSITIONS.has(word)) head = undefined;
    else head ??= word;
    if (META_SUBJECTS.has(word) && head === word) return true;
  }
  return false;
}

/** Whether the verb after a modal or "to" is a passive ("be reviewed", "be updated to include Ruby"). */
function passiveAfter(words: Words, marker: number): boolean {
  if (verbAfter(words, marker).passive) return true;
  const be = words.next(marker);
  const verb = be === undefined ? undefined : words.next(be);
  return be !== undefined && BE.has(words.word(be)!) && verb !== undefined && isParticiple(words.word(verb)!);
}

/**
 * Whether words with no verb of their own name the next meeting: "Next visit", "Next core group meeting", "Next LAC
 * review". As a line of its own, or as the What of a table row, that gives a date; it sets no one a task. One that
 * is due ("Next home visit due by 3 June") is a task whose doer is not named.
 */
export function nextMeeting(tokens: readonly Token[]): boolean {
  let n = 0;
  let meeting = false;
  for (const token of tokens) {
    if (!isWord(token)) continue;
    if (n === 0 && token.norm !== 'next') return false;
    if (DUE.has(token.norm)) return false;
    if (n > 0 && n <= 3 && MEETINGS.has(token.norm)) meeting = true;
    n += 1;
  }
  return meeting;
}

/** Words that make the next meeting a task: it is due, or overdue. */
const DUE = new Set(['due', 'overdue']);

/** Meetings whose next date a plan gives on a line of its own. */
const MEETINGS = new Set(['visit', 'review', 'meeting', 'session', 'panel', 'appointment', 'conference', 'hearing', 'contact', 'group']);

/** Subjects that make a sentence about the plan and its meetings rather than an action in it. */
const META_SUBJECTS = new Set(['plan', 'review', 'meeting', 'conference', 'hearing']);
/** Verbs of wishing: after a modal they report a wish ("Mum would like"), not a plan. */
const WISHES = new Set(['like', 'love', 'prefer', 'want', 'wish', 'hope', 'rather', 'likes', 'loves', 'prefers', 'wants', 'wishes', 'hopes', 'wanted', 'hoped', 'wished', 'liked']);
/** Words that open a noun phrase, so a "to" after it is the plan shorthand "X to do Y". */
const NOUN_OPENERS = new Set(['the', 'a', 'an', 'all', 'any', 'each', 'every', 'his', 'her', 'their', 'this', 'these']);
/** Prepositions inside a subject: an actor after one is not the doer ("Family time with Dad will ..."). */
const SUBJECT_PREPOSITIONS = new Set(['with', 'of', 'for', 'to', 'from', 'about', 'at', 'on', 'in', 'between', 'by']);
const isParticiple = (word: string) => PARTICIPLES.has(word) || (/[a-z]{2}ed$/.test(word) && !['need', 'needed'].includes(word));
const isPast = (word: string) => PAST_TENSES.has(word) || /[a-z]{2}ed$/.test(word);

/**
 * Reads one action: who will do it, what they will do that others can see, and when. Returns undefined when
 * the text is not an action at all (prose without a planned verb, a bullet that records what happened).
 */
export function readAction(tokens: readonly Token[], reader: Reader, options: { prose: boolean; lead?: Lead; short?: boolean; line?: boolean; cell?: boolean }): ActionReading | undefined {
  // Most sentences of a plan section's prose tell or describe: settled from their words before any matching.
  if (options.prose && !mayPlan(tokens)) return undefined;
  const words = new Words(tokens, reader);
  const wordIndexes = tokens.map((token, i) => (isWord(token) ? i : -1)).filter((i) => i >= 0);
  if (wordIndexes.length === 0) return undefined;
  // "Is the taxi booked for Monday?", "Has Mum got the new dates?": a question asks what is so; it sets no one a task
  // (a request does: "Can you ring the school?").
  if (tokens[tokens.length - 1]?.value === '?' && ASKS_WHAT_IS.has(words.word(wordIndexes[0]!)!)) return undefined;
  // "Minutes to follow", "Full report to follow by Friday": a notice that a paper will come, not a task.
  if (toFollow(words, wordIndexes)) return undefined;
  const start = clauseStart(words, wordIndexes);
  let head = findHead(words, start);
  if (!head && options.prose) {
    // A sentence in a plan section is an action when it plans ("will", "to") or instructs ("Keep the ...").
    const first = wordIndexes[0]!;
    const opening = words.word(first)!;
    // A short line with no full stop ("Progress so far") is a heading more often than an instruction.
    if (options.short || wordIndexes.length < 3 || isPast(opening) || isParticiple(opening) || DESCRIPTIVE.has(opening) || words.marks[first]) return undefined;
    // Settled without tagging: "Contact with Dad went well", "Care plan remains the same".
    if (describesAfter(words, wordIndexes) || tellsAfter(words, wordIndexes)) return undefined;
    if (!reader.startsWithVerb(tokens.slice(first))) return undefined;
    head = { type: 'imperative', index: first, span: undefined, negative: false };
  }
  // "The plan will be reviewed at the next meeting", "The next review will be on 17 September", "There will be
  // a core group on 3 June": about the plan and its meetings, not actions in it.
  // But "The plan will be shared with Dad" and "Review of the plan to be held in May" are actions whose doer is
  // hidden: read on, and who is missing.
  // "I explained to Mum that the plan will be reviewed": what was said, reported.
  if (head?.span && (reported(words, head.span[0], wordIndexes) || known(words, head.span[0], head.index))) return undefined;
  if (head?.span && aboutThePlan(words, head.span) && !((head.type === 'modal' || head.type === 'to') && passiveAfter(words, head.inverted ?? head.index))) return undefined;
  if (head?.span && words.word(head.span[0]) === 'there' && head.span[0] === head.span[1] && metaAhead(words, head.index)) return undefined;
  // "Mum would like more help": a wish, not an action.
  if (head?.type === 'modal' && WISHES.has(words.word(words.next(head.inverted ?? head.index) ?? -1) ?? '')) return undefined;
  // "Our aim is that by the autumn Kai will be home", "We hope that Nan will …": an aim, not an action.
  if (head && aimBefore(words, wordIndexes[0] ?? head.index, head.inverted ?? head.index)) return undefined;
  // "Leon needs to be at school on time", "Zara will have time of her own", "Amy should keep in touch with her
  // nan", "Her needs can be met at school": goals, outcomes and what may be, not actions anyone is set.
  // But "Mia needs to be helped to catch the bus" sets a task of help whose helper is not named.
  if ((head?.type === 'need' && /^needs?$/.test(words.word(head.index)!) && !undoneTask(words, head) && !helpTask(words, head)) || (head?.type === 'modal' && goalModal(words, head))) return undefined;
  // "Skye to remain with her aunt", "Kai to feel safe at home": an outcome in the plan shorthand, not an action;
  // but "time with Dad to remain supervised" keeps an arrangement someone must make.
  if (head?.type === 'to' && outcomeAfterTo(words, head.index)) return undefined;
  // "For Alfie to be happy and settled over Christmas": what the plan is for, not a task.
  if (head?.type === 'to' && words.word(wordIndexes[0]!) === 'for' && GOAL_AFTER_FOR.has(words.word(words.next(head.index) ?? -1) ?? '')) return undefined;
  if (!head) {
    const statement = statementHead(words, wordIndexes[0]!);
    if (statement === null) return undefined;
    // "Next visit in 4 wks.", "Next review | All | 3 months": the date of a meeting, as a line of its own, sets no one a task.
    if (statement === undefined && nextMeeting(tokens)) return undefined;
    // "Sleep hygiene leaflet given", "The plan is endorsed": a note of what was done or is so, not an action.
    if (statement === undefined && (reportsOrDescribes(words, wordIndexes, options.cell === true) || (options.line === true && wordIndexes.length > MAX_LINE_NOUN_PHRASE))) return undefined;
    head = statement;
  }
  // "I recommend that Mr and Mrs Shaw are approved as carers": a recommendation to whoever decides (a panel, a
  // court), not an action in the plan.
  if (head && (head.type === 'finite' || head.type === 'imperative') && recommendation(words, head.index)) return undefined;

  const vague = vagueIn(tokens, reader.signals);
  const kinds = whenKinds(tokens, reader.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end), reader.signals, vague, words.timeMatches);
  const unnamed = unique(collect(words, 'non-actor'));
  const reading: ActionReading = {
    who: undefined,
    passive: undefined,
    unnamed,
    what: false,
    processWords: [],
    vagueState: undefined,
    when: false,
    whenKinds: kinds,
    standing: false,
    vague,
  };

  if (head === undefined) {
    readNominal(words, reading, options.lead);
    reading.nominal = true;
  } else {
    readVerbal(words, head, reading, options.lead);
    if ((head.type === 'imperative' || head.type === 'to') && !reading.who) reading.who = laterDoer(words, head.index);
  }
  if (kinds.has('standing')) reading.standing = true;
  reading.when = kinds.size > 0 || reading.standing || options.lead?.when === true;
  return reading;
}

/** Verbs that open a question about what is so ("Is the taxi booked?"), not a request ("Can you ring?"). */
const ASKS_WHAT_IS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did', "isn't", "aren't", "hasn't", "haven't", "doesn't", "didn't"]);

/**
 * The person a line is addressed to: a name or a role that opens it, followed by a comma and a request or an
 * instruction ("Rhodri, please can you …", "Sam, could you …"). A list of people ("Sam, Priya and Dad to meet")
 * is the subject itself and is read as such before this is asked.
 */
function vocative(words: Words): Mark | undefined {
  let first = words.next(-1);
  if (first !== undefined && words.word(first) === 'the') first = words.next(first);
  if (first === undefined) return undefined;
  const mark = words.marks[first];
  if (!mark || mark.first !== first || (mark.role !== 'name' && mark.role !== 'actor')) return undefined;
  const comma = words.tokens[mark.last + 1];
  if (comma?.value !== ',') return undefined;
  return REQUESTS.has(words.word(words.next(mark.last + 1) ?? -1) ?? '') ? mark : undefined;
}

/** Words that open a request after a name and a comma. */
const REQUESTS = new Set(['please', 'can', 'could', 'would', 'will']);

/** Modals of a request that opens a line whether or not it ends with a question mark. */
const POLITE = new Set(['could', 'would']);

/** Words a question's subject may run to before its verb ("Could the school attendance officer send …?"). */
const MAX_QUESTION_SUBJECT = 6;

/**
 * "Could school send …?", "Will Nan collect …?", "Can you …?": in a question that opens with a modal of request
 * (or a line that opens with "Could" or "Would", which may end with a full stop),
 * the subject between the modal and its bare verb, when it holds a person, a role or a pronoun. Its first and
 * last word, or undefined ("Could this be looked at?" names no subject).
 */
function questionSubject(words: Words, modal: number): [number, number] | undefined {
  const word = words.word(modal)!;
  if (!REQUESTS.has(word)) return undefined;
  // "Could school let me know if there are more incidents.": a polite request may end with a full stop.
  if (words.tokens[words.tokens.length - 1]!.value !== '?' && !(POLITE.has(word) && words.startsLine(modal))) return undefined;
  const first = words.next(modal);
  let k = first;
  for (let guard = 0; k !== undefined && guard <= MAX_QUESTION_SUBJECT; guard++, k = words.next(k)) {
    if (k === first || words.marks[k]) continue;
    const word = words.word(k)!;
    if (CLAUSE_WORDS.has(word)) return undefined;
    // "the attendance officer send": a word of a job title is no verb; the verb comes after a whole subject.
    if (!words.verbCandidate(k) && word !== 'be') continue;
    const last = words.previousWord(k)!;
    if (hasMark(words, first!, last) && words.subjectLike(first!, last)) return [first!, last];
  }
  return undefined;
}

/** Words of a line of a list that can be one noun phrase ("Referral to the sleep clinic for Leon"); longer lines are prose. */
const MAX_LINE_NOUN_PHRASE = 12;
/** Finite verbs that state what is or was: a line with one and no planning head describes. */
const FINITE = new Set(['is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", 'does', 'did', 'seems', 'appears']);
/** Words before a participle that keep it in a plan ("as advised", "to be given", "a named worker"). */
const BEFORE_PLANNED_PARTICIPLE = new Set(['as', 'to', 'be', 'been', 'if', 'when', 'once', 'where', 'unless', ...NOUN_OPENERS]);

/**
 * Whether a line with no planning head states what is or was: a finite "is" or "has" ("The plan is endorsed"),
 * or a past participle after its noun ("Leaflet given", "DSL informed 13:20") as notes of work done are written.
 * In the What cell of a plan table (`cell`) the words are the action's what, so a clause after "what" or
 * "whether" is part of it ("Photo diary of what Kai did"); on a line of its own such a phrase may be the
 * subject of a statement ("Notes of what was agreed are in the file").
 */
function reportsOrDescribes(words: Words, wordIndexes: readonly number[], cell: boolean): boolean {
  for (let n = 0; n < wordIndexes.length; n++) {
    const word = words.word(wordIndexes[n]!)!;
    // Only the main clause: "No alcohol in the house when the children are at home" is a rule.
    if (CLAUSE_WORDS.has(word) || (cell && n > 0 && WH_CLAUSE.has(word))) return false;
    if (FINITE.has(word)) return true;
    if (n === 0 || !(isParticiple(word) || PAST_TENSES.has(word)) || words.process[wordIndexes[n]!]) continue;
    // "Home visits, one unannounced", "time with Dad unsupervised": an adjective in un-, not something done; so is a
    // participle before its noun ("a named adult", "supervised contact"), unlike "Referral made today".
    if (/^un[a-z]{3,}ed$/.test(word) || beforeItsNoun(words, wordIndexes[n]!)) continue;
    const before = wordIndexes[n - 1]!;
    // Only right after a word: "Pocket money, paid by Nan" and "as advised" stay plans.
    if (before !== wordIndexes[n]! - 1) continue;
    if (!BEFORE_PLANNED_PARTICIPLE.has(words.word(before)!)) return true;
  }
  return false;
}

/** Words that open a noun phrase ("a named adult", "the agreed plan"). */
const NOUN_PHRASE_OPENERS = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'their', 'our', 'my', 'your', 'any', 'each', 'every']);

/**
 * Whether the participle at `i` stands inside a noun phrase, before the noun it describes: after a determiner or a
 * joiner ("a named adult", "NC or named adult"), and before a content word, not a time or a preposition.
 */
function beforeItsNoun(words: Words, i: number): boolean {
  const before = words.word(i - 1);
  if (before === undefined || !(NOUN_PHRASE_OPENERS.has(before) || before === 'or' || before === 'and')) return false;
  const next = i + 1;
  const word = words.word(next);
  if (word === undefined || words.timeAt[next] || /^\d/.test(word)) return false;
  return !(OBJECT_PREPOSITIONS.has(word) || CLAUSE_WORDS.has(word) || NOT_NAMES.has(word) || word === 'with' || word === 'by' || word === 'up' || word === 'out' || word === 'off');
}

/** Verbs whose object is a clause with a verb of its own, written without "that": "Check the letter is on file". */
const CHECKS = new Set(['check', 'ensure', 'confirm', 'sure']);

/**
 * Whether an opening read as an instruction is a noun after all: a finite "is" or "are" follows in the same
 * clause ("Contact details for everyone are on the last page"), before any verb that takes a clause ("make sure").
 */
function describesAfter(words: Words, wordIndexes: readonly number[]): boolean {
  // "Check Sam's letter is on his file": the "is" is the checked clause's.
  if (CHECKS.has(words.word(wordIndexes[0]!)!)) return false;
  for (let n = 1; n < wordIndexes.length; n++) {
    const i = wordIndexes[n]!;
    const word = words.word(i)!;
    // "Tell Mum whether the club has a place": the "has" is the clause's, not the opening's.
    if (CLAUSE_WORDS.has(word) || WH_CLAUSE.has(word) || words.process[i] || CHECKS.has(word)) return false;
    if (FINITE.has(word)) return true;
  }
  return false;
}

/** Words that open a sentence which tells or describes rather than instructs: "She", "The", "There", "It". */
const NARRATIVE_OPENINGS = new Set(['i', 'he', 'she', 'it', 'we', 'they', 'you', 'there', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'his', 'her', 'their', 'my', 'our', 'your', 'its']);

/**
 * Whether a sentence may plan: it has a word a planning head is made of (a modal, "'ll", "agrees", "to"), or it
 * opens with a word that can start an instruction or name a doer (not a pronoun, a determiner or a past tense).
 */
function mayPlan(tokens: readonly Token[]): boolean {
  let first: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    const word = token.norm;
    first ??= word;
    if (MODALS.has(word) || NEGATIVE_MODALS.has(word) || COMMITMENTS.has(word) || word.endsWith("'ll")) return true;
    // "to" and a verb ("to ring"), not "to the park" or "to Mum".
    if (word === 'to') {
      const next = tokens[i + 1];
      if (next !== undefined && next.kind === 'word' && startsLower(next.value) && !NOT_VERBS.has(next.norm)) return true;
    }
  }
  return first !== undefined && !NARRATIVE_OPENINGS.has(first) && !DESCRIPTIVE.has(first) && !isPast(first);
}

/** Whether the second or third word is a past tense or "remains": "Kirsty said", "Contact with Dad went well". */
function tellsAfter(words: Words, wordIndexes: readonly number[]): boolean {
  for (let n = 1; n < Math.min(wordIndexes.length, 4); n++) {
    const word = words.word(wordIndexes[n]!)!;
    // "Ask Dad what was agreed": a past tense in a clause of the object tells nothing of the line.
    if (WH_CLAUSE.has(word)) return false;
    if (PAST_TENSES.has(word) || TELLING.has(word)) return true;
  }
  return false;
}

/** Verbs that tell what someone says, wants or what stays so: "Ty wants", "The flat remains". */
const TELLING = new Set(['remains', 'remained', 'says', 'feels', 'thinks', 'knows', 'wants', 'likes', 'hopes', 'wishes', 'seems', 'appears', 'goes', 'loves', 'enjoys']);
/** Pronouns of someone described: "She supports her brother". */
const THIRD_PERSON = new Set(['he', 'she', 'it', 'they']);

/** Words after a comma that carry a condition on ("If Kai is late, or Mum is worried, …"). */
const CONDITION_GOES_ON = new Set(['or', 'and']);

/** Where the main clause starts: after a leading "If ... then" / "If ...," clause. */
function clauseStart(words: Words, wordIndexes: readonly number[]): number {
  const first = wordIndexes[0]!;
  const word = words.word(first)!;
  const opensTrigger = TRIGGERS.has(word) || (word === 'even' && words.word(wordIndexes[1] ?? -1) === 'if') || (word === 'as' && words.word(wordIndexes[1] ?? -1) === 'soon') || ((word === 'each' || word === 'every') && words.word(wordIndexes[1] ?? -1) === 'time');
  if (!opensTrigger) return first;
  // The condition ends at whichever comes first, "then" or a comma: in "If Sam is late, Dad will ring the school
  // and then the police" the "then" is inside the action.
  const then = wordIndexes.find((i) => words.word(i) === 'then');
  // "If Jack is hurt, or Mum feels she cannot cope, Nan will ring": a comma before "or" or "and" goes on with the
  // condition.
  const comma = words.tokens.findIndex((token, i) => token.value === ',' && !CONDITION_GOES_ON.has(words.word(words.next(i) ?? -1) ?? ''));
  if (then !== undefined && (comma <= 0 || then < comma)) return words.next(then) ?? then;
  if (comma > 0) return words.next(comma) ?? first;
  return first;
}

/** The start of the subject before a head: back to a comma or a clause word ("that", "if", "then"). */
function spanBefore(words: Words, head: number, floor: number): [number, number] | undefined {
  if (head - 1 >= floor && words.tokens[head - 1]?.value === ',') return appositive(words, head - 1, floor) ?? relativeAside(words, head - 1, floor);
  let first: number | undefined;
  for (let k = head - 1; k >= floor; k--) {
    const token = words.tokens[k]!;
    if (!isWord(token)) {
      if (/^[()&/'\u2019]$/.test(token.value)) continue;
      break;
    }
    // "An adult who has not been drinking will ...": the subject is before the relative clause.
    if (token.norm === 'who' && first !== undefined && !hasMark(words, first, head - 1)) {
      const before = words.previousWord(k);
      if (before !== undefined && words.marks[before]) {
        first = k;
        continue;
      }
    }
    if (CLAUSE_WORDS.has(token.norm)) break;
    first = k;
  }
  if (first === undefined) return undefined;
  let last = head - 1;
  while (last > first && !isWord(words.tokens[last])) last -= 1;
  return [first, last];
}

/**
 * "Megan Heale, social worker, will visit", "The SENCO, Mrs Alvarez, will": a subject with a name or role set
 * off by commas before its verb (`close` is the comma before the verb). Undefined when it is no such pair.
 */
function appositive(words: Words, close: number, floor: number): [number, number] | undefined {
  const inner = spanBefore(words, close, floor);
  if (!inner || inner[0] - 1 < floor || words.tokens[inner[0] - 1]!.value !== ',' || !words.subjectLike(inner[0], inner[1])) return undefined;
  const outer = spanBefore(words, inner[0] - 1, floor);
  if (!outer || outer[0] !== floor || !(hasMark(words, outer[0], outer[1]) || hasMark(words, inner[0], inner[1]))) return undefined;
  return [outer[0], inner[1]];
}

/** Words a relative clause set off by commas can hold before its closing comma. */
const MAX_ASIDE = 10;

/**
 * "Jo, who is the SW, will visit", "Nan, who lives nearby, will collect Ava": a subject with a relative clause
 * set off by commas before its verb (`close` is the comma before the verb). The subject is what stands before
 * the clause, when it opens the line and names someone. Undefined when it is no such clause.
 */
function relativeAside(words: Words, close: number, floor: number): [number, number] | undefined {
  let count = 0;
  for (let k = close - 1; k > floor && count <= MAX_ASIDE; k--) {
    const token = words.tokens[k]!;
    if (isWord(token)) {
      count += 1;
      continue;
    }
    if (token.value !== ',') continue;
    if (!RELATIVE_PRONOUNS.has(words.word(words.next(k) ?? -1) ?? '')) return undefined;
    const outer = spanBefore(words, k, floor);
    return outer && outer[0] === floor && hasMark(words, outer[0], outer[1]) && words.subjectLike(outer[0], outer[1]) ? outer : undefined;
  }
  return undefined;
}

/** Whether any word in [first, last] is an actor, a pronoun or a name. */
function hasMark(words: Words, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (words.marks[i]) return true;
  return false;
}

/** The first word that plans something: a modal, "agrees to", "needs to", "X to", or a process verb after a subject. */
function findHead(words: Words, floor: number): Head | undefined {
  const { tokens } = words;
  // A process word opening the line ("Support will be offered", "Support Mum to ...") waits: a modal later in
  // the same clause makes it the subject; otherwise it is an instruction.
  let opening: Head | undefined;
  for (let i = floor; i < tokens.length; i++) {
    const word = words.word(i);
    if (word === undefined) {
      if (opening && /^[,;:]$/.test(tokens[i]!.value)) return opening;
      continue;
    }
    if (opening && CLAUSE_WORDS.has(word)) return opening;
    // "Noah needs adopters who can help him": a modal in a clause about someone is not the line's head.
    if (MODALS.has(word) && RELATIVE_PRONOUNS.has(words.word(words.previousWord(i) ?? -1) ?? '')) continue;
    // Reading back to the subject costs a walk per word: only words that can be a head are worth it.
    if (!mayBeHead(words, i, word)) continue;
    let span = spanBefore(words, i, floor);
    const next = words.next(i);
    const nextWord = next === undefined ? undefined : words.word(next);
    // A modal marked as a name is Will, not "will".
    if ((MODALS.has(word) && !(word === 'may' && tokens[i]!.value === 'May') && !words.marks[i]) || NEGATIVE_MODALS.has(word)) {
      const negative = NEGATIVE_MODALS.has(word);
      // "Could school send …?", "Please could Dad …?": a request names who is asked after its modal. "Can you …?"
      // names no one, unless someone is addressed before it ("Rhodri, please can you …?").
      const asked = span === undefined || (span[0] === span[1] && words.word(span[0]) === 'please') ? questionSubject(words, i) : undefined;
      if (asked) return { type: 'modal', index: i, span: asked[0] === asked[1] && words.word(asked[0]) === 'you' ? span : asked, negative, inverted: asked[1] };
      return { type: 'modal', index: i, span, negative };
    }
    if (/'ll$/.test(word)) return { type: 'modal', index: i, span: [i, i], negative: false };
    // "Mum agreed to ring", "Dad agreed that he will": a commitment; "Keeley has agreed to this plan" is consent.
    if (COMMITMENTS.has(word) && ((nextWord === 'to' && words.verbCandidate(words.next(next!))) || nextWord === 'that')) return { type: 'commit', index: i, span, negative: false };
    if (OBLIGATIONS.has(word) && next !== undefined && startsLower(tokens[i]!.value)) {
      const after = nextWord === 'not' ? words.next(next) : next;
      const afterWord = after === undefined ? undefined : words.word(after);
      if (afterWord === 'to' || (afterWord === 'going' && words.word(words.next(after!) ?? -1) === 'to')) {
        return { type: 'need', index: i, span, negative: nextWord === 'not' };
      }
      if (afterWord === 'responsible' && words.word(words.next(after!) ?? -1) === 'for') return { type: 'need', index: i, span, negative: false };
    }
    // "Dad not to come to the house": "not" ends the subject of a standing rule.
    const negated = word === 'to' && span !== undefined && words.word(span[1]) === 'not';
    if (negated) span = span![1] > span![0] ? [span![0], words.previousWord(span![1])!] : undefined;
    const subjectOk = span === undefined ? i === floor || negated : words.subjectLike(span[0], span[1]);
    // "Dad's time with the children to remain supervised": a noun phrase, then "to" and a verb.
    const nounPhrase = span !== undefined && span[0] === floor && (NOUN_OPENERS.has(words.word(span[0]) ?? '') || /'s$/.test(words.word(span[0]) ?? '')) && !spanHas(words, span, FINITE);
    // "Lewis wants to stay with his gran": a wish, not "X to do Y".
    if (word === 'to' && WISHES.has(words.word(words.previousWord(i) ?? -1) ?? '')) continue;
    if (word === 'to' && next !== undefined && !(span !== undefined && spanHas(words, span, FINITE)) && (nextWord === 'be' || ((subjectOk || nounPhrase || shortNoun(words, span, floor)) && words.verbCandidate(next)))) {
      return { type: 'to', index: i, span, negative: negated };
    }
    // "The family support worker will": a process word inside a role is no verb.
    // "She supports her brother": a pronoun and a verb in -s describe.
    const describing = span !== undefined && span[0] === span[1] && THIRD_PERSON.has(words.word(span[0]) ?? '') && /[a-z]s$/.test(word);
    if (words.process[i] && subjectOk && !opening && !words.marks[i] && !describing) {
      if (span !== undefined) return { type: 'process', index: i, span, negative: false };
      opening = { type: 'process', index: i, span, negative: false };
    }
  }
  return opening;
}

/** Words of a bare noun phrase before "to" in plan shorthand ("Family time to continue", "Contact to move"). */
const MAX_SHORT_NOUN = 4;

/** Whether a span is a bare noun phrase opening the line: capitalised, short, with no verb-like or process word. */
function shortNoun(words: Words, span: [number, number] | undefined, floor: number): boolean {
  if (span === undefined || span[0] !== floor || !startsUpper(words.tokens[span[0]]!.value)) return false;
  let count = 0;
  for (let i = span[0]; i <= span[1]; i++) {
    const word = words.word(i);
    if (word === undefined) return false;
    count += 1;
    if (count > MAX_SHORT_NOUN || words.process[i] || isPast(word) || isParticiple(word) || /[a-z]{2}ing$/.test(word) || NOT_VERBS.has(word) || MODALS.has(word)) return false;
  }
  return true;
}


/** Whether findHead could take the word at i for a head: a modal, "'ll", a commitment, an obligation, "to" or a process word. */
function mayBeHead(words: Words, i: number, word: string): boolean {
  return MODALS.has(word) || NEGATIVE_MODALS.has(word) || word.endsWith("'ll") || COMMITMENTS.has(word) || OBLIGATIONS.has(word) || word === 'to' || words.process[i] !== undefined;
}

/**
 * For a bullet with no modal: "Nan collects the children every Friday" (a subject and a verb), "Attend all
 * appointments" (an instruction), or a noun phrase ("Weekly visits by the social worker": undefined).
 * `null` when the bullet records what happened or describes ("Rang school", "Dad is working").
 */
function statementHead(words: Words, first: number): Head | undefined | null {
  let k = first;
  while (k < words.tokens.length && (!isWord(words.tokens[k]) || words.marks[k] || SUBJECT_GLUE.has(words.tokens[k]!.norm))) k += 1;
  const hasSubject = k > first && words.marks.slice(first, k).some((mark) => mark !== undefined);
  const verb = words.word(k);
  if (hasSubject && verb !== undefined && startsLower(words.tokens[k]!.value)) {
    // "Kit needs a bed of her own": a need, not an action.
    // "I want to go to college": a wish, not an action.
    if (DESCRIPTIVE.has(verb) || isPast(verb) || verb === 'need' || verb === 'needs' || WISHES.has(verb)) return null;
    // "She supports her brother": a pronoun and a verb in -s describe what someone does now.
    if (k - first === 1 && THIRD_PERSON.has(words.word(first)!) && /[a-z]s$/.test(verb)) return null;
    if (!OBJECT_PREPOSITIONS.has(verb) && verb !== 'with' && verb !== 'by') return { type: 'finite', index: k, span: [first, k - 1], negative: false };
  }
  const opening = words.word(first)!;
  if (isPast(opening) && !words.process[first]) return null;
  // "Contact with Dad went well", "Ty wants to live with his uncle", "The flat remains tidy": told, not planned.
  const told = words.tokens.map((token, i) => (i >= first && isWord(token) ? i : -1)).filter((i) => i >= 0);
  if (tellsAfter(words, told)) return null;
  // "not drink on the days he looks after Lily" under "Dad will:": a standing rule.
  if (NEGATORS.has(opening) && words.next(first) !== undefined) return { type: 'imperative', index: words.next(first)!, span: undefined, negative: true };
  if (words.marks[first] || words.timeAt[first]) return undefined;
  // "Swimming lessons on Saturdays": a gerund opens a noun phrase, not an instruction.
  if (/[a-z]{2}ing$/.test(opening)) return undefined;
  const wordIndexes = words.tokens.map((token, i) => (i >= first && isWord(token) ? i : -1)).filter((i) => i >= 0);
  if (describesAfter(words, wordIndexes)) return null;
  return words.reader.startsWithVerb(words.tokens.slice(first)) ? { type: 'imperative', index: first, span: undefined, negative: false } : undefined;
}

interface Verb {
  index: number | undefined;
  passive: boolean;
  negative: boolean;
  /** A passive of help before "to" and a verb ("be supported to join"): the helper is the doer. */
  helped?: boolean;
}

/** The main verb after a modal or "to": skips "not", "still", "have to", "be able to"; notes passives. */
function verbAfter(words: Words, marker: number): Verb {
  let negative = false;
  let i = words.next(marker);
  for (let guard = 0; i !== undefined && guard < 8; guard++) {
    const word = words.word(i)!;
    if (NEGATORS.has(word)) negative = true;
    else if (ADVERBS.has(word) && !words.marks[i]) {
      // skip
    } else if (RECEIVING.has(word) && HELP_NOUNS.has(words.word(words.next(i) ?? -1) ?? '')) {
      // "should have support to understand …", "will get help to catch the bus": help given, no one named to give it
      // (with a giver, "support from Jo (FSW) to …", the help has its doer, read as before).
      const noun = words.next(i)!;
      const to = words.next(noun);
      if (to !== undefined && words.word(to) === 'to' && words.verbCandidate(words.next(to))) return { index: noun, passive: true, negative, helped: true };
      return { index: i, passive: false, negative };
    } else if ((word === 'have' || word === 'has' || word === 'need' || word === 'going' || word === 'able') && words.word(words.next(i) ?? -1) === 'to') {
      i = words.next(i);
    } else if (BE.has(word)) {
      let k = words.next(i);
      while (k !== undefined && (NEGATORS.has(words.word(k)!) || ADVERBS.has(words.word(k)!))) {
        if (NEGATORS.has(words.word(k)!)) negative = true;
        k = words.next(k);
      }
      const after = k === undefined ? undefined : words.word(k);
      if (k !== undefined && (after === 'able' || after === 'going') && words.word(words.next(k) ?? -1) === 'to') {
        i = words.next(words.next(k)!);
        continue;
      }
      if (k !== undefined && after !== undefined && isParticiple(after)) {
        const to = words.next(k);
        if (to !== undefined && words.word(to) === 'to' && words.verbCandidate(words.next(to))) {
          // "will be supported to join the club": the help is the action, and whoever gives it is the doer.
          if (HELPING.has(after)) return { index: k, passive: true, negative, helped: true };
          // "will be asked to leave": the subject does what follows "to".
          return { index: words.next(to), passive: false, negative };
        }
        // "will be settled": a state no one can see, not a passive; "will be supported": a passive process.
        if (words.reader.signals.vagueStates.matchAt(words.tokens, k) && !words.process[k]) return { index: i, passive: false, negative };
        return { index: k, passive: true, negative };
      }
      return { index: i, passive: false, negative };
    } else {
      return { index: i, passive: false, negative };
    }
    i = i === undefined ? undefined : words.next(i);
  }
  return { index: i, passive: false, negative };
}

function readVerbal(words: Words, head: Head, reading: ActionReading, lead: Lead | undefined): void {
  let verb: Verb;
  if (head.type === 'modal' || head.type === 'to') verb = verbAfter(words, head.inverted ?? head.index);
  else if (head.type === 'need') {
    let to = words.next(head.index);
    while (to !== undefined && words.word(to) !== 'to' && words.word(to) !== 'for') to = words.next(to);
    verb = to === undefined ? { index: undefined, passive: false, negative: head.negative } : verbAfter(words, to);
  } else if (head.type === 'commit') {
    const joiner = words.next(head.index)!;
    if (words.word(joiner) === 'to') verb = verbAfter(words, joiner);
    else {
      let modal = words.next(joiner);
      for (let guard = 0; modal !== undefined && guard < 6 && !MODALS.has(words.word(modal)!) && !NEGATIVE_MODALS.has(words.word(modal)!); guard++) modal = words.next(modal);
      verb = modal === undefined ? { index: words.next(joiner), passive: false, negative: false } : verbAfter(words, modal);
      if (modal !== undefined && NEGATIVE_MODALS.has(words.word(modal)!)) verb.negative = true;
    }
  } else verb = { index: head.index, passive: false, negative: false };
  const negative = head.negative || verb.negative;

  // Who
  const span = head.span;
  const subject = span ? marksIn(words, span[0], span[1]) : [];
  const actors = subject.filter((mark) => mark.role !== 'non-actor');
  const universalSubject = span !== undefined && (UNIVERSAL_NEGATIVES.has(words.word(span[0]) ?? '') || actors.some((mark) => mark.role === 'universal'));
  const standing = negative || universalSubject;
  if (verb.passive) {
    const agent = agentAfter(words, verb.index!);
    if (agent && agent.role !== 'non-actor') reading.who = words.text(agent.first, agent.last);
    else if (standing) reading.who = actors.length > 0 ? textOf(words, actors) : 'everyone';
    else {
      // "to be reviewed in May, with Sam arranging the meeting": who acts, named beside the passive.
      const doer = doerAfter(words, verb.index!);
      if (doer) reading.who = words.text(doer.first, doer.last);
      else reading.passive = words.text(head.index, verb.index!);
    }
  } else if (actors.length > 0) {
    reading.who = textOf(words, actors);
  } else if (universalSubject) {
    reading.who = 'everyone';
  } else if (!span && lead?.who) {
    reading.who = lead.who;
  } else {
    // "Rhodri, please can you ask Mum …": a request to someone named before it.
    const addressed = vocative(words);
    if (addressed) reading.who = words.text(addressed.first, addressed.last);
  }
  reading.standing = standing;

  // What
  if (verb.index === undefined) return;
  readChain(words, verb.index, reading);
}

/** Follows the verb chain: a process verb passes the "what" on to the verb after "to" or "and", if any. */
function readChain(words: Words, start: number, reading: ActionReading): void {
  let v: number | undefined = start;
  for (let guard = 0; v !== undefined && guard < 10; guard++) {
    const match = words.process[v] ?? words.reader.signals.process.matchAt(words.tokens, v);
    const word = words.word(v);
    if (word === undefined) return;
    if (match) {
      reading.processWords.push(words.text(match.first, match.last));
      const after = continuation(words, match.last);
      // "continue medication reviews", "continue paying rent": what goes on is the what.
      if (after === undefined && CONTINUE.has(word) && objectAfter(words, match.last)) {
        reading.what = true;
        return;
      }
      // "make sure Ava goes to bed by 8pm", "ensure Connor attends his appointment": what is made sure of is the
      // what, when it is something done ("ensure the children are safe" is still a state no one can see).
      if (after === undefined && ENSURING.has(word) && doneAfter(words, match.last)) {
        reading.what = true;
        return;
      }
      v = after;
      continue;
    }
    if (BE.has(word)) {
      let k = words.next(v);
      while (k !== undefined && (ADVERBS.has(words.word(k)!) || NEGATORS.has(words.word(k)!))) k = words.next(k);
      const state = k === undefined ? undefined : words.reader.signals.vagueStates.matchAt(words.tokens, k);
      if (state) {
        reading.vagueState = words.text(state.first, state.last);
        return;
      }
      reading.what = k !== undefined;
      return;
    }
    if ((word === 'keep' || word === 'keeps') && stateAhead(words, v)) {
      reading.processWords.push(`${words.tokens[v]!.value} … ${stateAhead(words, v)}`);
      v = undefined;
      continue;
    }
    // "communicate better", "listen more", "try harder": doing more of something, with nothing to see or count.
    const more = words.next(v);
    if (more !== undefined && COMPARATIVES.has(words.word(more)!) && clauseEnds(words, more)) {
      reading.processWords.push(words.text(v, more));
      return;
    }
    reading.what = true;
    return;
  }
}

/** Words that ask for more of a verb without saying how much: "communicate better". */
const COMPARATIVES = new Set(['better', 'more', 'less', 'harder']);

/** Whether the clause ends after token `at`: the line ends, punctuation follows, or a time ("better by June"). */
function clauseEnds(words: Words, at: number): boolean {
  const after = words.tokens[at + 1];
  if (after === undefined || !isWord(after) || words.timeAt[at + 1] === true) return true;
  return TIME_PREPOSITIONS.has(after.norm) && words.timeAt[at + 2] === true;
}

/** Words that open a time whose match starts after them: "by June", "within a month". */
const TIME_PREPOSITIONS = new Set(['by', 'in', 'within', 'before', 'until', 'from', 'after', 'over', 'on', 'at']);

/** Words that make what follows a topic: "about Christmas", "re half term". */
const TOPIC_WORDS = new Set(['about', 're', 'regarding', 'concerning']);
/** Words between a topic word and its time: "about the summer holidays", "about her birthday". */
const TOPIC_DETERMINERS = new Set(['the', 'this', 'that', 'her', 'his', 'their', 'my', 'your', 'our']);

/** Whether the time at token `first` follows a topic word, a determiner between them at most. */
function aboutTopic(tokens: readonly Token[], first: number): boolean {
  let k = wordBefore(tokens, first);
  if (k >= 0 && TOPIC_DETERMINERS.has(tokens[k]!.norm)) k = wordBefore(tokens, k);
  return k >= 0 && TOPIC_WORDS.has(tokens[k]!.norm);
}

/** The index of the last word token before `i`, or -1. */
function wordBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && !isWord(tokens[k]!)) k -= 1;
  return k;
}

/** Pronouns that open a clause about someone: "adopters who can help him". */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom']);
/** Nouns and verbs of an aim, before "is" or "that": "our aim is that", "we hope that", "the goal is for". */
const AIMS = new Set(['aim', 'aims', 'hope', 'hopes', 'hoping', 'goal', 'goals', 'intention', 'wish']);
const AIM_LINKS = new Set(['is', 'that', 'for']);

/** Whether the words up to a head hold an aim ("Our aim is that", "We hope that"); "aim" may be the head itself. */
function aimBefore(words: Words, from: number, head: number): boolean {
  for (let i = from; i <= head; i++) {
    if (AIMS.has(words.word(i) ?? '') && AIM_LINKS.has(words.word(words.next(i) ?? -1) ?? '')) return true;
  }
  return false;
}

/** Having help, said of the one helped: "have support to", "get help to". */
const RECEIVING = new Set(['have', 'has', 'get', 'gets', 'receive', 'receives']);
const HELP_NOUNS = new Set(['support', 'help']);

/** Verbs whose object is the action itself: "continue medication reviews". */
const CONTINUE = new Set(['continue', 'continues', 'carry']);

/** "ensure", "make sure": verbs whose what is the clause after them. */
const ENSURING = new Set(['ensure', 'ensures', 'make', 'makes']);
/** Verbs of a state or a feeling in the third person: "makes sure Kai feels listened to" sees nothing done. */
const FELT = new Set(['feels', 'knows', 'understands', 'enjoys', 'thrives', 'is', 'was', 'are', 'were', 'remains', 'stays', 'needs']);

/** Whether a clause that opens with its subject and a verb that does something follows `from` ("Ava goes to bed"). */
function doneAfter(words: Words, from: number): boolean {
  let k = words.next(from);
  if (k !== undefined && words.word(k) === 'that') k = words.next(k);
  for (let n = 0; k !== undefined && n < 4; n++, k = words.next(k)) {
    if (words.tokens[k - 1] !== undefined && !isWord(words.tokens[k - 1]) && /^[,;:()]$/.test(words.tokens[k - 1]!.value)) return false;
    const word = words.word(k)!;
    if (n === 0 || /'s$/.test(words.word(words.previousWord(k) ?? -1) ?? '')) continue;
    if (FELT.has(word)) return false;
    if (thirdPersonOrPast(word) && !words.process[k]) return true;
  }
  return false;
}

/** Whether a plain object follows: a word that is no process word, time, preposition or clause word. */
function objectAfter(words: Words, from: number): boolean {
  let k = words.next(from);
  // "continue weekly sessions": how often is said before what goes on.
  if (k !== undefined && words.timeAt[k] && /ly$/.test(words.word(k)!)) k = words.next(k);
  if (k === undefined) return false;
  const word = words.word(k)!;
  if (words.process[k] || words.timeAt[k] || CHAIN_STOPS.has(word) || OBJECT_PREPOSITIONS.has(word)) return false;
  return !words.reader.signals.vague.matchAt(words.tokens, k);
}

/** The next verb after a process verb: "continue to [take]", "engage with and [complete]"; stops at a comma or "so that". */
function continuation(words: Words, from: number): number | undefined {
  for (let k = from + 1; k < words.tokens.length; k++) {
    const token = words.tokens[k]!;
    if (!isWord(token)) {
      if (/^['\u2019()]$/.test(token.value)) continue;
      return undefined;
    }
    // "think about what she wants to do", "look at how to get to college": the verbs after "what" or "how" are
    // what is thought about, not something that will be done.
    if (CHAIN_STOPS.has(token.norm) || WH_CLAUSE.has(token.norm)) return undefined;
    if ((token.norm === 'to' || token.norm === 'and' || token.norm === 'or') && words.verbCandidate(words.next(k))) return words.next(k);
  }
  return undefined;
}

/** "keep Billy and Angie safe": the vague state a "keep" leads to, within the clause. */
function stateAhead(words: Words, from: number): string | undefined {
  let k: number | undefined = from;
  for (let guard = 0; guard < 6; guard++) {
    k = words.next(k!);
    if (k === undefined) return undefined;
    const state = words.reader.signals.vagueStates.matchAt(words.tokens, k);
    if (state) return words.text(state.first, state.last);
  }
  return undefined;
}

/** Whether a meeting word follows a head within a few words ("There will be a core group on 3 June"). */
function metaAhead(words: Words, head: number): boolean {
  let k: number | undefined = head;
  for (let guard = 0; guard < 4; guard++) {
    k = words.next(k!);
    if (k === undefined) return false;
    if (META_SUBJECTS.has(words.word(k)!) || words.word(k) === 'group') return true;
  }
  return false;
}

/** "Reconvene on 8 May, Sam to chair": an instruction whose doer a later clause names. */
function laterDoer(words: Words, from: number): string | undefined {
  for (let k = from + 1; k < words.tokens.length; k++) {
    if (words.tokens[k]!.value !== ',' && words.tokens[k]!.value !== ';') continue;
    const start = words.next(k);
    if (start === undefined) return undefined;
    const later = findHead(words, start);
    if (later?.span === undefined || later.type !== 'to') continue;
    const actors = marksIn(words, later.span[0], later.span[1]).filter((mark) => mark.role !== 'non-actor');
    if (actors.length > 0) return textOf(words, actors);
  }
  return undefined;
}

/** "with Sam arranging", "staff dropping off": a person followed by a verb in -ing, after a passive. */
function doerAfter(words: Words, verb: number): Mark | undefined {
  for (let k = verb + 1; k < words.tokens.length; k++) {
    const mark = words.marks[k];
    if (!mark || mark.first !== k || mark.role === 'non-actor') continue;
    const after = words.next(mark.last);
    if (after !== undefined && /[a-z]{2}ing$/.test(words.word(after)!) && words.word(words.previousWord(k) ?? -1) === 'with') return mark;
  }
  return undefined;
}

/** "by the health visitor" after a passive verb. */
function agentAfter(words: Words, verb: number): Mark | undefined {
  for (let k = verb + 1; k < words.tokens.length; k++) {
    const token = words.tokens[k]!;
    if (!isWord(token)) {
      if (token.value === ',' || token.value === ';') return undefined;
      continue;
    }
    if (token.norm !== 'by') continue;
    let m = words.next(k);
    while (m !== undefined && SUBJECT_GLUE.has(words.word(m)!) && !words.marks[m]) m = words.next(m);
    // "by a sober adult", "by his maternal grandmother": up to two describing words before the person.
    for (let extra = 0; extra < 2 && m !== undefined && !words.marks[m] && startsLower(words.tokens[m]!.value); extra++) m = words.next(m);
    if (m !== undefined && words.marks[m]) {
      const mark = words.marks[m]!;
      // "by Priya Shah": a first name and a surname are one agent.
      let last = mark.last;
      while (words.marks[last + 1]?.role === 'name' && mark.role === 'name') last += 1;
      return last === mark.last ? mark : { first: mark.first, last, role: mark.role };
    }
  }
  return undefined;
}

/** Words before a noun that say how much, not what: "Further work on safe sleep", "More support". */
/** Subjects that leave who will act to be found. */
const UNKNOWN_DOERS = new Set(['someone', 'somebody']);
const QUALIFIERS = new Set(['further', 'more', 'extra', 'additional', 'some', 'continued', 'continuing', 'ongoing', 'general', 'appropriate', 'relevant']);

/** An action with no verb at all: "Weekly visits by the social worker", "Ongoing support from services". */
function readNominal(words: Words, reading: ActionReading, lead: Lead | undefined): void {
  const actors: Mark[] = [];
  const { tokens } = words;
  for (let i = 0; i < tokens.length; i++) {
    const mark = words.marks[i];
    if (!mark || mark.first !== i || mark.role === 'non-actor') continue;
    let before = words.previousWord(i);
    while (before !== undefined && SUBJECT_GLUE.has(words.word(before)!) && !words.marks[before]) before = words.previousWord(before);
    if (before !== undefined && OBJECT_PREPOSITIONS.has(words.word(before)!)) continue;
    actors.push(mark);
  }
  if (actors.length > 0) reading.who = textOf(words, actors);
  else if (lead?.who) reading.who = lead.who;
  // What: the phrase's first content word, unless it is a process word ("Weekly visits", not "Ongoing support").
  const vagueAt = new Set<number>();
  for (const match of reading.vague) for (let i = match.first; i <= match.last; i++) vagueAt.add(i);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!isWord(token)) continue;
    const process = words.process[i];
    if (process) {
      reading.processWords.push(words.text(process.first, process.last));
      return;
    }
    if (words.marks[i] || words.timeAt[i] || vagueAt.has(i) || /^\d/.test(token.value)) continue;
    if (NOT_NAMES.has(token.norm) || SUBJECT_GLUE.has(token.norm) || OBJECT_PREPOSITIONS.has(token.norm) || token.norm === 'by' || token.norm === 'with' || QUALIFIERS.has(token.norm)) continue;
    reading.what = true;
    return;
  }
}

/** The actors of a subject, without those after a preposition ("Family time with Dad", "the worker for Billy"). */
function marksIn(words: Words, first: number, last: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = first; i <= last; i++) {
    const mark = words.marks[i];
    if (!mark || mark.first !== i) continue;
    let before = words.previousWord(i);
    while (before !== undefined && before >= first && SUBJECT_GLUE.has(words.word(before)!) && !words.marks[before]) before = words.previousWord(before);
    if (before !== undefined && before >= first && SUBJECT_PREPOSITIONS.has(words.word(before)!)) continue;
    marks.push(mark);
  }
  return marks;
}

function textOf(words: Words, marks: readonly Mark[]): string {
  return words.text(marks[0]!.first, marks[marks.length - 1]!.last);
}

function collect(words: Words, role: Role): string[] {
  const found: string[] = [];
  words.marks.forEach((mark, i) => {
    if (mark && mark.first === i && mark.role === role) found.push(words.text(mark.first, mark.last));
  });
  return found;
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Vague qualifiers in some tokens, without "soon" in "as soon as Dad arrives" (a trigger, not a vague deadline). */
export function vagueIn(tokens: readonly Token[], signals: Signals): Array<PhraseMatch<VagueKind>> {
  return signals.vague.matchAll(tokens).filter((match) => {
    if (match.first !== match.last || tokens[match.first]!.norm !== 'soon') return true;
    for (let k = match.first - 1; k >= 0; k--) if (isWord(tokens[k])) return tokens[k]!.norm !== 'as';
    return true;
  });
}

/** A capitalised word of a heading that is a noun, not a name the record uses ("Protection", "Arrangements"). */
function titleWord(norm: string, reader: Reader): boolean {
  return !reader.childNames.has(norm) && reader.namedInText?.(norm) !== true && (!mayBeName(norm) || pluralOrAbstractNoun(norm));
}

/** Whether every word is inside one of the marks or joins them ("KM and DB"). */
function onlyThose(tokens: readonly Token[], marks: readonly Mark[]): boolean {
  return tokens.every((token, i) => !isWord(token) || token.norm === 'and' || marks.some((mark) => mark.first <= i && i <= mark.last));
}

/** A person's initials as written in a log or minutes: "KM", "DB", and each side of "D&P" or "ME/DO". */
const INITIALS = /^[A-Z]{1,3}(?:[&/][A-Z]{1,3})*$/;
/** Capitals before a colon that are notes, not someone's initials ("NB: …", "AOB: …", "TBC"). */
const NOT_INITIALS = new Set(['NB', 'PS', 'RE', 'TBC', 'TBA', 'NA', 'AOB', 'OK']);

/**
 * Who and when a lead-in line, a heading, a Who cell or a label gives ("Mum and Dad will:", "Actions by 30 June",
 * "Sam Patel", "KM:"). In a Who cell any capitalised word is taken for a name; in a label before a colon or a dash,
 * initials are; in a heading, a capitalised noun is not.
 */
export function readLead(tokens: readonly Token[], reader: Reader, kind: 'lead' | 'cell' | 'label' | 'heading' = 'lead'): { who: string | undefined; when: boolean; unnamed: string[]; onlyWho: boolean } {
  const words = new Words(tokens, reader);
  const found: Mark[] = [];
  let last = tokens.length - 1;
  while (last >= 0 && !isWord(tokens[last])) last -= 1;
  tokens.forEach((token, i) => {
    const mark = words.marks[i];
    // A heading in title case capitalises its nouns: "Child Protection Plan" names no one called Protection.
    if (mark && kind === 'heading' && mark.role === 'name' && titleWord(token.norm, reader)) return;
    if (mark && mark.first === i && mark.role !== 'non-actor') found.push(mark);
    else if (!mark && kind === 'cell' && isWord(token) && startsUpper(token.value) && !NOT_NAMES.has(token.norm) && !/^(TBC|TBA|N\/A|NA)$/i.test(token.value)) {
      found.push({ first: i, last: i, role: 'name' });
    }
    // "KM: ring the dentist", "ME/DO - look at options": the initials a team signs with, before an action.
    else if (!mark && kind === 'label' && isWord(token) && INITIALS.test(token.value) && !NOT_INITIALS.has(token.value)) {
      found.push({ first: i, last: i, role: 'name' });
    }
  });
  // "Courtney" over her actions: a line that is one word, a name where the record writes it as one elsewhere.
  const only = tokens.findIndex(isWord);
  if (found.length === 0 && only >= 0 && only === last && startsUpper(tokens[only]!.value) && reader.namedInText?.(tokens[only]!.norm)) found.push({ first: only, last: only, role: 'name' });
  const text = tokens.length > 0 ? reader.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end) : '';
  return {
    who: found.length > 0 ? textOf(words, found) : undefined,
    when: whenKinds(tokens, text, reader.signals, [], words.timeMatches).size > 0,
    unnamed: unique(collect(words, 'non-actor')),
    onlyWho: found.length > 0 && last >= 0 && (words.subjectLike(0, last) || (kind === 'label' && onlyThose(tokens, found))),
  };
}
