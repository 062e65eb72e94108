import type { Entry, Source } from '@carelint/dictionaries';
import type { Tally } from './balance.js';

/**
 * Joins alternatives that a YAML flow list split at the commas inside brackets:
 * ["(describe what was agreed", "what happened)"] -> ["(describe what was agreed, what happened)"].
 */
export function joinBrackets(alternatives: readonly string[]): string[] {
  const joined: string[] = [];
  let open: string | undefined;
  for (const alt of alternatives) {
    if (open !== undefined) {
      open = `${open}, ${alt}`;
      if (alt.includes(')')) {
        joined.push(open);
        open = undefined;
      }
    } else if (alt.includes('(') && !alt.includes(')')) {
      open = alt;
    } else {
      joined.push(alt);
    }
  }
  if (open !== undefined) joined.push(open);
  return joined;
}

/** Alternatives that can stand in the text as they are (not guidance such as "(describe what happened)"). */
export function replacements(alternatives: readonly string[]): string[] {
  return joinBrackets(alternatives).filter((alt) => !/[()]/.test(alt) && alt.trim().length > 0);
}

/**
 * Alternatives for the words as matched. When the match runs past the entry's term ("failed to attend" for
 * "failed to"), the alternatives a verb can follow ("did not", "chose not to") take the rest of the match,
 * so the suggestion keeps the fact: "did not attend". Alternatives that cannot take it are left out.
 */
export function fitToMatch(entry: Entry, actual: string, alternatives: readonly string[]): string[] {
  const words = actual.split(/\s+/);
  const term = entry.term.split(/\s+/);
  const extends_ = words.length > term.length && term.every((word, i) => word.toLowerCase() === words[i]!.toLowerCase());
  if (!extends_) return [...alternatives];
  const rest = words.slice(term.length).join(' ');
  return alternatives.filter((alt) => /\b(not|to)$/i.test(alt)).map((alt) => `${alt} ${rest}`);
}

/** Alternatives written with a capital when the text they replace starts with one (start of a sentence). */
export function matchCase(alternatives: readonly string[], actual: string): string[] {
  const capital = /^\p{Lu}/u.test(actual) && !/^\p{Lu}{2}/u.test(actual);
  return alternatives.map((alt) => (capital && /^\p{Ll}/u.test(alt) ? alt.charAt(0).toUpperCase() + alt.slice(1) : alt));
}

/** “a”, “a” or “b”, “a”, “b” or “c”. */
export function quoteList(words: readonly string[], joiner = 'or'): string {
  const quoted = words.map((w) => `“${w}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${joiner} ${quoted[quoted.length - 1]}`;
}

/** "(describe the circumstances, e.g. "x")" -> "describe the circumstances, for example “x”". */
function plainGuidance(guidance: string): string {
  const text = guidance
    .replace(/[()]/g, '')
    .replace(/\be\.g\.,?\s*/g, 'for example ')
    .replace(/"([^"]*)"/g, '“$1”')
    .trim()
    .replace(/\.$/, '');
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** One plain sentence for a deficit phrase: the fairer wording that keeps the facts, or what to describe. */
export function deficitReason(entry: Entry, actual: string, expected: readonly string[]): string {
  const best = expected.slice(0, 2);
  if (best.length === 0) {
    const guidance = joinBrackets(entry.alternatives).find((alt) => /[()]/.test(alt));
    return guidance
      ? `Instead of “${actual}”, ${plainGuidance(guidance)}: the facts say more than the label.`
      : `Instead of “${actual}”, describe what was said and done: the facts say more than the label.`;
  }
  if (entry.severity === 'replace') return `Consider ${quoteList(best)} instead of “${actual}”: it keeps the facts without the blame.`;
  return `Check “${actual}”: ${quoteList(best)} may say the same facts without judging.`;
}

/** Why a deficit phrase matters, with the titles of its sources. */
export function deficitNote(entry: Entry, sources: Readonly<Record<string, Source>>): string {
  const titles = entry.sources.map((key) => sources[key]?.title ?? key);
  return titles.length > 0 ? `${entry.rationale} Source: ${titles.join('; ')}.` : entry.rationale;
}

function count(n: number, noun: string): string {
  return n === 0 ? `no ${noun}s` : `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The balance message: the counts, the critical phrases (all of them, or "7, including …" when some repeat or
 * there are more than five), and a request for the strengths beside them.
 */
export function balanceReason(tally: Tally, target: number, sectionTitle: string | undefined): string {
  const where = sectionTitle === undefined ? 'This record' : `The “${sectionTitle}” section`;
  // Every critical expression when the examples hold them all; otherwise the count and the first of them.
  const all = tally.examples.length === tally.critical;
  const examples = tally.examples.length === 0 ? '' : all ? ` (${quoteList(tally.examples, 'and')})` : `, including ${quoteList(tally.examples, 'and')},`;
  const positive = tally.positive === 0 ? 'no positive ones' : tally.positive === 1 ? '1 positive one' : `${tally.positive} positive ones`;
  return (
    `${where} has ${count(tally.critical, 'critical expression')}${examples} and ${positive}, ` +
    `where the aim is ${target} positive for each critical: add the strengths that stand beside the concerns ` +
    `(what is going well, what the family does that helps) and keep the concerns as frank as they are.`
  );
}

const GOTTMAN =
  'The aim of five positive statements for each critical one comes from Gottman’s research on couples (1994), ' +
  'which strengths-based guidance uses as a rule of thumb, not a standard for records; descriptions of harm ' +
  'and the words of “worries” sections are left out of this message.';

/** Why balance matters, with the sources of the guidance. */
export function balanceNote(sourceKeys: readonly string[], sources: Readonly<Record<string, Source>>): string {
  const titles = sourceKeys.map((key) => sources[key]?.title).filter((title): title is string => title !== undefined);
  const cited = titles.length > 0 ? ` Source: ${titles.join('; ')}.` : '';
  return (
    'Parents and children read their records, and a record that lists only problems hides what is working and what to build on; ' +
    'guidance asks reports to acknowledge strengths while staying frank and specific about concerns and risks. ' +
    GOTTMAN +
    cited
  );
}
