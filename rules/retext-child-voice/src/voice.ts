import type { Analysis, Range } from '@carelint/text';
import type { CompiledLexicons, Signals } from './lexicons.js';
import type { Mention, MentionIndex } from './mentions.js';
import { beforeBrackets, quotedAt, type Unit, type Word } from './units.js';

/** One piece of the child's voice: their quoted words, a reported view, or what was observed of them. */
export interface VoiceItem {
  kind: 'quote' | 'view' | 'observation';
  unit: number;
  /** The children it belongs to; empty when the child is not named. */
  children: string[];
  start: number;
  end: number;
  /** Its subject is "you", the child a letter or record is written to ("you smiled at me"). */
  addressee: boolean;
  /**
   * For an observation of "you": whether the child was a baby or toddler then, as the record says (see `ages.ts`);
   * set by `readRecord`. Undefined for the others, whose record's signs of a baby decide.
   */
  young: boolean | undefined;
}

/** What the record holds of the children's voices, and of adults' views in the child's-views sections. */
export interface Voice {
  items: VoiceItem[];
  /** Units where a child told the writer something ("told me", "said to me"): heard in conversation. */
  toWriter: Set<number>;
  /** Units where an adult's view or words stand (in any section). */
  adultViews: Set<number>;
}

type VerbKind = 'speech' | 'view' | 'report' | 'observation';

interface Verb {
  kind: VerbKind;
  /** The unit the verb is in. */
  unit: number;
  first: number;
  last: number;
  /** Who speaks, wants or does it (a pronoun already resolved). */
  who: Mention | undefined;
  /** The subject word(s) themselves, for the clause checks. */
  subject: Mention | undefined;
  /** "..., said Amira": the speaker comes after the verb. */
  inverted: boolean;
  /** "Amira was told": nobody named speaks; it frames what follows. */
  passive: boolean;
}

/** Adverbs and auxiliaries that may stand between a subject and its verb ("Amira then told me", "does not like"). */
const VIEW_SKIP = new Set([
  'also', 'then', 'later', 'clearly', 'quietly', 'happily', 'proudly', 'excitedly', 'again', 'really', 'has', 'had',
  'have', 'did', 'does', 'do', 'not', 'never', 'would', 'could', 'will', 'can', 'always', 'often', 'sometimes', 'now',
  'still', 'just', 'repeatedly', 'spontaneously', 'tearfully', 'sadly', 'confidently', 'openly', 'first', 'both', 'all',
  "doesn't", "didn't", "don't", "hasn't", "hadn't", "won't", "wouldn't", "can't", "couldn't", 'no', 'longer', 'very',
  'immediately', 'initially', 'eventually', 'finally', 'shyly', 'calmly', 'honestly', 'gently', 'consistently',
  'previously', 'recently', 'already', 'too', 'each', 'herself', 'himself', 'themselves', 'further', 'once', 'again',
  'sometimes', 'usually', 'mostly', 'particularly', 'especially', 'definitely', 'firmly', 'strongly', 'quickly',
]);
/** As VIEW_SKIP, plus the verbs of being that describe what a child was doing ("Leo was smiling", "is settled"). */
const OBSERVE_SKIP = new Set([...VIEW_SKIP, 'was', 'were', 'is', 'are', 'been', 'be', 'being', 'kept', 'began', 'started', 'stopped', 'quite', 'so', 'generally', 'visibly', 'noticeably', 'became', 'becomes', 'looked', 'seemed', 'appeared', 'used']);
/** Words that end one clause and start another: an adult's "said" before them does not own what follows. */
const BREAKS = new Set(['and', 'but', 'so', 'then', 'because', 'when', 'while', 'although', 'though', 'whereas', 'before', 'after', 'until', ',', ';', ':', '\u2013', '\u2014', '(', ')']);
/** Words after "and" or a comma that carry on an adult's reported words ("and that ..."). */
const REPORTED = new Set(['that', 'how', 'what', 'whether']);
/** Words before a subject that make its wish a condition or a question, not a view ("whenever you want"). */
const CONDITIONS = new Set(['if', 'case', 'whenever', 'whatever', 'unless', 'wherever', 'what', 'whether', 'how']);
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got']);
const TO_WRITER = new Set(['me', 'us']);
/** First words of a form's answer that say the child's views are not there ("Not obtained", "Declined", "N/A"). */
const NO_ANSWER = new Set(['none', 'n/a', 'na', 'nil', 'unable', 'declined', 'refused', 'tbc', 'unknown', 'awaiting', 'pending']);
/** Words after "not" or "no" that make an answer say there is none ("Not obtained", "No views given"). */
const NOTHING_GIVEN = new Set(['obtained', 'known', 'seen', 'recorded', 'asked', 'available', 'applicable', 'given', 'gathered', 'spoken', 'views', 'view', 'comment', 'comments', 'response', 'answer', 'done', 'completed', 'present']);

/**
 * Whether the words just before a speech verb at `first` say it could not be done: "Isla could not say where she wants
 * to live", "can't tell us her views", "cannot say", "was unable to say", "is not able to tell us". That records no
 * view, and the writer heard none. Only right before the verb: "could not wait to tell me" is eager, not unable.
 */
function unable(unit: Unit, first: number): boolean {
  const word = (k: number) => unit.words[k]?.norm ?? '';
  if (word(first - 1) === 'to') return word(first - 2) === 'unable' || (word(first - 2) === 'able' && word(first - 3) === 'not');
  const before = word(first - 1);
  return before === 'cannot' || before === "can't" || before === "couldn't" || (before === 'not' && (word(first - 2) === 'can' || word(first - 2) === 'could'));
}

/** Whether a form's answer says the child's views are not there. */
function noAnswer(words: readonly Word[]): boolean {
  const first = words[0]!.norm;
  if (NO_ANSWER.has(first)) return true;
  return (first === 'not' || first === 'no') && NOTHING_GIVEN.has(words[1]?.norm ?? '');
}

/** Finds quotes, reported views and observations of the children, with who they belong to. */
export function findVoice(
  analysis: Analysis,
  units: readonly Unit[],
  index: MentionIndex,
  lexicons: CompiledLexicons,
  sectionChild: (unit: Unit) => Mention | undefined,
  isViewsSection: (unit: Unit) => boolean,
): Voice {
  const { signals } = lexicons;
  const lists: Array<[VerbKind, Signals]> = [
    ['speech', signals.speech],
    ['view', signals.view],
    ['report', signals.report],
    ['observation', signals.observation],
  ];
  const verbs = units.map((unit) => verbsOf(unit, index, lists));
  const facts = new UnitFacts(units, verbs);
  const items: VoiceItem[] = [];
  const toWriter = new Set<number>();
  const adultViews = new Set<number>();
  const attributed = new Set<Verb>();

  // Quotes: who said the quoted words, from a speech verb beside them.
  for (const quote of analysis.quotes) {
    const unit = unitHolding(units, quote.start, false);
    if (!unit) continue;
    if (!holdsWord(unit.words, quote)) continue;
    const endUnit = unitHolding(units, quote.end, true) ?? unit;
    const verb = speakerOf(quote, unit, endUnit, units, verbs, facts);
    let who = verb?.who;
    // "Mum told me that Amira said '...'": the child's words as an adult passed them on.
    if (verb && who?.role === 'child' && framed(units[verb.unit]!, facts.frames(verb.unit), verb.subject?.first ?? verb.first, false)) {
      who = undefined;
      adultViews.add(unit.index);
    }
    if (verb) attributed.add(verb);
    if (!verb && isViewsSection(unit) && !facts.adultSpeaks(unit.index)) who = sectionChild(unit);
    if (who?.role === 'child') items.push({ kind: 'quote', unit: unit.index, children: [...who.children], start: quote.start, end: quote.end, addressee: false, young: undefined });
    else if (who && isAdult(who)) adultViews.add(unit.index);
  }

  for (const unit of units) {
    const unitVerbs = verbs[unit.index]!;
    // A form's question and the answer after it ("What would help? Not sitting next to Ryan."): in a child's-views
    // section the answer is the child's, unless an adult speaks in it.
    if (isViewsSection(unit) && answersQuestion(units, unit) && !unitVerbs.some((v) => isAdult(v.who) || v.passive)) {
      const child = sectionChild(unit);
      const words = unit.words.filter((w) => w.kind === 'word');
      if (child && words.length > 0 && !quotedWord(unit) && !noAnswer(words)) {
        items.push({ kind: 'view', unit: unit.index, children: [...child.children], start: words[0]!.start, end: words[words.length - 1]!.end, addressee: false, young: undefined });
        continue;
      }
    }
    // Views, observations and adults' words all hang on a verb.
    if (unitVerbs.length === 0) continue;
    const frames = facts.frames(unit.index);
    const childFrames: Frame[] = unitVerbs
      .filter((v) => v.kind !== 'observation' && v.kind !== 'report' && v.who?.role === 'child')
      .map((v) => ({ at: v.last + 1, breakable: true, backwards: false, writer: false }));
    // "Isla could not say where she wants to live", "Isla cannot say where ...": what nobody could say is no view of
    // the child's, whoever the subject (found or not) is.
    const unableFrames: Frame[] = unitVerbs
      .filter((v) => v.kind === 'speech' && !v.inverted && unable(unit, v.first))
      .map((v) => ({ at: v.last + 1, breakable: true, backwards: false, writer: false }));
    let view: VoiceItem | undefined;
    let observed: VoiceItem | undefined;
    for (const verb of unitVerbs) {
      const who = verb.who;
      if (!who) continue;
      if (isAdult(who) && verb.kind !== 'observation') adultViews.add(unit.index);
      if (who.role !== 'child') continue;
      const at = verb.subject?.first ?? verb.first;
      if (verb.kind === 'observation') {
        // "Amira told me she is happy": what follows the child's own words is their view, not an observation.
        if (!observed && !framed(unit, frames, at, true) && !framed(unit, childFrames, at, false)) {
          observed = { kind: 'observation', unit: unit.index, children: [...who.children], start: unit.words[verb.first]!.start, end: unit.words[verb.last]!.end, addressee: isYou(unit, verb.subject), young: undefined };
        }
        continue;
      }
      if (framed(unit, frames, at, false)) continue;
      if (CONDITIONS.has(unit.words[at - 1]?.norm ?? '')) continue;
      if (verb.kind === 'speech' && !verb.inverted && unable(unit, verb.first)) continue;
      if (unableFrames.length > 0 && framed(unit, unableFrames, at, false)) continue;
      if (verb.kind === 'speech' && TO_WRITER.has(nextWord(unit.words, verb.last)?.norm ?? '')) toWriter.add(unit.index);
      if (verb.kind === 'speech' && /^(to|with)$/.test(nextWord(unit.words, verb.last)?.norm ?? '') && TO_WRITER.has(nextWord(unit.words, verb.last + 1)?.norm ?? '')) toWriter.add(unit.index);
      if (attributed.has(verb)) continue;
      view ??= { kind: 'view', unit: unit.index, children: [...who.children], start: unit.words[verb.first]!.start, end: unit.words[verb.last]!.end, addressee: isYou(unit, verb.subject), young: undefined };
    }
    // In a child's-views section a line may start with the verb: "Wants to see Dad more."
    if (!view && isViewsSection(unit)) {
      const first = unit.words.findIndex((w) => w.kind === 'word');
      const verb = unitVerbs.find((v) => v.first === first && (v.kind === 'speech' || v.kind === 'view'));
      const child = sectionChild(unit);
      if (verb && child && !unitVerbs.some((v) => isAdult(v.who))) {
        view = { kind: 'view', unit: unit.index, children: [...child.children], start: unit.words[verb.first]!.start, end: unit.words[verb.last]!.end, addressee: false, young: undefined };
      }
    }
    if (view) items.push(view);
    if (observed) items.push(observed);
  }
  items.sort((a, b) => a.start - b.start);
  return { items, toWriter, adultViews };
}

/** Whether a unit follows a question in its own paragraph (a line or a table row): it is the answer. */
function answersQuestion(units: readonly Unit[], unit: Unit): boolean {
  for (let k = unit.index - 1; k >= 0 && k >= unit.index - 3; k--) {
    const before = units[k]!;
    if (before.paragraph !== unit.paragraph || before.section !== unit.section) return false;
    const last = before.words[before.words.length - 1];
    if (last?.value === '?' && !quotedAt(before, before.words.length - 1)) return true;
  }
  return false;
}

/** Whether a word (not a mark) of a unit is inside quoted speech. */
function quotedWord(unit: Unit): boolean {
  if (!unit.anyQuoted) return false;
  for (let k = 0; k < unit.words.length; k++) if (unit.words[k]!.kind === 'word' && quotedAt(unit, k)) return true;
  return false;
}

/** Whether a verb's subject is "you" (or "yourself"): the child the record is written to, when it is to a child. */
function isYou(unit: Unit, subject: Mention | undefined): boolean {
  const word = subject && subject.first === subject.last ? unit.words[subject.first]?.norm : undefined;
  return word === 'you' || word === 'yourself';
}

function isAdult(mention: Mention | undefined): boolean {
  return mention?.role === 'adult' || mention?.role === 'agency' || mention?.role === 'worker';
}

/** Words before "signs" that make it the noun ("shown signs", "no signs", "early signs"), not a child signing. */
const SIGNS_NOUN_AFTER = new Set([
  'no', 'any', 'some', 'the', 'these', 'those', 'early', 'clear', 'obvious', 'warning', 'few', 'many', 'all', 'more',
  'show', 'shows', 'showed', 'shown', 'showing', 'display', 'displays', 'displayed', 'displaying',
]);

/**
 * Whether "signs" at word `first` (and `last`) is the noun: "She has shown signs of an insecure attachment", "no signs
 * of distress". A child who signs ("Isla signs 'more'", "signs for a drink") is heard; signs of something are seen.
 */
function signsNoun(unit: Unit, first: number, last: number): boolean {
  if (first !== last || unit.words[first]!.norm !== 'signs') return false;
  return unit.words[first + 1]?.norm === 'of' || SIGNS_NOUN_AFTER.has(unit.words[first - 1]?.norm ?? '');
}

/**
 * Whether the clause goes on after a person named after a verb of saying that opens a sentence ("Said C was upset",
 * "Said C \"kicks off\" at home"): they are what was said about, the speaker left out (as notes leave out "Mum"),
 * not the speaker of an inverted "Said Amira: ...". A word after them, or after a quote right after them (a word
 * that ends no clause), carries it on. Asked only of a name: nobody speaks of themselves by name, but "Said she
 * didn't think anyone would notice" may be the child's own words. (After a quote, "'...,' said Amira quietly" keeps
 * its speaker: not asked.)
 */
function carriesOn(unit: Unit, last: number): boolean {
  const { words } = unit;
  let k = last + 1;
  if (quotedAt(unit, k)) {
    while (k < words.length && quotedAt(unit, k)) k += 1;
  }
  const word = words[k];
  return word !== undefined && word.kind === 'word' && !quotedAt(unit, k) && !BREAKS.has(word.norm);
}

/** Words after a verb of saying that make it said of the child, not by them: "reported missing". */
const SAID_OF = new Set(['missing', 'absent']);

/** The verbs of a unit (outside quotes) with their subjects. */
function verbsOf(unit: Unit, index: MentionIndex, lists: ReadonlyArray<[VerbKind, Signals]>): Verb[] {
  const verbs: Verb[] = [];
  const mentions = index.byUnit[unit.index]!;
  let inMention: Uint8Array | undefined;
  for (const [kind, list] of lists) {
    // Most units start no phrase of a list: skip them before `all` builds its array.
    if (!list.startsAny(unit)) continue;
    for (const match of list.all(unit)) {
      if (quotedAt(unit, match.first)) continue;
      inMention ??= wordsInMentions(unit, mentions);
      if (inMention[match.first]) continue;
      if (signsNoun(unit, match.first, match.last)) continue;
      // Every field set up front, as for a mention (see `mention`).
      const verb: Verb = { kind, unit: unit.index, first: match.first, last: match.last, who: undefined, subject: undefined, inverted: false, passive: false };
      // "RW informed by note", "Kai asked by his teacher", "Amira described as": a passive; nobody named speaks.
      const after = unit.words[match.last + 1]?.norm;
      // "Jordan reported missing by Mum", "Kai reported absent": said of the child by others, as a passive is.
      if ((after === 'by' && !/ing$/.test(unit.words[match.last + 2]?.norm ?? '')) || (after === 'as' && kind === 'speech') || SAID_OF.has(after ?? '')) {
        verb.passive = true;
        verbs.push(verb);
        continue;
      }
      const noun = kind === 'view' && / (is|are|were)$/.test(match.payloads[0]!.text);
      const subject = noun ? possessor(unit, index, match.first) : subjectOf(unit, index, match.first, kind === 'observation' ? OBSERVE_SKIP : VIEW_SKIP);
      if (subject) {
        verb.subject = subject;
        const who = index.target(subject);
        if (who) verb.who = who;
      } else if (kind === 'speech' || kind === 'report') {
        // "'...,' said Amira", "According to Mum, ...": the speaker comes after the verb.
        const after = index.startingAt(unit.index, match.last + 1);
        const before = unit.words[match.first - 1];
        if (after && !after.possessive && (!before || before.kind !== 'word' || quotedAt(unit, match.first - 1)) && !(before === undefined && !after.pronoun && carriesOn(unit, after.last))) {
          verb.subject = after;
          verb.inverted = true;
          const who = index.target(after);
          if (who) verb.who = who;
        } else if (before && PASSIVE.has(before.norm)) verb.passive = true;
      }
      // "Amira was awake and crying in the doorway and said to an officer ...": the one person named before a speech verb,
      // at the start of the sentence, is who speaks (not for a view word, which may be a noun: "talked about her worries").
      if (!verb.subject && !verb.inverted && !verb.passive && kind === 'speech') {
        const lone = loneSubject(unit, mentions, match.first);
        if (lone) {
          verb.subject = lone;
          const who = index.target(lone);
          if (who) verb.who = who;
        }
      }
      verbs.push(verb);
    }
  }
  // By first word, ties kept in order (as the stable `sort` did): an insertion sort in place, as a unit's verbs are
  // few and `sort` copies them into a work array first (many, in a long unit, are left to `sort`: an insertion sort
  // takes time growing with their square).
  if (verbs.length > 32) verbs.sort((a, b) => a.first - b.first);
  for (let n = 1; n < verbs.length; n++) {
    const verb = verbs[n]!;
    let k = n - 1;
    while (k >= 0 && verbs[k]!.first > verb.first) {
      verbs[k + 1] = verbs[k]!;
      k -= 1;
    }
    verbs[k + 1] = verb;
  }
  // "He pointed to the picture and signed 'more'": a verb after "and" shares the subject of the verb before it.
  // A loop, not `forEach` with an arrow: the arrows made V8 allocate their scopes for every unit.
  for (let k = 0; k < verbs.length; k++) {
    const verb = verbs[k]!;
    if (verb.subject || verb.inverted || verb.passive) continue;
    const before = unit.words[verb.first - 1];
    if (before?.norm !== 'and' && before?.norm !== 'then') continue;
    let previous: Verb | undefined;
    for (let j = k - 1; j >= 0 && !previous; j--) if (verbs[j]!.last < verb.first) previous = verbs[j];
    let subject: Mention | undefined;
    if (previous?.subject && !previous.inverted && !mentionBetween(mentions, previous.last, verb.first)) subject = previous.subject;
    // "You took the spoon and smiled": the verb before "and" is none of the lists', so what was seen of the child
    // takes the subject that opens the clause (only an observation: a view needs a speaker we are sure of).
    else if (verb.kind === 'observation') subject = clauseSubject(unit, index, verb.first - 1);
    if (!subject) continue;
    verb.subject = subject;
    const who = subject === previous?.subject ? previous.who : index.target(subject);
    if (who) verb.who = who;
  }
  return verbs;
}

/**
 * Words that open a clause inside another ("when", "who", "because"): the person after them is that clause's subject,
 * and the verb after its "and" may be the main clause's ("She smiled when Kobe tickled her and reached for Mum").
 */
const SUBORDINATE = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'as', 'if', 'where', 'what', 'how', 'why', 'whether', 'unless', 'since', 'once',
  'whenever', 'till', 'because', 'when', 'while', 'although', 'though', 'whereas', 'before', 'after', 'until',
]);
/** Pronouns that are objects, never the subject that opens a clause. */
const OBJECTS = new Set(['me', 'us', 'him', 'her', 'them']);

/**
 * The subject of the clause that ends at word `connector` ("and" or "then"; "and then", a comma before it): the
 * person who opens the clause, with a word that is not a person after them (the verb). The clause starts the
 * sentence or follows a comma or "and", "but", "so": "When Jan sang, you took the spoon and smiled" gives "you";
 * "Mum held you and smiled" gives Mum; "At bedtime you took ..." and "She smiled when Kobe tickled her and ..." none.
 */
function clauseSubject(unit: Unit, index: MentionIndex, connector: number): Mention | undefined {
  const { words } = unit;
  let end = connector;
  if (words[end]!.norm === 'then' && words[end - 1]?.norm === 'and') end -= 1;
  if (words[end - 1]?.value === ',') end -= 1;
  let start = end;
  for (let k = end - 1; k >= 0; k--) {
    const word = words[k]!;
    if (SUBORDINATE.has(word.norm)) return undefined;
    if (quotedAt(unit, k) || BREAKS.has(word.norm) || BREAKS.has(word.value)) break;
    start = k;
  }
  const subject = start < end ? index.startingAt(unit.index, start) : undefined;
  if (!subject || subject.possessive || OBJECTS.has(words[subject.first]!.norm)) return undefined;
  if (subject.role === 'unknown' && !subject.pronoun) return undefined;
  const next = words[subject.last + 1];
  if (subject.last + 1 >= end || next?.kind !== 'word' || index.startingAt(unit.index, subject.last + 1)) return undefined;
  return subject;
}

/** Whether a mention lies wholly between words `after` and `before` (both excluded). */
function mentionBetween(mentions: readonly Mention[], after: number, before: number): boolean {
  for (const m of mentions) if (m.first > after && m.last < before) return true;
  return false;
}

/**
 * The only person named before word `first` of a unit, when they open the sentence (at most one word before them)
 * and no clause after a semicolon has a subject of its own.
 */
function loneSubject(unit: Unit, mentions: readonly Mention[], first: number): Mention | undefined {
  let found: Mention | undefined;
  for (const mention of mentions) {
    if (mention.last >= first) continue;
    // A group ("Amira and Kai") and the names in it are one subject.
    if (found && (mention.first >= found.first && mention.last <= found.last)) continue;
    if (found && !(found.first >= mention.first && found.last <= mention.last)) return undefined;
    found = mention;
  }
  if (!found || found.possessive || unit.words[first - 1]?.norm === 'to') return undefined;
  let wordsBefore = 0;
  for (let k = 0; k < found.first; k++) if (unit.words[k]!.kind === 'word' && ++wordsBefore > 1) return undefined;
  for (let k = found.last + 1; k < first; k++) if (quotedAt(unit, k)) return undefined;
  // "C now in the squad; coach says he is ...": after a semicolon the verb has a subject of its own, a word no list
  // names as a person ("coach", "the conductor"), not the person who opened the sentence. With none ("C picked for
  // the team; said ...", "...; when asked, said ...") the one named before still speaks.
  if (ownSubjectAfterSemicolon(unit, found.last, first)) return undefined;
  return found;
}

/** Whether, between word `after` and the verb at `first`, a semicolon stands and a word (adverbs apart) just before the verb. */
function ownSubjectAfterSemicolon(unit: Unit, after: number, first: number): boolean {
  let semicolon = false;
  for (let k = after + 1; k < first && !semicolon; k++) semicolon = unit.words[k]!.value === ';';
  if (!semicolon) return false;
  let k = first - 1;
  while (k > after && VIEW_SKIP.has(unit.words[k]!.norm)) k -= 1;
  const word = unit.words[k]!;
  return word.kind === 'word' && !BREAKS.has(word.norm) && !SUBORDINATE.has(word.norm);
}

/** "Amira's wish is ...", "her biggest worry is ...": the person before a view noun owns the view. */
function possessor(unit: Unit, index: MentionIndex, first: number): Mention | undefined {
  const before = unit.words[first - 1];
  if (!before) return undefined;
  const mention = index.endingAt(unit.index, first - 1);
  if (mention?.possessive) return mention;
  // "her wish is": "her" before a noun is a possessive pronoun, not a mention; it stands for the last person named.
  if (/^(her|his|their|your)$/.test(before.norm)) {
    if (before.norm === 'your') return index.endingAt(unit.index, first - 1);
    for (let u = unit.index; u >= 0 && u >= unit.index - 2; u--) {
      if (index.units[u]!.section !== unit.section) break;
      const people = index.byUnit[u]!.filter((m) => (u < unit.index || m.last < first - 1) && index.target(m) !== undefined && index.target(m)!.role !== 'worker');
      const last = people.pop();
      if (last) return index.target(last)?.role === 'child' ? index.target(last) : undefined;
    }
  }
  return undefined;
}

/** The mention that is the subject of the verb at `first`: just before it, a few adverbs apart. */
function subjectOf(unit: Unit, index: MentionIndex, first: number, skip: ReadonlySet<string>): Mention | undefined {
  let steps = 0;
  for (let k = beforeBrackets(unit.words, first - 1); k >= 0; k--) {
    const word = unit.words[k]!;
    if (quotedAt(unit, k)) return undefined;
    const mention = index.endingAt(unit.index, k);
    if (mention) return mention.possessive || (mention.role === 'unknown' && !mention.pronoun) ? undefined : mention;
    // "you used to wave": "to" after "used" (where "used" may be skipped) is part of the auxiliary, not a new clause.
    if (word.norm === 'to' && unit.words[k - 1]?.norm === 'used' && skip.has('used')) continue;
    if (word.kind !== 'word' || !skip.has(word.norm) || ++steps > 3) return undefined;
  }
  return undefined;
}

interface Frame {
  /** Word index from which the adult's account runs. */
  at: number;
  /** Whether breaks end it ("according to" and trailing attributions run regardless). */
  breakable: boolean;
  /** The adult's account covers what comes before it ("Amira is happy, Mum said."). */
  backwards: boolean;
  /** The writer's own frame ("I think"): observations under it still count. */
  writer: boolean;
}

/** Where adults' speech or opinions frame the rest of a unit ("Mum said ...", "I think ...", "..., Mum said."). */
function framesOf(unit: Unit, verbs: readonly Verb[], quoted: boolean): Frame[] {
  const frames: Frame[] = [];
  for (const verb of verbs) {
    if (verb.kind === 'observation') continue;
    const passive = verb.passive;
    if (!passive && !isAdult(verb.who)) continue;
    const writer = verb.who?.role === 'worker';
    const according = unit.words[verb.first]!.norm === 'according';
    const subjectFirst = verb.subject ? Math.min(verb.subject.first, verb.first) : verb.first;
    const before = unit.words[subjectFirst - 1];
    const trailing = !according && before?.value === ',' && !quoted;
    frames.push({ at: trailing ? subjectFirst : verb.last + 1, breakable: !according, backwards: trailing, writer });
  }
  return frames;
}

/** Whether a child's words at word `at` are inside an adult's account. */
function framed(unit: Unit, frames: readonly Frame[], at: number, observation: boolean): boolean {
  if (frames.length === 0) return false;
  const breaks = breaksOf(unit);
  return frames.some((frame) => {
    if (observation && frame.writer) return false;
    if (frame.backwards) return at < frame.at;
    if (at < frame.at) return false;
    if (!frame.breakable) return true;
    // No break between the frame and the words: "Mum said he sleeps well and that he wants ..." still reports Mum's.
    return breaks[at]! - breaks[frame.at]! === 0;
  });
}

const breaksByUnit = new WeakMap<Unit, Uint32Array>();

/**
 * How many clause breaks stand before each word of a unit (`[k]` counts words 0 to k - 1): a break is a word of
 * BREAKS not followed by a REPORTED word. Counted once per unit, so asking whether a stretch holds one is a subtraction.
 */
function breaksOf(unit: Unit): Uint32Array {
  let counts = breaksByUnit.get(unit);
  if (!counts) {
    const { words } = unit;
    counts = new Uint32Array(words.length + 1);
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      const isBreak = (BREAKS.has(word.norm) || BREAKS.has(word.value)) && !REPORTED.has(words[k + 1]?.norm ?? '');
      counts[k + 1] = counts[k]! + (isBreak ? 1 : 0);
    }
    breaksByUnit.set(unit, counts);
  }
  return counts;
}

/** Which words of a unit are inside one of its mentions. */
function wordsInMentions(unit: Unit, mentions: readonly Mention[]): Uint8Array {
  const inside = new Uint8Array(unit.words.length);
  for (const m of mentions) inside.fill(1, Math.max(0, m.first), Math.min(unit.words.length, m.last + 1));
  return inside;
}

/**
 * The unit whose span holds an offset (units are in order and do not overlap): for a start, the one with
 * start <= offset < end; for an end (`asEnd`), the one with start < offset <= end. Found by binary search.
 */
function unitHolding(units: readonly Unit[], offset: number, asEnd: boolean): Unit | undefined {
  let low = 0;
  let high = units.length - 1;
  let found: Unit | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const unit = units[mid]!;
    if (asEnd ? unit.start < offset : unit.start <= offset) {
      found = unit;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (!found) return undefined;
  return (asEnd ? offset <= found.end : offset < found.end) ? found : undefined;
}

/** Whether a quote holds a word of the unit (not only marks): words found from the first at or after its start. */
function holdsWord(words: readonly Word[], quote: Range): boolean {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid]!.start < quote.start) low = mid + 1;
    else high = mid;
  }
  for (let k = low; k < words.length && words[k]!.start < quote.end; k++) {
    const word = words[k]!;
    if (word.kind === 'word' && word.end <= quote.end) return true;
  }
  return false;
}

/** Facts about each unit that several quotes or verbs ask for, each worked out once. */
class UnitFacts {
  readonly #frames = new Map<number, Frame[]>();
  readonly #quoted = new Map<number, boolean>();
  readonly #adult = new Map<number, boolean>();
  readonly #spans = new Map<number, number>();
  readonly #lastSpeaker = new Map<number, Verb | undefined>();
  readonly #earlySpeaker = new Map<number, Verb | undefined>();

  constructor(
    readonly units: readonly Unit[],
    readonly verbs: readonly Verb[][],
  ) {}

  /** Where adults' words frame the unit (see `framesOf`). */
  frames(unit: number): Frame[] {
    let frames = this.#frames.get(unit);
    if (!frames) {
      frames = framesOf(this.units[unit]!, this.verbs[unit]!, this.hasQuote(unit));
      this.#frames.set(unit, frames);
    }
    return frames;
  }

  /** Whether a word of the unit is inside quoted speech. */
  hasQuote(unit: number): boolean {
    let quoted = this.#quoted.get(unit);
    if (quoted === undefined) {
      quoted = this.units[unit]!.anyQuoted;
      this.#quoted.set(unit, quoted);
    }
    return quoted;
  }

  /** Whether an adult is the subject of one of the unit's verbs. */
  adultSpeaks(unit: number): boolean {
    let adult = this.#adult.get(unit);
    if (adult === undefined) {
      adult = this.verbs[unit]!.some((v) => isAdult(v.who));
      this.#adult.set(unit, adult);
    }
    return adult;
  }

  /** The most characters a verb of the unit spans, from its first word's start to its last word's end. */
  longestVerb(unit: number): number {
    let span = this.#spans.get(unit);
    if (span === undefined) {
      const { words } = this.units[unit]!;
      span = 0;
      for (const verb of this.verbs[unit]!) span = Math.max(span, words[verb.last]!.end - words[verb.first]!.start);
      this.#spans.set(unit, span);
    }
    return span;
  }

  /** The unit's last speech verb with a speaker. */
  lastSpeaker(unit: number): Verb | undefined {
    if (!this.#lastSpeaker.has(unit)) this.#lastSpeaker.set(unit, this.verbs[unit]!.findLast((v) => v.kind === 'speech' && v.who !== undefined));
    return this.#lastSpeaker.get(unit);
  }

  /** The unit's first speech verb with a speaker among its first seven words. */
  earlySpeaker(unit: number): Verb | undefined {
    if (!this.#earlySpeaker.has(unit)) this.#earlySpeaker.set(unit, this.verbs[unit]!.find((v) => v.kind === 'speech' && v.who !== undefined && v.first <= 6));
    return this.#earlySpeaker.get(unit);
  }
}

/** The speech verb that attributes a quote: in its own sentence, else the sentence before or after it. */
function speakerOf(quote: Range, unit: Unit, endUnit: Unit, units: readonly Unit[], verbs: readonly Verb[][], facts: UnitFacts): Verb | undefined {
  const candidates: Array<{ verb: Verb; distance: number }> = [];
  for (const u of new Set([unit, endUnit])) {
    const list = verbs[u.index]!;
    // Verbs are in order of their first word: those more than 80 characters away are skipped by binary search.
    const from = quote.start - 80 - facts.longestVerb(u.index);
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (u.words[list[mid]!.first]!.start < from) low = mid + 1;
      else high = mid;
    }
    for (let k = low; k < list.length; k++) {
      const verb = list[k]!;
      const start = u.words[verb.first]!.start;
      if (start > quote.end + 80) break;
      if (verb.kind !== 'speech' || !verb.who) continue;
      const end = u.words[verb.last]!.end;
      if (start >= quote.start && end <= quote.end) continue;
      const distance = end <= quote.start ? quote.start - end : start - quote.end;
      if (distance <= 80) candidates.push({ verb, distance });
    }
  }
  candidates.sort((a, b) => a.distance - b.distance);
  if (candidates[0]) return candidates[0].verb;
  const previous = units[unit.index - 1];
  if (previous && previous.paragraph === unit.paragraph && previous.section === unit.section && !facts.hasQuote(previous.index)) {
    const verb = facts.lastSpeaker(previous.index);
    if (verb) return verb;
  }
  const next = units[endUnit.index + 1];
  if (next && next.paragraph === endUnit.paragraph && next.section === unit.section && !facts.hasQuote(next.index)) {
    const verb = facts.earlySpeaker(next.index);
    if (verb) return verb;
  }
  return undefined;
}

function nextWord(words: readonly Word[], last: number): Word | undefined {
  const word = words[last + 1];
  return word?.kind === 'word' ? word : undefined;
}
