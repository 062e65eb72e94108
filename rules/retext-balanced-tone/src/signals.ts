import type { Entry } from '@carelint/dictionaries';
import { compileGuard, PhraseMatcher, type CompiledGuard } from '@carelint/text';
import type { LexiconRole } from './lexicons.js';

/**
 * What a phrase means for the tone of a record. `harm` and `neutral` phrases are never counted or flagged;
 * `deficit` phrases are flagged and counted as critical; `critical` and `positive` are counted; `negatable`
 * phrases count as critical only when negated ("not safe").
 */
export type SignalKind = 'harm' | 'neutral' | 'deficit' | 'critical' | 'positive' | 'negatable';

/** A phrase's meaning, and the entry it comes from with its context guards (lexicon phrases have none). */
export interface Signal {
  kind: SignalKind;
  entry?: Entry;
  exclude?: CompiledGuard;
  require?: CompiledGuard;
}

/** A deficit signal always carries its entry. */
export type DeficitSignal = Signal & { kind: 'deficit'; entry: Entry };

/** When one phrase is in several lists, the first kind here wins: harm is never counted, whatever else it is. */
const PRIORITY: Record<SignalKind, number> = { harm: 0, neutral: 1, deficit: 2, critical: 3, positive: 4, negatable: 5 };

const plain = (kind: SignalKind): Signal => ({ kind });

function fromEntry(entry: Entry): Signal {
  const kind: SignalKind = entry.category === 'deficit' ? 'deficit' : entry.category === 'critical' ? 'critical' : 'positive';
  const signal: Signal = { kind, entry };
  const exclude = compileGuard(entry.exclude);
  const require = compileGuard(entry.require);
  if (exclude) signal.exclude = exclude;
  if (require) signal.require = require;
  return signal;
}

/** Builds the one word trie the rule walks: every entry and lexicon phrase with what it signals. */
export function buildSignals(entries: Iterable<Entry>, phrases: Record<LexiconRole, readonly string[]>, allow: readonly string[]): PhraseMatcher<Signal> {
  const matcher = new PhraseMatcher<Signal>();
  for (const entry of entries) {
    const signal = fromEntry(entry);
    for (const phrase of [entry.term, ...entry.variants]) matcher.add(phrase, signal, entry.caseSensitive === true);
  }
  const lists: Array<[SignalKind, readonly string[]]> = [
    ['critical', [...phrases.critical, ...phrases.concerns]],
    ['positive', phrases.positive],
    ['negatable', phrases.negatable],
    ['harm', phrases.harm],
    ['neutral', [...phrases.neutral, ...allow]],
  ];
  for (const [kind, list] of lists) {
    const signal = plain(kind);
    for (const phrase of list) matcher.add(phrase, signal);
  }
  return matcher;
}

/** Sorted payload lists, by the trie's own list: every match of a phrase carries the same one. */
const sorted = new WeakMap<readonly Signal[], readonly Signal[]>();

/** The payloads of one match, most decisive first. */
export function byPriority(payloads: readonly Signal[]): readonly Signal[] {
  let found = sorted.get(payloads);
  if (!found) {
    found = [...payloads].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
    sorted.set(payloads, found);
  }
  return found;
}
