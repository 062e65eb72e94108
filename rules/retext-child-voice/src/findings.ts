import { report, type Analysis, type Section } from '@carelint/text';
import type { VFile } from 'vfile';
import { findReferences } from './depersonalising.js';
import type { CompiledLexicons } from './lexicons.js';
import type { Child } from './people.js';
import { heard, type Record } from './record.js';
import {
  emptySectionReason,
  missingMethodReason,
  missingSiblingReason,
  missingVoiceReason,
  NOTES,
  referenceReason,
  type Subject,
} from './wording.js';

const SOURCE = 'retext-child-voice';
const CATEGORY = 'child-voice';

/** Which checks to run (all by default) and where rule pages live. */
export interface Checks {
  depersonalising: boolean;
  missingMethod: boolean;
  siblings: boolean;
  emptySection: boolean;
  docsBase: string;
}

/** Reports a record's findings as vfile messages, following the message contract. */
export function reportFindings(file: VFile, analysis: Analysis, record: Record, lexicons: CompiledLexicons, checks: Checks): void {
  const { status, people, children, mentioned, voice, seen, documentType } = record;
  const url = (id: string) => `${checks.docsBase}child-voice.md#${id}`;
  const firstViews = [...record.viewsSections.keys()][0];
  // A document-level finding points at the child's-views heading, or at the start of the record.
  const place = firstViews?.heading ?? { start: 0, end: 0 };
  const about = mentioned.length > 0 ? mentioned : children;
  // The sections holding an adult's views: one pass over the units, not one per views section (a long record has many).
  let adultIn: Set<Section | undefined> | undefined;
  const adultViewsIn = () => (adultIn ??= new Set(record.units.filter((u) => voice.adultViews.has(u.index)).map((u) => u.section)));

  if (status === 'absent' && !allNotSeen(mentioned, seen.notSeen)) {
    const adultSection = [...record.viewsSections.keys()].find((s) => adultViewsIn().has(s));
    report(file, {
      source: SOURCE,
      ruleId: 'missing-child-voice',
      reason: missingVoiceReason({
        subject: subjectOf(about),
        preverbal: about.length > 0 ? about.every((c) => c.baby) || record.nonverbal : record.preverbal,
        observationsOnly: record.counts.observations > 0,
        ...(adultSection ? { adultSection: adultSection.title } : {}),
        letter: people.letter,
        plan: documentType === 'plan',
        agesUnknown: about.every((c) => c.age === undefined && !c.baby) && !record.preverbal,
      }),
      start: place.start,
      end: place.end,
      expected: [],
      note: NOTES['missing-child-voice'],
      url: url('missing-child-voice'),
      category: CATEGORY,
      fatal: documentType === 'plan' ? undefined : false,
      // `scope` names what a document-level finding is about, so "ignore" (rule + text) is not the same for every record.
      data: { children: about.map((c) => c.name), observations: record.counts.observations, scope: scopeOf(about) },
    });
  }

  const unheardSiblings = new Set<string>();
  if (status === 'present') {
    const { quotes, reportedViews } = record.counts;
    // A plan or a letter is not where the record of how views were gathered is kept; meeting the child ("I visited
    // Amira") says the views were heard in person. The message is for records that give no sign of how.
    const keepsMethods = documentType !== 'plan' && documentType !== 'letter' && !people.letter;
    if (checks.missingMethod && keepsMethods && quotes + reportedViews > 0 && record.methods.size === 0 && seen.met.size === 0) {
      report(file, {
        source: SOURCE,
        ruleId: 'missing-method',
        reason: missingMethodReason(subjectOf(about)),
        start: place.start,
        end: place.end,
        expected: [],
        note: NOTES['missing-method'],
        url: url('missing-method'),
        category: CATEGORY,
        fatal: undefined,
        data: { scope: scopeOf(about) },
      });
    }
    if (checks.siblings && documentType !== 'plan') {
      const group = siblings(record);
      const heardNames = group.heard.map((c) => c.name);
      for (const child of group.unheard) {
        unheardSiblings.add(child.name);
        const own = [...record.viewsSections].find(([, names]) => names.includes(child.name))?.[0];
        const at = own?.heading ?? child.first ?? place;
        report(file, {
          source: SOURCE,
          ruleId: 'missing-sibling-voice',
          reason: missingSiblingReason(subjectOf([child]), heardNames, child.baby),
          start: at.start,
          end: at.end,
          expected: [],
          note: NOTES['missing-sibling-voice'],
          url: url('missing-sibling-voice'),
          category: CATEGORY,
          fatal: undefined,
          data: { child: child.name, heard: heardNames },
        });
      }
    }
    if (checks.emptySection) {
      // The sections where a child is heard, found in one pass over what was heard.
      const heardIn = new Set(voice.items.filter((i) => heard(i, record.preverbal)).map((i) => record.units[i.unit]!.section));
      for (const [section, named] of record.viewsSections) {
        if (named.some((n) => unheardSiblings.has(n))) continue;
        if (heardIn.has(section)) continue;
        const adults = adultViewsIn().has(section);
        const owners = named.length > 0 ? named.map((n) => people.children.get(n)).filter((c): c is Child => c !== undefined) : mentioned;
        report(file, {
          source: SOURCE,
          ruleId: 'empty-child-views-section',
          reason: emptySectionReason(section.title, subjectOf(owners), adults),
          start: section.heading!.start,
          end: section.heading!.end,
          expected: [],
          note: NOTES['empty-child-views-section'],
          url: url('empty-child-views-section'),
          category: CATEGORY,
          fatal: undefined,
        });
      }
    }
  }

  if (checks.depersonalising && status !== 'not-applicable') {
    const names = about.map((c) => c.name);
    const babies = children.filter((c) => c.baby).map((c) => c.name);
    for (const reference of findReferences(record.units, lexicons, people.children.size > 0)) {
      const actual = analysis.text.slice(reference.start, reference.end);
      const named = reference.baby && babies.length === 1 ? babies : names;
      const expected = people.writtenToChild ? ['you', ...(people.addressee ? [people.addressee] : [])] : named;
      report(file, {
        source: SOURCE,
        ruleId: 'depersonalising-reference',
        reason: referenceReason(actual, expected, people.writtenToChild),
        start: reference.start,
        end: reference.end,
        expected,
        note: NOTES['depersonalising-reference'],
        url: url('depersonalising-reference'),
        // The words themselves are stigmatising language (the-child in dictionaries/data/stigmatising.yaml, counted
        // there and reported here, where the child's name is known): filed with the other language findings.
        category: 'stigmatising',
        fatal: undefined,
        data: { phrase: reference.phrase },
      });
    }
  }
}

/**
 * In a sibling group, the children heard and the children whose voice is missing. Nobody is missing when fewer
 * than two children are named, when nobody is heard, or when a voice cannot be tied to a child ("the child said" in
 * a record about several). A child the record says was not seen is neither. A log about one child (its header names
 * only them) misses only that child's voice: the other children it names in passing are not its subject.
 */
function siblings(record: Record): { heard: Child[]; unheard: Child[] } {
  const { mentioned, voice, people } = record;
  const none = { heard: [], unheard: [] };
  if (mentioned.length < 2 || voice.items.some((i) => i.children.length === 0)) return none;
  const heardNames = new Set<string>();
  for (const item of voice.items) {
    for (const name of item.children) {
      const child = people.children.get(name);
      if (item.kind !== 'observation' || (item.young ?? (child?.baby || record.nonverbal))) heardNames.add(name);
    }
  }
  const heardChildren = mentioned.filter((c) => heardNames.has(c.name));
  if (heardChildren.length === 0) return none;
  const unheard = mentioned.filter((c) => !heardNames.has(c.name) && !record.seen.notSeen.has(c.name) && (record.mainChild === undefined || c.name === record.mainChild));
  return { heard: heardChildren, unheard };
}

/** Whether the record explains that every child it names was not seen ("*" stands for an unnamed child). */
function allNotSeen(mentioned: readonly Child[], notSeen: ReadonlySet<string>): boolean {
  if (notSeen.size === 0) return false;
  if (mentioned.length === 0) return notSeen.has('*');
  return mentioned.every((c) => notSeen.has(c.name));
}

/** What a document-level finding is about, for its fingerprint: the children's names. */
function scopeOf(children: readonly Child[]): string {
  return children.map((c) => c.name).join(', ') || 'the child';
}

function subjectOf(list: readonly Child[]): Subject {
  return { names: list.map((c) => c.name), genders: list.map((c) => c.gender) };
}
