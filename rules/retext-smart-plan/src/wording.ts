import type { Entry, Source } from '@carelint/dictionaries';
import type { ActionReading } from './action.js';
import type { VagueKind } from './signals.js';

/** The parts of "who will do what, by when?" an action leaves out. */
export type Part = 'who' | 'what' | 'when';

const quote = (text: string) => `\u201c${text}\u201d`;

function list(items: readonly string[], joiner: string): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} ${joiner} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${joiner} ${items[items.length - 1]}`;
}

/** The parts missing from a reading, in the order of the question. */
export function missingParts(reading: ActionReading): Part[] {
  const missing: Part[] = [];
  // "Two respite nights a month at Willow House", "Bedtime 9pm on school nights": arrangements, not tasks.
  // A one-off task ("Next visit due by 3 May") still needs its doer.
  const arrangement = reading.nominal === true && reading.what && (reading.whenKinds.has('frequency') || reading.whenKinds.has('standing'));
  if (!reading.who && !arrangement) missing.push('who');
  if (!reading.what) missing.push('what');
  if (!reading.when) missing.push('when');
  return missing;
}

/** One plain sentence: what the action leaves out, and the question that fixes it. */
export function incompleteReason(missing: readonly Part[], reading: ActionReading): string {
  const parts = missing.map((part) => {
    if (part === 'who') return reading.passive ? `who will do it (${quote(reading.passive)} does not say by whom)` : 'who will do it';
    if (part === 'what') {
      if (reading.vagueState) return `what will be done that others can see (${quote(reading.vagueState)} is not something anyone can check)`;
      return 'what will be done that others can see';
    }
    return 'when it will happen';
  });
  const unnamed = reading.unnamed.length > 0 ? `, and ${list(reading.unnamed.map(quote), 'and')} ${reading.unnamed.length > 1 ? 'name' : 'names'} no one` : '';
  return `This action does not say ${list(parts, 'or')}${unnamed}: who will do what, by when?`;
}

const EXAMPLES: Record<Part, string> = {
  who: 'Sam (social worker) will book Mum\u2019s place on the Freedom Programme by 14 March.',
  what: 'No-one will drink any alcohol in the family home.',
  when: 'Nan will call Mum twice a day, before the school pick-up and in the evening, to check she has not been drinking.',
};

/** Why it matters, a rewrite pattern built from what the action has, an example, and the sources. */
export function incompleteNote(missing: readonly Part[], reading: ActionReading, sources: readonly Source[], entry?: Entry): string {
  const who = reading.who ?? '(name or role)';
  const what = missing.includes('what') ? '(do something others can see)' : '(do what it says)';
  const when = missing.includes('when') ? 'by (date) / every (day)' : '(when it says)';
  const process = reading.processWords.length > 0 ? ` ${list(reading.processWords.map(quote), 'and')} describe${reading.processWords.length > 1 ? '' : 's'} an effort, not a change anyone will see.` : '';
  const instead = entry?.alternatives[0] ? ` Instead of ${quote(entry.term)}: ${entry.alternatives[0]}.` : '';
  return (
    `A plan works when everyone, the family included, can tell whether each action has happened; the Children\u2019s Commissioner found that nearly three-quarters of child in need plan actions had no timeframe.${process}${instead} ` +
    `Write it as: ${who} will ${what} ${when}. For example: ${quote(EXAMPLES[missing[0] === 'who' ? 'who' : missing.includes('what') ? 'what' : 'when'])} ` +
    `Sources: ${sources.map((source) => source.title).join('; ')}.`
  );
}

/** What each kind of vague qualifier leaves open, and the patterns suggested in its place, best first. */
const VAGUE: Record<VagueKind, { ask: string; expected: string[] }> = {
  frequency: { ask: 'say how often', expected: ['every Monday', 'twice a week', 'every day'] },
  deadline: { ask: 'give a date', expected: ['by <date>', 'within <number> weeks', 'by Friday'] },
  duration: { ask: 'give an end or review date', expected: ['until <date>', 'reviewed on <date>'] },
  condition: { ask: 'say exactly when: what has to happen first, and who decides', expected: ['if <what happens>, <who> will <do what>', 'every <day>', 'by <date>'] },
};

/** One plain sentence for a vague qualifier. */
export function vagueReason(kind: VagueKind, actual: string): string {
  const { ask, expected } = VAGUE[kind];
  return `Instead of ${quote(actual)}, ${ask}, for example ${quote(expected[0]!)}.`;
}

/**
 * Nothing to substitute: only the writer knows the real day, date or condition, and a one-click fix must never
 * put an invented "every Monday" or a "<date>" placeholder into a record. The patterns stay in the reason.
 */
export function vagueExpected(_kind: VagueKind): string[] {
  return [];
}

/** Why a vague qualifier matters, with the sources. */
export function vagueNote(sources: readonly Source[]): string {
  return (
    'Words like this let each reader assume a different timescale or standard, so no one can tell whether the action happened or hold anyone to it; families need to know exactly what is expected and by when. ' +
    `Sources: ${sources.map((source) => source.title).join('; ')}.`
  );
}
