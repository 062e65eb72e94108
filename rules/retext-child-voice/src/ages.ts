import { BABY_UNDER_YEARS, NUMBER_WORDS, yearsOf } from './patterns.js';
import { quotedAt, type Unit, type Word } from './units.js';

/**
 * How old "you" was, as a letter to the child tells it: a later-life or life-story letter goes back over the
 * child's early years ("When you were nine months old ...", "You were a very hungry baby"), or says how old they
 * are now ("You are fifteen now"). What was seen of "you" is a baby's voice only where the letter puts them under
 * three; the words "baby" or "cot" elsewhere in it may be about a brother, a sister or the child's own baby years
 * when it speaks of them at fifteen.
 */

/** One place a unit gives the age of "you": from the text offset of its first word on, `years` old. */
export interface Told {
  at: number;
  years: number;
}

/** Units of time that may follow a number in an age. */
const UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);
/** Words between "you were" and the age that leave it an age ("you were only six weeks old", "you are now eight"). */
const QUALIFIERS = new Set(['only', 'just', 'about', 'nearly', 'almost', 'around', 'barely', 'still', 'now', 'already']);
/** Words a bare number may stand before and still be an age ("When you were two, ...", "you were two and ..."). */
const AFTER_BARE_AGE = new Set(['and', 'but', 'when', 'so', 'you', 'your', 'i', 'we', 'she', 'he', 'they', 'now', 'then', 'at', 'in']);
/** "you were a (very hungry) baby": the words for a baby or toddler, and their age in years. */
const BABY_WORDS: ReadonlyMap<string, number> = new Map([
  ['baby', 0.5], ['newborn', 0], ['infant', 0.5], ['toddler', 2],
]);
/** Words before "you were" that make the age not the time being told ("before you were born", "since you were a baby"). */
const NOT_THEN = new Set(['before', 'since']);

/** The ages of "you" each unit tells, in order; empty for a unit that tells none. */
export function toldAges(units: readonly Unit[]): Told[][] {
  return units.map(agesIn);
}

/**
 * Whether "you" was under three at text offset `at` of unit `unit`, as the record tells it in that passage (the
 * unit itself, else the units before it in its paragraph): the age told nearest before the offset, else the first
 * told after it in the same unit ("you smiled a lot when you were a baby"). Undefined when the passage tells none.
 */
export function youngAt(units: readonly Unit[], told: readonly Told[][], unit: number, at: number): boolean | undefined {
  const here = told[unit]!;
  let years: number | undefined;
  for (const age of here) if (age.at <= at) years = age.years;
  years ??= here.find((age) => age.at > at)?.years;
  const { paragraph, section } = units[unit]!;
  for (let u = unit - 1; years === undefined && u >= 0; u--) {
    if (units[u]!.paragraph !== paragraph || units[u]!.section !== section) break;
    const ages = told[u]!;
    if (ages.length > 0) years = ages[ages.length - 1]!.years;
  }
  return years === undefined ? undefined : years < BABY_UNDER_YEARS;
}

/** The ages of "you" one unit tells: "you were/are ..." with an age after it, and "at six months old, you ...". */
function agesIn(unit: Unit): Told[] {
  const { words } = unit;
  let told: Told[] | undefined;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (quotedAt(unit, k)) continue;
    let years: number | undefined;
    if (word.norm === 'you' && !NOT_THEN.has(words[k - 1]?.norm ?? '')) {
      const verb = words[k + 1]?.norm;
      if (verb === 'were' || verb === 'are') years = ageAfter(words, k + 2, verb === 'were');
    } else if (word.norm === 'at') {
      // "At nine months old, you ...": an age with its unit, then "you".
      const age = ageAt(words, k + 1, false);
      if (age && words[age.next]?.norm === 'you') years = age.years;
      else if (age && words[age.next]?.value === ',' && words[age.next + 1]?.norm === 'you') years = age.years;
    }
    if (years !== undefined) (told ??= []).push({ at: word.start, years });
  }
  return told ?? NO_AGES;
}

const NO_AGES: Told[] = [];

/** The age in years the words from `k` give after "you were" or "you are", if they give one. */
function ageAfter(words: readonly Word[], k: number, past: boolean): number | undefined {
  while (QUALIFIERS.has(words[k]?.norm ?? '')) k += 1;
  const word = words[k];
  if (!word || word.kind !== 'word') return undefined;
  if (past && word.norm === 'born') return 0;
  if (word.norm === 'a' || word.norm === 'an') {
    // "a baby", "a very hungry baby", "a tiny newborn": up to three words before the baby word.
    for (let j = k + 1; j <= k + 4; j++) {
      const next = words[j];
      if (!next || next.kind !== 'word') return undefined;
      const years = BABY_WORDS.get(next.norm);
      if (years !== undefined) return years;
    }
    return undefined;
  }
  return ageAt(words, k, true)?.years;
}

/**
 * A number of days, weeks, months or years from word `k` ("nine months old", "3 weeks"), and the word after it;
 * with `bare`, a number alone is years when the clause goes on or ends after it ("When you were two, ...").
 */
function ageAt(words: readonly Word[], k: number, bare: boolean): { years: number; next: number } | undefined {
  const word = words[k];
  if (!word || word.kind !== 'word') return undefined;
  const n = /^\d{1,2}$/.test(word.norm) ? Number(word.norm) : Object.hasOwn(NUMBER_WORDS, word.norm) ? NUMBER_WORDS[word.norm] : undefined;
  if (n === undefined) return undefined;
  const unit = words[k + 1]?.norm ?? '';
  if (UNITS.has(unit)) {
    const next = words[k + 2]?.norm === 'old' ? k + 3 : k + 2;
    return { years: yearsOf(n, unit), next };
  }
  if (!bare) return undefined;
  const after = words[k + 1];
  if (after && after.kind === 'word' && !AFTER_BARE_AGE.has(after.norm)) return undefined;
  return { years: n, next: k + 1 };
}
