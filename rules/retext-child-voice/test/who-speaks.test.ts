import { describe, expect, it } from 'vitest';
import { runLines, voice } from './run.js';

// A school chronology: one line an event, the pupil a header field names, written in note form.
const chronology = (line: string) =>
  'SAFEGUARDING CHRONOLOGY\nPupil: Tomas WREN   Y9   DOB 11/03/2011\nCompiled by: the DSL\n\n' +
  '03/09/24  T late x2. Mum not answering phone. DSL logged.\n' +
  `${line}\n`;

describe('who speaks after a semicolon', () => {
  it('gives a quote to the adult whose clause follows a semicolon, not to the child who opened the sentence', () => {
    for (const line of [
      '14/01/25  Review held. Tomas back in the choir; the conductor says he is "a natural".',
      '21/01/25  Good week. Tomas in the chess club now; organiser says he is "the sharpest player we have".',
      '28/01/25  Tomas in the rugby squad; coach says he is kind to the younger ones and "never misses a session".',
    ]) expect(voice(runLines(chronology(line))), line).toMatchObject({ status: 'absent', quotes: 0 });
  });

  it('still gives the quote to the child when the clause after the semicolon has no subject of its own', () => {
    for (const line of [
      '14/01/25  Review held. Tomas picked for the team; said "best day ever".',
      '21/01/25  Quiet week. Tomas in isolation p3; when asked, said "I am just tired".',
      '28/01/25  After lunch. Tomas came in upset and said "I hate this school".',
    ]) expect(voice(runLines(chronology(line))), line).toMatchObject({ status: 'present', quotes: 1 });
  });
});

/** The children a record's missing-voice message names. */
function unheardChildren(file: ReturnType<typeof runLines>): unknown {
  const message = file.messages.find((m) => m.ruleId === 'missing-child-voice') as unknown as { data: { children: string[] } } | undefined;
  return message?.data.children;
}

describe('a child written as one initial with an age', () => {
  it('reads a lone capital before an age in brackets as a child', () => {
    for (const text of [
      'Youth club session. R (14) came in late with two mates. R said he is "just bored of being at home".',
      'Outreach by the canal. Met a group of four, K (13) the youngest; K told us "my mum thinks I am at Jade\'s".',
      'On the bus home D (12) was with older lads. Later D said "they are my cousin\'s mates, they are safe".',
    ]) expect(voice(runLines(text)), text).toMatchObject({ status: 'present', quotes: 1 });
  });

  it('leaves a letter that is a word ("I", "A") or follows a capitalised word ("Plan B (2)") alone', () => {
    for (const extra of [
      'We went through Plan B (2) of the safety plan together.',
      'Her family time will be in Room D (12) at the contact centre.',
      'She got a Grade C (5) in her maths mock.',
      'I (14) and my colleague visited in the afternoon.',
      'Mum chose A (3) of the options.',
      'The meeting agreed OPTION C (3) in the plan.',
      'Her new school is in BLOCK D (2) of the estate.',
    ]) {
      const file = runLines(`I visited Amira (7) at home after school. Mum said she is settled. ${extra}`);
      expect(voice(file).status, extra).toBe('absent');
      expect(unheardChildren(file), extra).toEqual(['Amira']);
    }
  });
});

describe('a child who could not say', () => {
  const plan = (line: string) => `CARE PLAN\nChild: Poppy Lane (4)\n\nHealth: Poppy is up to date with her checks.\n${line}\n`;

  it('finds no view where the record says the child could not give one', () => {
    for (const line of [
      'Wishes and feelings: Poppy cannot say where she wants to live.',
      "Child's views: Poppy can't tell us her views because of her age.",
      'Wishes and feelings: Poppy is not able to tell us which school she wants to go to.',
    ]) expect(voice(runLines(plan(line))), line).toMatchObject({ status: 'absent', reportedViews: 0 });
  });

  it('keeps the views a child gives beside it, or when able or eager to give them', () => {
    for (const line of [
      'Wishes and feelings: Poppy says she wants to stay with Nan.',
      'Wishes and feelings: Poppy cannot say where she wants to live, but she likes it at Nan’s.',
      'Wishes and feelings: Poppy could not wait to tell me she loves her new nursery.',
    ]) expect(voice(runLines(plan(line))), line).toMatchObject({ status: 'present', reportedViews: 1 });
  });
});

describe('signs of something, and a child who signs', () => {
  const visit = (line: string) => `HOME VISIT\nChild: Ruby Hale (5)\n\nI visited Ruby at her foster home after school. ${line}\n`;

  it('reads "signs" as the noun after "shown", "no" or before "of"', () => {
    for (const line of [
      'Ruby has shown signs of an anxious attachment to her carer.',
      'She showed no signs of being upset when I left.',
      'Ruby is showing early signs of settling at school.',
    ]) expect(voice(runLines(visit(line))), line).toMatchObject({ status: 'absent', reportedViews: 0 });
  });

  it('still hears a child who signs', () => {
    for (const line of [
      'Ruby signs for a drink at the table.',
      'Ruby now signs when she wants her carer.',
      'At tea Ruby signs "more" to her carer.',
    ]) expect(voice(runLines(visit(line))).status, line).toBe('present');
  });
});

describe('a note that leaves out who said it', () => {
  it('does not take the child named after an opening "Said" for the speaker when the clause goes on', () => {
    for (const line of [
      '14/01/25  Mum rang the office. Said Tomas "kicks off" at home.',
      '21/01/25  Nan rang in. Said Tomas was upset about his dad all weekend.',
      '28/01/25  Dad came to reception. Said Tomas "never listens" to him.',
    ]) expect(voice(runLines(chronology(line))), line).toMatchObject({ status: 'absent', quotes: 0, reportedViews: 0 });
  });

  it('still takes the child named after "said" as the speaker, and a pronoun after an opening "Said"', () => {
    for (const line of [
      '14/01/25  Lunch break. Said Tomas: "I am not going back".',
      '21/01/25  "I hate it here," said Tomas quietly.',
      '28/01/25  After lunch. "I hate it." Said Tomas.',
      // A pronoun may be the one who speaks, in the note's shorthand: "[He] said he ...".
      '04/02/25  Tomas back late from lunch. Said he "just needed some air" and went to class.',
    ]) expect(voice(runLines(chronology(line))), line).toMatchObject({ status: 'present', quotes: 1 });
  });
});
