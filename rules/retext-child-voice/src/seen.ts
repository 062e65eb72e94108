import { sortNumbers } from '@carelint/text';
import type { CompiledLexicons, Signals } from './lexicons.js';
import type { Mention, MentionIndex } from './mentions.js';
import { afterBrackets, quotedAt, type Unit, type Word } from './units.js';

/** Where the writer met children, and which children the record says were not seen. */
export interface Seen {
  /** Unit index -> the child mentions met there ("I visited Amira", "Kai was seen at school"). */
  met: Map<number, Mention[]>;
  /** Names of children the record says were not seen ("Kai was at nursery"); `*` for an unnamed child. */
  notSeen: Set<string>;
}

/** Words that may stand between a meeting verb and the child ("saw both children", "met little Leo"). */
const FILLERS = new Set(['both', 'all', 'little', 'baby', 'young', 'again', 'briefly', 'also', 'then']);

/** Finds meetings with children and children not seen, unit by unit. */
export function findSeen(units: readonly Unit[], index: MentionIndex, lexicons: CompiledLexicons): Seen {
  const met = new Map<number, Mention[]>();
  const notSeen = new Set<string>();
  const { signals } = lexicons;
  const lists = [signals.encounter, signals.notSeenBefore, signals.encounterPassive, signals.notSeenAfter];
  for (const unit of units) {
    // Every finding here needs one of these phrases.
    if (!startsAny(lists, unit)) continue;
    const { words } = unit;
    const here: Mention[] = [];
    // Only words that start a meeting verb or a "not seen" phrase, or end a mention, can say anything here.
    const candidates: number[] = [];
    for (const i of signals.encounter.startsIn(unit)) candidates.push(i);
    for (const i of signals.notSeenBefore.startsIn(unit)) candidates.push(i);
    for (const m of index.byUnit[unit.index]!) candidates.push(m.last);
    for (const i of inOrder(candidates)) {
      if (quotedAt(unit, i) || words[i]!.kind !== 'word') continue;
      const verb = signals.encounter.lastIn(unit, i);
      if (verb >= 0 && !negated(words, i, verb) && !planned(words, i)) {
        const subject = subjectBefore(index, unit, i);
        const byWriter = subject ? subject.role === 'worker' || subject.role === 'child' : writerBefore(index, unit, i);
        if (byWriter) here.push(...childrenAfter(index, unit, verb));
      }
      const mention = index.endingAt(unit.index, i);
      const target = mention ? index.target(mention) : undefined;
      if (mention && target?.role === 'child' && !mention.possessive) {
        const next = skipFillers(words, afterBrackets(words, i + 1));
        if (signals.encounterPassive.lastIn(unit, next) >= 0) here.push(target);
        if (signals.notSeenAfter.lastIn(unit, next) >= 0) markNotSeen(target);
      }
      const before = signals.notSeenBefore.lastIn(unit, i);
      if (before >= 0) for (const child of childrenAfter(index, unit, before)) markNotSeen(child);
    }
    if (here.length > 0) met.set(unit.index, here);
  }
  return { met, notSeen };

  function markNotSeen(child: Mention): void {
    if (child.children.length === 0) notSeen.add('*');
    for (const name of child.children) notSeen.add(name);
  }
}

/** Whether a unit starts a phrase of one of the lists. */
function startsAny(lists: readonly Signals[], unit: Unit): boolean {
  for (const list of lists) if (list.startsAny(unit)) return true;
  return false;
}

/** Word indexes sorted, each once. */
function inOrder(indexes: number[]): number[] {
  if (indexes.length < 2) return indexes;
  sortNumbers(indexes);
  let kept = 1;
  for (let n = 1; n < indexes.length; n++) if (indexes[n] !== indexes[kept - 1]) indexes[kept++] = indexes[n]!;
  indexes.length = kept;
  return indexes;
}


/** Words before a meeting verb that make it a plan, not something that happened ("I will visit Noah"). */
const FUTURE = new Set(['will', 'shall', "'ll", 'would', 'to', 'going', 'plan', 'planned', 'arrange', 'arranged', 'next', 'must', 'should', 'can', 'could', 'may', 'might', 'hope', 'hoped', 'intend']);

/** Whether the meeting verb at `first` is planned or possible rather than done ("will see", "arranged to visit"). */
function planned(words: readonly Word[], first: number): boolean {
  for (let k = first - 1, steps = 0; k >= 0 && steps < 3; k--, steps++) {
    const word = words[k]!;
    if (word.kind !== 'word') return false;
    if (FUTURE.has(word.norm) || /'ll$/.test(word.norm)) return true;
  }
  return false;
}

/** The mention right before word `first` (skipping a few adverbs), if any. */
function subjectBefore(index: MentionIndex, unit: Unit, first: number): Mention | undefined {
  for (let k = first - 1, steps = 0; k >= 0 && steps <= 2; k--, steps++) {
    const mention = index.endingAt(unit.index, k);
    if (mention) return index.target(mention);
    const word = unit.words[k]!;
    if (word.kind !== 'word' || !/^(also|then|later|first|briefly|again|have|has|had|will|would|did|and)$/.test(word.norm)) return undefined;
  }
  return undefined;
}

/**
 * With no subject just before a meeting verb, whether the writer is the nearest person before it ("I visited
 * the family and saw Amira"), or nobody is (a note that starts "Visited Amira at home").
 */
function writerBefore(index: MentionIndex, unit: Unit, first: number): boolean {
  const before = index.byUnit[unit.index]!.filter((m) => m.last < first && !m.possessive);
  const nearest = before[before.length - 1];
  return nearest === undefined ? unit.words.slice(0, first).every((w) => w.kind !== 'word') : nearest.role === 'worker';
}

/** The children among the people just after word `last`: "saw Mum and Amira", "spoke with her alone". */
export function childrenAfter(index: MentionIndex, unit: Unit, last: number): Mention[] {
  const found: Mention[] = [];
  let k = skipFillers(unit.words, last + 1);
  for (;;) {
    const mention = index.startingAt(unit.index, k, true);
    if (!mention || mention.possessive) break;
    const target = index.target(mention);
    if (target?.role === 'child') found.push(target);
    k = afterBrackets(unit.words, mention.last + 1);
    const joiner = unit.words[k];
    if (!joiner || !(joiner.norm === 'and' || joiner.value === '&' || joiner.value === ',')) break;
    k = skipFillers(unit.words, k + 1);
  }
  return found;
}

function skipFillers(words: readonly Word[], from: number): number {
  let k = from;
  while (k < words.length && words[k]!.kind === 'word' && FILLERS.has(words[k]!.norm)) k += 1;
  return k;
}

/** Words before a phrase that deny it ("not seen alone", "unable to draw", "wasn't able to see"). */
const NEGATIONS = new Set(['not', 'no', 'never', 'unable', 'nor', 'cannot']);
/** Words that end the reach of a negation. */
const CLAUSE_ENDS = new Set(['.', ';', ',', 'and', 'but', 'so', 'then', 'when', 'because']);

/** Whether a phrase is denied: a negation a few words before it, or "no" after a colon ("Seen alone: no"). */
export function negated(words: readonly Word[], first: number, last: number): boolean {
  for (let k = first - 1, steps = 0; k >= 0 && steps < 5; k--) {
    const word = words[k]!;
    if (CLAUSE_ENDS.has(word.norm)) break;
    if (word.kind !== 'word') continue;
    steps += 1;
    if (NEGATIONS.has(word.norm) || /n't$/.test(word.norm)) return true;
  }
  const after = words[last + 1];
  if (after && after.kind !== 'word' && /^[:?\-\u2013\u2014]$/.test(after.value)) {
    const answer = words.slice(last + 2).find((w) => w.kind === 'word');
    return answer !== undefined && /^(no|not|n\/a|none)$/.test(answer.norm);
  }
  return false;
}
