// The context guards in the data, checked with a reference matcher: the words a record uses, the findings out.
import { describe, expect, it } from 'vitest';
import { dictionary } from '../src/generated.js';
import { entryById } from '../src/lookup.js';
import { flaggedIds } from './reference-matcher.js';

const jargonRule = ['jargon', 'acronym', 'stigmatising'];
const toneRule = ['deficit'];

function jargon(text: string): string[] {
  return flaggedIds(text, dictionary, jargonRule);
}

describe('contact: the family-time noun only', () => {
  it.each([
    'Contact took place at the family centre.',
    'Supervised contact went well.',
    'Contact with Dad went well.',
    'Her contact was cancelled.',
    'Jamie was upset after contact.',
  ])('flags %j', (text) => {
    expect(jargon(text)).toEqual(['contact-family']);
  });

  it('takes the longest phrase: a contact session is one finding', () => {
    expect(jargon('The contact session started late.')).toEqual(['contact-family']);
  });

  it.each([
    'I will contact school tomorrow.',
    'Her contact details have changed.',
    'Please ring the contact number on the letter.',
    'School is the main point of contact.',
    'She made good eye contact with me.',
    'There was no physical contact.',
    'I made contact with the GP.',
    'Mum is in contact with her sister.',
    'A contact was received from the school.',
  ])('leaves %j alone', (text) => {
    expect(jargon(text)).toEqual([]);
  });

  it('needs a noun: the verb is left to the part-of-speech check', () => {
    expect(entryById('contact-family')?.partOfSpeech).toBe('noun');
  });

  it('gives letters and centres their own entries', () => {
    expect(jargon('Letterbox contact continues.')).toEqual(['indirect-contact']);
    expect(jargon('They met at the contact centre.')).toEqual(['contact-centre']);
  });
});

describe('placement', () => {
  it('flags where a child lives', () => {
    expect(jargon('Her placement is going well.')).toEqual(['placement']);
    expect(jargon('She has had three placement moves.')).toEqual(['placement']);
  });

  it.each(['He is on a work placement.', 'A student placement starts in May.', 'His school placement is at risk.'])(
    'leaves %j alone',
    (text) => {
      expect(jargon(text)).toEqual([]);
    },
  );

  it('keeps the placement order as a legal term to explain', () => {
    expect(jargon('The placement order was made.')).toEqual(['placement-order']);
    expect(entryById('placement-order')?.severity).toBe('explain');
  });

  it('flags "placed with" but not a cup placed on a table', () => {
    expect(jargon('She was placed with her aunt.')).toEqual(['placed']);
    expect(jargon('He placed the cup on the table.')).toEqual([]);
  });
});

describe('unit', () => {
  it('flags the house a child lives in', () => {
    expect(jargon('Jamie went back to the unit at 9pm.')).toEqual(['unit']);
    expect(jargon('She moved to a residential unit.')).toEqual(['unit']);
  });

  it.each([
    'Mum drinks 30 units of alcohol a week.',
    'That is one unit of alcohol.',
    'They moved to a mother and baby unit.',
    'He was seen at the assessment unit.',
  ])('leaves %j alone', (text) => {
    expect(jargon(text)).toEqual([]);
  });
});

describe('engagement as a label of a family', () => {
  it.each([
    'Mum did not engage.',
    'There has been non-engagement since May.',
    'Dad failed to engage with services.',
    'Mum disengaged in March.',
  ])('flags %j', (text) => {
    expect(flaggedIds(text, dictionary, toneRule)).toEqual(['non-engagement']);
  });

  it.each(['The children engaged in play.', 'He engaged in conversation with me.', 'Kai did not engage in play today.'])(
    'leaves %j alone',
    (text) => {
      expect(flaggedIds(text, dictionary, toneRule)).toEqual([]);
    },
  );
});

describe('other homonyms', () => {
  it.each([
    ['Her carers said she is happy.', ['foster-carers']],
    ['Mum is his main carer.', []],
    ['She goes to a young carers group.', []],
    ['He spends time with his peers.', ['peers']],
    ['She gets on well with peers at school.', ['peers']],
    ['The plan went to peer review.', []],
    ['The children looked after by the council.', ['looked-after-child']],
    ['The children looked after the dog.', []],
    ['Her case was closed in May.', ['case']],
    ['In case of fire, leave by the back door.', []],
    ['In this case I decided to visit.', []],
    ['The court case is next week.', []],
    // Sick in body is the family's own word; only a person called sick in mind is flagged.
    ['Mum has been sick for weeks.', []],
    ['Mum has been mentally sick for weeks.', ['sick']],
    ['He was sick on the carpet.', []],
    ['She has speech therapy on Mondays.', []],
    ['Please see attachment.', []],
    ['Leah absconded on Friday.', ['abscond']],
    ['Ryan is involved in CCE.', ['involved-in-exploitation']],
    ['She is in a relationship with a 24 year old man.', ['relationship-with-abuser']],
    ['Mum is in a relationship with Dave.', []],
    ['The house was filthy.', ['dirty']],
    ['There were dirty plates on the floor.', []],
    ['The minor injuries unit saw her.', []],
  ] as const)('%j -> %j', (text, ids) => {
    expect(jargon(text)).toEqual(ids);
  });
});

describe('acronyms', () => {
  it('match as written, in capitals', () => {
    expect(jargon('The IRO chaired the meeting.')).toEqual(['acr-iro']);
    expect(jargon('She is LAC.')).toEqual(['acr-lac']);
    expect(jargon('There is lac in the word.')).toEqual([]);
  });

  it('prefers the longer phrase', () => {
    expect(jargon('Her LAC review is on Monday.')).toEqual(['lac-review']);
  });

  it('tells carers from football clubs and child protection from cerebral palsy', () => {
    expect(jargon('FC said Jamie slept well.')).toEqual(['acr-fc']);
    expect(jargon('He watched Burnley FC on Saturday.')).toEqual([]);
    expect(jargon('Jamie has CP and uses a wheelchair.')).toEqual([]);
    expect(jargon('The CP plan was reviewed.')).toEqual(['acr-cp']);
  });
});
