import { analyse } from '@carelint/text';
import { dictionary } from '@carelint/dictionaries';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { compileLexicons } from '../src/lexicons.js';
import { findPeople } from '../src/people.js';
import { run, voice } from './run.js';

const lexicons = compileLexicons(dictionary.lexicons);

/** The children a record names, each with the age it gives ("Kofi 9"). */
function children(text: string): string[] {
  const file = new VFile(text);
  const tree = unified().use(retextEnglish).parse(file);
  const people = findPeople(analyse(tree, file), lexicons, [], undefined);
  return [...people.children.values()].map((child) => `${child.name} ${child.age ?? '?'}`);
}

/** Rule ids and the child each message is about ("missing-sibling-voice Ravi"). */
const notes = (text: string) => run(text).messages.map((m) => `${m.ruleId} ${(m as unknown as { data: { child?: string } }).data.child ?? ''}`.trim());

describe('children listed with bare ages', () => {
  it('reads a list in brackets in a header, and the child who speaks in it is heard', () => {
    // Two names speak and neither is known for a child without the list: the note read as about no child (not applicable).
    const text = 'Supervision note\nFamily: Osei (Abena Osei, mother; Kofi 9, Esi 6, Yaw 2)\n\nGrace said the family has had a hard month. Kofi told the social worker he walks Esi to school every day.';
    expect(children(text)).toEqual(['Kofi 9', 'Esi 6', 'Yaw 2']);
    expect(voice(run(text)).status).toBe('present');
  });

  it('reads a header field of children with ages, and notes the child whose voice is missing', () => {
    const text = 'Home visit\nChildren: Lila 7, Ravi 4\n\nLila said she likes her new class and her teacher. The flat was warm and tidy.';
    expect(children(text)).toEqual(['Lila 7', 'Ravi 4']);
    expect(voice(run(text)).status).toBe('present');
    expect(notes(text)).toContain('missing-sibling-voice Ravi');
  });

  it('reads siblings after a dash, joined by "and", with a full stop', () => {
    const text = 'Sibling assessment\nSiblings – Theo 12 and Nell 9.\n\nNell said she wants to share a room with Theo again. Theo was at football.';
    expect(children(text)).toEqual(['Theo 12', 'Nell 9']);
    expect(notes(text)).toContain('missing-sibling-voice Theo');
  });

  it('leaves alone numbered places, dates, groups and lone names with a number', () => {
    for (const line of ['Address: Room 3, Flat 2', 'Classes: Year 6 and Year 4', 'Dates: March 3, April 5', 'Sessions: Monday 3, Tuesday 4', 'Visits (Jan 3, Feb 5)', 'Groups: Cohort 3, Group 4', 'Buses: Bus 42 and 17', 'Routes: Bus 4 and Bus 17', 'See (Page 2, Item 4)']) {
      expect(children(`Home visit\n${line}\nMum said the week went well.`)).toEqual([]);
    }
    // One name with a number is not a list ("Section 20" is the Children Act).
    expect(children('Home visit\nLegal status: Section 20\nSibling: Ada 5\nMum said the week went well.')).toEqual([]);
  });

  it('leaves alone a list in prose, outside brackets or a header field', () => {
    expect(children('At the match the score was Rovers 3, United 2 and the crowd went home happy. Mum said it was cold.')).toEqual([]);
  });
});
