import type { Analysis, Section } from '@carelint/text';
import type { Expression } from './scan.js';

/** The counts for one part of a record, and the first critical phrases as written. */
export interface Tally {
  critical: number;
  positive: number;
  /** Up to five critical phrases, first found first, no repeats. */
  examples: string[];
}

/** What makes a part of a record out of balance. */
export interface Thresholds {
  /** Positive expressions wanted for each critical one. */
  target: number;
  /** Fewer critical expressions than this never get a message: too few to judge a balance. */
  minCritical: number;
}

/** A part of the record to report: the whole document, or a section (pointing at its heading). */
export interface Imbalance {
  section: Section | undefined;
  tally: Tally;
}

const EXAMPLES = 5;

/** Counts expressions. */
export function tally(expressions: readonly Expression[]): Tally {
  const result: Tally = { critical: 0, positive: 0, examples: [] };
  const seen = new Set<string>();
  for (const expression of expressions) {
    if (expression.polarity === 'positive') {
      result.positive += 1;
      continue;
    }
    result.critical += 1;
    const key = expression.text.toLowerCase().replace(/\s+/g, ' ');
    if (result.examples.length < EXAMPLES && !seen.has(key)) {
      seen.add(key);
      result.examples.push(expression.text.replace(/\s+/g, ' '));
    }
  }
  return result;
}

/** positive ÷ critical to one decimal place; `null` when nothing is critical. */
export function ratioOf(tally: Tally): number | null {
  return tally.critical === 0 ? null : Math.round((tally.positive / tally.critical) * 10) / 10;
}

/** Whether a part of the record has enough critical language to judge, and too few strengths beside it. */
export function isOutOfBalance(tally: Tally, thresholds: Thresholds): boolean {
  return tally.critical >= thresholds.minCritical && tally.positive < thresholds.target * tally.critical;
}

/**
 * Expressions the balance message counts: everything but the worries a record is meant to name, in "worries"
 * sections or as worries ("we are worried that", "at risk"). They still count in the record's figures.
 */
export function counted(analysis: Analysis, expressions: readonly Expression[]): Expression[] {
  return expressions.filter((expression) => !expression.concern && analysis.sectionAt(expression.start)?.kind !== 'worries');
}

/**
 * The parts of the record to report, each imbalance once and at the most specific place: each headed
 * section out of balance (not "worries" sections); then the whole document, when there are no headed
 * sections, or when the rest of the record outside the sections already reported is out of balance too.
 */
export function imbalances(analysis: Analysis, expressions: readonly Expression[], thresholds: Thresholds, perSection: boolean): Imbalance[] {
  const found: Imbalance[] = [];
  const flagged = new Set<Section>();
  // Each expression's section, looked up once: every section's tally and the rest's need it.
  const sectionOf = expressions.map((expression) => analysis.sectionAt(expression.start));
  if (perSection) {
    for (const section of analysis.sections) {
      if (!section.heading || section.kind === 'worries') continue;
      const own = tally(expressions.filter((_, i) => sectionOf[i] === section));
      if (isOutOfBalance(own, thresholds)) {
        found.push({ section, tally: own });
        flagged.add(section);
      }
    }
  }
  const whole = tally(expressions);
  if (!isOutOfBalance(whole, thresholds)) return found;
  if (flagged.size === 0) return [{ section: undefined, tally: whole }, ...found];
  const rest = tally(expressions.filter((_, i) => !flagged.has(sectionOf[i]!)));
  if (!isOutOfBalance(rest, thresholds)) return found;
  return [{ section: undefined, tally: { ...whole, examples: rest.examples } }, ...found];
}
