import type { CompiledLexicons } from './lexicons.js';
import type { Mention } from './mentions.js';
import { FEMININE } from './mention-words.js';
import type { Gender, People } from './people.js';
import { genderedAt, quotedAt, type Unit } from './units.js';
import { tagOneWord } from './word-tags.js';

/**
 * The child a log or a form is about: the one its title or a header field names ("Weekly log - Elis (8)", "YP: RW
 * (15)"). A carer's log names other children in passing ("walked to school with our Gethin") and then says "he" for
 * its own child; this is who that "he" is, when nothing nearer plainly is.
 */
export interface MainChild {
  /** The first time the record names the child, as the mention a pronoun resolves to. */
  mention: Mention;
  /**
   * The child's gender: from the name or the pronouns after it, else from the record's own pronouns when most of
   * them are one gender (a log about a boy says "he" far more than "she"); undefined when that is unclear.
   */
  gender: Gender | undefined;
}

/** Of a record's gendered pronouns, the share one gender must have to be taken for its child's. */
const CLEAR_SHARE = 3 / 4;

/** How many lines at the top of a record are read as its title and header, at most. */
const HEADER_LINES = 10;

/**
 * The record's main child: the only child its header (its title and the lines under it, each a line of its own
 * with no full stop) and its header fields name, when no other child is named more often in the record. A header
 * that names several children ("Home visit: Skye (10)", "LAC review: Tyler (15)") is about a family: no main child.
 */
export function mainChildOf(units: readonly Unit[], byUnit: readonly Mention[][], people: People, genders: ReadonlyMap<string, Gender | undefined>): MainChild | undefined {
  const named = new Set(people.fieldChildren);
  for (let u = 0; u < units.length && u < HEADER_LINES; u++) {
    const unit = units[u]!;
    if (units[u - 1]?.paragraph === unit.paragraph || units[u + 1]?.paragraph === unit.paragraph || endsSentence(unit)) break;
    for (const m of byUnit[u]!) if (m.role === 'child' && !m.pronoun) for (const child of m.children) named.add(child);
  }
  if (named.size !== 1) return undefined;
  const [name] = named as Set<string>;
  // A title can name a child the record then leaves for another ("Referral - Jay (4)" about his sister's injury).
  const times = new Map<string, number>();
  let mention: Mention | undefined;
  for (const mentions of byUnit) {
    for (const m of mentions) {
      if (!byName(m)) continue;
      const child = m.children[0]!;
      times.set(child, (times.get(child) ?? 0) + 1);
      if (child === name) mention ??= m;
    }
  }
  const own = times.get(name!) ?? 0;
  if (!mention || [...times.values()].some((n) => n > own)) return undefined;
  return { mention, gender: genders.get(name!) ?? recordGender(units) };
}

/** A mention of one child by name (or another name for them), not a pronoun, a group or "the children". */
function byName(m: Mention): boolean {
  return m.role === 'child' && !m.pronoun && !m.plural && m.children.length === 1;
}

/** Whether a unit ends with a full stop, a question or an exclamation mark: a sentence, not a title. */
function endsSentence(unit: Unit): boolean {
  const last = unit.words[unit.words.length - 1]?.value;
  return last === '.' || last === '?' || last === '!';
}

/** The gender of most of a record's gendered pronouns outside quotes, when clearly most are one (at least two). */
function recordGender(units: readonly Unit[]): Gender | undefined {
  let feminine = 0;
  let masculine = 0;
  for (const unit of units) {
    for (let k = 0; k < unit.words.length; k++) {
      if (!genderedAt(unit, k) || quotedAt(unit, k)) continue;
      if (FEMININE.has(unit.words[k]!.norm)) feminine += 1;
      else masculine += 1;
    }
  }
  const all = feminine + masculine;
  if (all < 2) return undefined;
  return feminine >= all * CLEAR_SHARE ? 'f' : masculine >= all * CLEAR_SHARE ? 'm' : undefined;
}

/** Words that lead to a place or a companion: a child after them is named in passing ("with our Gethin", "at Kai's"). */
const PREPOSITIONS = new Set([
  'with', 'to', 'at', 'for', 'from', 'about', 'by', 'of', 'on', 'in', 'into', 'near', 'beside', 'behind', 'past',
  'round', 'around', 'alongside', 'without', 'like', 'than', 'between', 'among', 'towards', 'after', 'before', 'till', 'until',
]);
/** Words that may stand between a preposition or a verb and the child ("with our Gethin", "took the twins"). */
const BETWEEN = new Set(['our', 'the', 'my', 'his', 'her', 'their', 'your', 'little', 'big', 'older', 'younger']);
/** Verbs of being and helping verbs: the child after them is not their object ("It was Gethin who"). */
const NOT_ACTIONS = new Set(['is', 'was', 'were', 'are', 'am', 'be', 'been', 'being', 'has', 'had', 'have', 'did', 'does', 'do']);

const actionCache = new Map<string, boolean>();

/** Whether a word (lower case) is a verb that takes an object ("took", "watched"): compromise's verb, or a past "-ed". */
function action(word: string): boolean {
  let known = actionCache.get(word);
  if (known === undefined) {
    known = !NOT_ACTIONS.has(word) && ((word.length > 4 && word.endsWith('ed')) || tagOneWord(word).has('#Verb'));
    if (actionCache.size > 5_000) actionCache.clear();
    actionCache.set(word, known);
  }
  return known;
}

/**
 * Which of a unit's mentions name someone only in passing (1), or undefined for none: another child in a header
 * line, in brackets, after a preposition or as the object of a verb ("took Gethin to football"). An adult is in
 * passing only in a header line ("Carer: Sian Pritchard"): an adult after "to" or "with" may be the one who then
 * speaks ("went to the GP"), too unclear to give to the child. Nor is an owner ("let me see Summer's bedroom. She
 * claimed ..." may be anyone's words), or anyone in a sentence where someone speaks or the writer talks with them
 * ("I had a chat with Gethin"): they are the one who speaks next.
 */
export function inPassing(unit: Unit, mentions: readonly Mention[], main: MainChild, people: People, lexicons: CompiledLexicons): Uint8Array | undefined {
  let passing: Uint8Array | undefined;
  let talking: boolean | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.pronoun || m.role === 'worker') continue;
    const header = inFieldLine(people.fieldLines, unit.words[m.first]!.start);
    if (!header && (m.role !== 'child' || !byName(m) || m.children[0] === main.mention.children[0] || m.possessive)) continue;
    if (!header && ((talking ??= talks(unit, lexicons)) || !aside(unit, m.first))) continue;
    (passing ??= new Uint8Array(mentions.length))[k] = 1;
  }
  return passing;
}

/** Whether the person named from word `first` is in brackets, after a preposition or after a verb (its object). */
function aside(unit: Unit, first: number): boolean {
  const words = unit.words;
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    if (words[k]!.value === ')') break;
    if (words[k]!.value === '(') return true;
  }
  let k = first - 1;
  while (k >= 0 && BETWEEN.has(words[k]!.norm)) k -= 1;
  const before = words[k];
  if (!before || before.kind !== 'word' || quotedAt(unit, k)) return false;
  return PREPOSITIONS.has(before.norm) || action(before.norm);
}

/** Whether an offset lies on one of the lines of `lines` (start and end offsets, in pairs, in order). */
function inFieldLine(lines: readonly number[], at: number): boolean {
  for (let k = 0; k < lines.length; k += 2) {
    if (at < lines[k]!) return false;
    if (at < lines[k + 1]!) return true;
  }
  return false;
}

/** Whether a unit holds a speech verb outside quotes or the writer talking with someone ("I had a chat with"). */
function talks(unit: Unit, lexicons: CompiledLexicons): boolean {
  const { speech } = lexicons.signals;
  if (speech.startsAny(unit)) for (const k of speech.startsIn(unit)) if (!quotedAt(unit, k) && speech.lastIn(unit, k) >= 0) return true;
  const conversation = lexicons.methods.get('conversation');
  if (conversation?.startsAny(unit)) for (const k of conversation.startsIn(unit)) if (!quotedAt(unit, k) && conversation.lastIn(unit, k) >= 0) return true;
  return false;
}
