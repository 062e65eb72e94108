import { isBackgroundTitle, type Analysis, type Range, type Section } from '@carelint/text';
import { opensWithLabel, planTables } from './items.js';

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
/**
 * A sub-heading that continues a plan: it says what someone will do ("Mum will:", "Dad's actions", "To do"). What a
 * child likes or wants to do ("Things Kai likes to do") is about the child, not a list of tasks.
 */
const CONTINUES = /\b(will|actions?|(?<!\b(?:likes?|loves?|enjoys?|wants?) )to do|tasks?|responsib\w*)\b/i;
/**
 * "What school will do next", "4. What we will do", "What we are going to do", "What the professionals will do
 * (agreed on the day)": a heading that says someone will act opens a plan wherever it stands, not only after a plan
 * heading. Its subject, one or two words, is who acts by default.
 */
const WILL_DO = /^(?:\d{1,2}[A-Z]?[.)]\s+)?what (?:[\w'\u2019]+ ){1,2}(?:will|(?:is|are|am) going to) do(?: next| now)?(?: \([^()]*\))?$/i;
/** "How we will know things are better": the plan's measures, not its actions. */
const MEASURES = /\bknow\b/i;

/**
 * The plan parts of a record: sections with a plan heading ("Plan", "Next steps", "What needs to change") and
 * the sub-sections right after them that say who acts ("Mum will:", "School:") or open with a labelled block
 * ("1. Money" over "What will happen: …"). The record's title ("Child protection plan for ...", "LAC review -
 * record and recommendations") names the document, not a section: a document titled as a plan, or one the caller
 * says is a plan, is read whole when it has no other plan heading (except its worries, strengths and child's views
 * sections). A Who / What / When table is read wherever it stands.
 */
export function planRegions(analysis: Analysis, onlyWho: (heading: Range) => boolean): Region[] {
  const title = titleSection(analysis);
  const isPlan = analysis.facts.documentType === 'plan' || (title !== undefined ? PLAN_TITLE.test(title.title) : titledPlan(analysis.text));
  const regions: Region[] = [];
  let open = false;
  // The level of the open plan's heading, where known: the headings under it ("PART B: THE PLAN" over "6. Family
  // time", "## The plan" over "### Sarah and Ben") are parts of the plan, whatever their words. Not under the
  // record's first heading ("# Pathway plan", "# Final Care Plan"): that names the whole document, whose other
  // parts describe as often as they plan.
  const first = analysis.sections.find((section) => section.heading !== undefined);
  let parent: number | undefined;
  for (const section of analysis.sections) {
    const under = open && parent !== undefined && section.depth !== undefined && section.depth > parent;
    if (((section.kind === 'plan' && !PAST.test(section.title)) || (section.kind === 'other' && WILL_DO.test(section.title))) && section !== title) {
      regions.push(regionOf(section));
      if (!under) parent = section === first ? undefined : section.depth;
      open = true;
    } else if (under) {
      if (!DESCRIPTIVE.has(section.kind) && !PAST.test(section.title)) regions.push(regionOf(section));
    } else if (
      open &&
      section.kind === 'other' &&
      section.heading &&
      ((CONTINUES.test(section.title) && !MEASURES.test(section.title)) || onlyWho(section.heading) || opensWithLabel(analysis.text, section.start, section.end))
    ) {
      regions.push(regionOf(section));
    } else {
      open = false;
      parent = undefined;
    }
  }
  // A document read whole leaves out its worries, strengths, child's views, what happened ("Actions taken") and why
  // there is a plan ("Why we are working with the family").
  const found =
    regions.length > 0 || !isPlan
      ? withOthers(regions, [...inlineActions(analysis.text), ...plansAsFollows(analysis.text)])
      : analysis.sections.filter((section) => !DESCRIPTIVE.has(section.kind) && !PAST.test(section.title) && !(section.heading && isBackgroundTitle(section.title))).map(regionOf);
  return withOthers(found, planTables(analysis.text));
}

/** The regions, with the plan parts found outside them (labelled lines, Who / What / When tables) added in text order. */
function withOthers(regions: Region[], others: readonly Range[]): Region[] {
  const added: Region[] = [];
  for (const other of others) {
    if (!regions.some((region) => other.start < region.end && other.end > region.start)) added.push({ start: other.start, end: other.end, heading: undefined });
  }
  return added.length === 0 ? regions : [...regions, ...added].sort((a, b) => a.start - b.start);
}

/** "The local authority's interim care plan is as follows:", "The plan after closure, agreed …, is as follows.". */
const AS_FOLLOWS = /\b(?:plan|actions?|next steps|recommendations?|arrangements)\b[^.:\n]{0,80}?\b(?:is|are|will be)\s+as\s+follows\s*[:.]/gi;
/** A line of a list: a bullet, or a number ("8.1", "2.", "3)"). */
const LIST_LINE = /^[ \t]*(?:[-*\u2022]|\d{1,2}(?:\.\d{1,2})*[.)]?)[ \t]+\S/;

/**
 * The plan a sentence introduces, where no heading does: the rest of its paragraph ("… is as follows. Aisha will
 * keep …"), or the list under it ("8.1 …", "8.2 …"), as far as its items go at the same indent (a paragraph "9."
 * after indented "8.1"–"8.5" is the report's again).
 */
function plansAsFollows(text: string): Range[] {
  const found: Range[] = [];
  for (const match of text.matchAll(AS_FOLLOWS)) {
    const start = match.index + match[0].length;
    const lineEnd = endOfLine(text, start);
    if (text.slice(start, lineEnd).trim() !== '') {
      found.push({ start, end: lineEnd });
      continue;
    }
    let end = lineEnd;
    let indented: boolean | undefined;
    for (let at = lineEnd + 1; at < text.length; ) {
      const next = endOfLine(text, at);
      const line = text.slice(at, next);
      if (line.trim() !== '') {
        const lead = line[0] === ' ' || line[0] === '\t';
        indented ??= lead;
        if (!LIST_LINE.test(line) || lead !== indented) break;
        end = next;
      }
      at = next + 1;
    }
    if (end > lineEnd) found.push({ start: lineEnd + 1, end });
  }
  return found;
}

/** Where the line holding `from` ends: its line feed, or the end of the text. */
function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/** "Action: RHI to be requested." — a plan line labelled as such wherever it stands in a record. */
const INLINE_ACTION = /^[ \t]*(?:\*\*)?(?:actions?|next steps?|to do)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]+(?=\S)/gim;

/** The lines labelled as actions, from after their label to the end of the line. */
function inlineActions(text: string): Range[] {
  const lines: Range[] = [];
  for (const match of text.matchAll(INLINE_ACTION)) {
    const start = match.index + match[0].length;
    lines.push({ start, end: endOfLine(text, start) });
  }
  return lines;
}

/** A title that names the document a plan ("My safety plan"), not one with recommendations or outcomes in it. */
const PLAN_TITLE = /\bplan\b/i;
/** Words of a first line that can be a title. */
const MAX_TITLE_WORDS = 12;

/** "MY SAFETY PLAN - Ellie (14)": a first line, not found as a heading, that names the record a plan. */
function titledPlan(text: string): boolean {
  const start = text.length - text.trimStart().length;
  const line = text.slice(start, endOfLine(text, start)).trim();
  return PLAN_TITLE.test(line) && !PAST.test(line) && !/[.!?]$/.test(line) && line.split(/\s+/).length <= MAX_TITLE_WORDS;
}

/** Words of a heading that is only a section's name ("Plan", "Next steps", "Action plan"), never a record's title. */
const TITLE_WORDS = 3;

/**
 * The record's title: the first heading with only headings before it (a council's name may stand above it),
 * when it is longer than a section's name.
 */
function titleSection(analysis: Analysis): Section | undefined {
  for (const section of analysis.sections) {
    const blank = analysis.text.slice(section.start, section.end).trim() === '';
    if (!section.heading) {
      if (blank) continue;
      return undefined;
    }
    if (blank) continue;
    return section.title.split(/\s+/).length >= TITLE_WORDS ? section : undefined;
  }
  return undefined;
}

function regionOf(section: Section): Region {
  return { start: section.start, end: section.end, heading: section.heading };
}
