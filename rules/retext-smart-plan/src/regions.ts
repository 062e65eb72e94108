import type { Analysis, Range, Section } from '@carelint/text';

/** A stretch of a record the rule reads as a plan, and the heading that may give its actions a default who. */
export interface Region {
  start: number;
  end: number;
  /** The section heading, when it may name who acts ("What Mum will do"). */
  heading: Range | undefined;
}

/** Plan headings that report what was done rather than what will be ("Actions taken", "Previous plan"). */
const PAST = /\b(taken|completed|done|undertaken|so far|to date|previous|last|progress)\b/i;
/** Section kinds that describe rather than plan, never read even in a plan document. */
const DESCRIPTIVE = new Set(['worries', 'strengths', 'child-views']);
/** A sub-heading that continues a plan: it names who acts or what they will do ("Mum will:", "Dad's actions"). */
const CONTINUES = /\b(will|actions?|to do|tasks?|responsib\w*)\b/i;

/**
 * The plan parts of a record: sections with a plan heading ("Plan", "Next steps", "What needs to change") and
 * the sub-sections right after them that name who acts. A document the caller says is a plan is read whole
 * when it has no plan heading at all (except its worries, strengths and child's views sections).
 */
export function planRegions(analysis: Analysis): Region[] {
  const regions: Region[] = [];
  let open = false;
  for (const section of analysis.sections) {
    if (section.kind === 'plan' && !PAST.test(section.title)) {
      regions.push(regionOf(section));
      open = true;
    } else if (open && section.kind === 'other' && CONTINUES.test(section.title)) {
      regions.push(regionOf(section));
    } else {
      open = false;
    }
  }
  if (regions.length > 0 || analysis.facts.documentType !== 'plan') return regions;
  return analysis.sections.filter((section) => !DESCRIPTIVE.has(section.kind) && !PAST.test(section.title)).map(regionOf);
}

function regionOf(section: Section): Region {
  return { start: section.start, end: section.end, heading: section.heading };
}
