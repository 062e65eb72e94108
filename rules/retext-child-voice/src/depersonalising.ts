import type { PhraseMatch } from '@carelint/text';
import type { CompiledLexicons, Phrase } from './lexicons.js';
import { coreEndAt, listedAt, possessiveAt, quotedAt, type Unit, type Word } from './units.js';

/** A reference to a child without their name: "the child", "the subject", "Child A". */
export interface Reference {
  start: number;
  end: number;
  /** The phrase as listed ("the child"), or "child A" for a letter or number after "child". */
  phrase: string;
  /** Refers to a baby ("the infant"). */
  baby: boolean;
}

/** Words that make "the subject", "the minor", "the infant" a noun for the child when they follow it. */
const FOLLOWERS = new Set([
  'was', 'is', 'has', 'had', 'said', 'says', 'told', 'attends', 'attended', 'lives', 'lived', 'stated', 'appeared',
  'presented', 'reported', 'did', 'does', 'will', 'would', 'remains', 'remained', 'and', 'who', 'with', 'in', 'at',
  'from', 'continues', 'continued', 'went', 'goes', 'can', 'could', 'should', 'may', 'might', 'must', 'also', 'then',
  'became', 'seemed', 'explained', 'disclosed', 'sleeps', 'slept', 'returned', 'moved', 'ran', 'left', 'came',
  'needs', 'needed', 'wants', 'wanted', 'likes', 'enjoys', 'refused', 'declined', 'agreed', 'asked', 'were', 'are',
]);
/** Listed words that also qualify a noun ("the minor injury", "the infant school", "the LAC review"). */
const ADJECTIVE_LIKE = new Set(['subject', 'minor', 'juvenile', 'infant', 'lac', 'cla', 'cyp', 'yp']);

/**
 * Finds depersonalising references outside quotes. `named` adds the references that are only a problem when the
 * child's name is known ("the young person"). Compounds ("the child protection plan") and practice concepts
 * ("the voice of the child") are left alone.
 */
export function findReferences(units: readonly Unit[], lexicons: CompiledLexicons, named: boolean): Reference[] {
  const { signals } = lexicons;
  const found: Reference[] = [];
  for (const unit of units) {
    const { words } = unit;
    let concepts: PhraseMatch<Phrase>[] | undefined;
    // Most units start no phrase of either list: only "Child A" can be found there, and the lists are not looked up.
    const listed = signals.depersonalising.startsAny(unit) || (named && signals.depersonalisingNamed.startsAny(unit));
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      // A word that starts no phrase of any list can only be the "child" of "Child A".
      if (word.kind !== 'word' || quotedAt(unit, i) || (!listedAt(unit, i) && word.norm !== 'child')) continue;
      const always = listed ? signals.depersonalising.atIn(unit, i) : undefined;
      const optional = listed && named ? signals.depersonalisingNamed.atIn(unit, i) : undefined;
      // The longer of the two; on a tie, the reference that is always one.
      const match = always && optional ? (optional.last > always.last ? optional : always) : (always ?? optional);
      if (match) {
        const last = words[match.last]!;
        concepts ??= signals.concepts.all(unit);
        const inConcept = overlaps(concepts, match.first, match.last);
        const quoted = unit.anyQuoted && anyQuoted(unit, match.first, match.last);
        const possessive = possessiveAt(unit, match.last);
        const compound = last.norm === 'child' && !possessive && signals.compounds.lastIn(unit, match.last + 1) >= 0;
        const adjective = ADJECTIVE_LIKE.has(last.norm) && !possessive && !followedByVerb(words, match.last);
        if (!inConcept && !quoted && !compound && !adjective) {
          found.push({ start: word.start, end: coreEndAt(unit, match.last), phrase: match.payloads[0]!.text, baby: last.norm === 'infant' });
        }
        i = match.last;
        continue;
      }
      const next = words[i + 1];
      if (word.norm === 'child' && !possessiveAt(unit, i) && next && next.kind === 'word' && /^([A-Z]|\d{1,2})$/.test(next.value) && !quotedAt(unit, i + 1)) {
        found.push({ start: word.start, end: coreEndAt(unit, i + 1), phrase: 'child A', baby: false });
        i += 1;
      }
    }
  }
  return found;
}

/**
 * Whether a match overlaps words `first` to `last`. A loop, not `some` with an arrow: an arrow that reads the loop's
 * `match` makes V8 allocate a scope for the loop body on every word, whether or not the arrow is made.
 */
function overlaps(matches: readonly PhraseMatch<Phrase>[], first: number, last: number): boolean {
  for (const m of matches) if (m.first <= last && m.last >= first) return true;
  return false;
}

/** Whether a word from `first` to `last` of a unit is inside quoted speech. */
function anyQuoted(unit: Unit, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (quotedAt(unit, k)) return true;
  return false;
}

/** Whether the word after an adjective-like reference shows it is a noun for the child ("the subject was seen"). */
function followedByVerb(words: readonly Word[], last: number): boolean {
  const next = words[last + 1];
  if (next?.kind === 'word') return FOLLOWERS.has(next.norm);
  // "changed the subject." is never the child; "spoke to the infant." is.
  return words[last]!.norm !== 'subject';
}
