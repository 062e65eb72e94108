// Sentence pairs for every entry that declares senses: the care sense is flagged, the other senses are not.
// Written for these tests (not taken from any record), so a failure names the entry whose senses broke.
import { dictionary } from '@carelint/dictionaries';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import retextCareJargon from '../src/index.js';

function ids(text: string): string[] {
  const processor = unified().use(retextEnglish).use(retextCareJargon, { unexplainedAcronyms: false });
  const file = new VFile(text);
  processor.runSync(processor.parse(file), file);
  return file.messages.map((m) => m.ruleId ?? '');
}

const pairs: Record<string, { care: string[]; other: string[] }> = {
  'contact-family': {
    care: [
      'Ellis had contact with his nan on Sunday afternoon.',
      'After contact Priya was quiet in the car.',
      'Supervised contact will move to the library.',
      'Contact between Tom and his brothers is every month.',
      'Dad has contact with the twins on Wednesdays.',
      'Staff to email the social worker re Tues contact before Monday.',
      'Dad asked to move Saturday contact to the afternoon.',
      'Mum missed Weds contact again.',
      'Gemma will contact Mum re contact this Saturday.',
      'I will ring Dad regarding contact at the weekend.',
      'Contact w mum Sat at the park, went well.',
      'Contact w/ Dad moved to Sunday.',
      'The reason for the change: contact will be at the park from May.',
      'Mum asked to move contact to Sunday.',
    ],
    other: [
      'Gran has contact with her own brother most weeks.',
      'I had contact with the school about the trip.',
      'On Monday I will contact the school about the trip.',
      'I will email Mum re contact details for the new school.',
      'Tues: contact the GP about the rash.',
      'Mum asked for contact by text only.',
      'There was no contact with his face during the hold.',
      'Staff have the contact numbers for the youth club.',
      'She kept in contact with the nursery.',
      'Had contact w the school about the trip.',
      // A front door's record of a call or referral.
      'Reason for contact: a neighbour heard shouting.',
      'Contact type: telephone, incoming.',
      'The duty worker will pass the contact to MASH today.',
    ],
  },
  placement: {
    care: [
      'Her placement with the Okafors is settled.',
      'The placement of the three brothers together was agreed.',
      'Aaron has had two placements this year.',
    ],
    other: [
      'We talked about the placement of the baby monitor.',
      'The placement of the stair gate needs changing.',
      'Lena is on a work placement at the garage.',
    ],
  },
  unit: {
    care: ['Kacey went back to the unit after tea.', 'He settled well in his new unit.', 'Staff at the unit made a cake for her.'],
    other: [
      'Staff wiped down the units after tea.',
      'The office is a unit on the retail park.',
      'Dad drinks about twenty units a week.',
    ],
  },
  attachment: {
    care: ['His attachment to his carer is growing.', 'Poor attachment was noted in the report.', 'We talked about attachment and trust.'],
    other: [
      'The school sent the timetable as an attachment.',
      'Please see the attachment to the email.',
      'Mum forwarded the letter as an attachment by text.',
    ],
  },
  advocate: {
    care: ['Maya met her advocate at school.', 'An advocate will help Jo say what he wants.', 'Kai asked for an advocate for the review.'],
    other: ['Mum is a strong advocate for her son.', 'Grandad has been a fierce advocate for the family.', 'She is a tireless advocate for him.'],
  },
  residents: {
    care: ['The residents had pizza on Friday.', 'Two residents went to the cinema.', 'All residents were in by ten.'],
    other: [
      'Dad is at a rehab centre that takes ten residents.',
      'The hostel for adults houses eight residents.',
      'Local residents complained about the noise.',
    ],
  },
  'foster-carers': {
    care: [
      'Her carers took her to the dentist.',
      'Ali said his foster carer is kind.',
      "The carers' views were shared.",
      'Mrs Holt is a foster carer.',
      "Kayla's carer drove her to school.",
      'The carers for Kai and Leo are Sue and Pete.',
      'Ruby has a new carer and likes her.',
      'Mum has met the carer twice.',
      'Dad had the carers round for tea.',
    ],
    other: [
      'Dad is to be assessed as a possible carer.',
      'Mum is the main carer for the baby.',
      'Gran was approved as a carer last year.',
      'Kayla is a carer for her mum, who has MS.',
      "Mum's carer comes in twice a day to help her wash.",
      "Since his stroke, Grandad's carers visit every morning.",
      'Nan has a carer who comes in twice a day.',
      'Grandad had carers four times a day after his stroke.',
      'Mum now gets a carer in the mornings.',
    ],
  },
  'care-plan': {
    care: ['The care plan says he stays until he is 18.', 'We looked at her care plan together.', 'The care plan was agreed at the review.'],
    other: [
      'He has an education, health and care plan.',
      'The school nurse keeps his health care plan.',
      'The epilepsy care plan is in his bag.',
    ],
  },
  case: {
    care: [
      'Her case was closed in June.',
      'The case will be discussed at panel.',
      'The case was allocated to Sam.',
      '03/2021 Case opened for an assessment.',
      'Case supervision with the team manager on Friday.',
      'Case direction: visit weekly until the conference.',
      'RT to review case on 28/05.',
      'The police officer for this case is DC Shah.',
      'Jo will visit every month while the case stays open.',
    ],
    other: [
      'In case of rain we stayed in.',
      'She packed her pencil case.',
      'Dad was on my case about homework.',
      'Case no. 4471 was listed for Tuesday.',
      'The court case opened on Monday.',
      'The case study opened the training day.',
      'We will review case law on contact before the hearing.',
      'In this case, Mum agreed.',
      'Her violin case stays open in the car.',
    ],
  },
  client: {
    care: ['The client was seen at home.', 'Each client gets a key worker.', 'The client said the visit helped.'],
    other: [
      'Her solicitor said that her client wants more time.',
      'The barrister explained that his client disagreed.',
      'The email client would not open the file.',
    ],
  },
  sick: {
    care: ['Mum told me she has been mentally sick since the winter.', 'He called his dad emotionally sick.', 'Gran said her son was mentally sick for years.'],
    other: ['Mia said she felt sick after tea.', 'Reuben was sick with a chest infection in April.', 'Dad is off sick this week and stayed home.'],
  },
  'drop-out': {
    care: ['Jay dropped out of college in May.', 'She dropped out of her hairdressing course.', 'He may drop out of school.'],
    other: ['He dropped out of the football team.', 'The signal dropped out twice.', 'She dropped out of the race at the end.'],
  },
};

describe('every entry with senses has sentence pairs', () => {
  it('lists each one here', () => {
    const declared = dictionary.entries.filter((e) => e.senses && ['jargon', 'acronym', 'stigmatising'].includes(e.category)).map((e) => e.id);
    expect(Object.keys(pairs).sort()).toEqual(declared.sort());
  });
});

describe.each(Object.entries(pairs))('%s', (id, { care, other }) => {
  it.each(care)('flags the care sense: %j', (text) => {
    expect(ids(text)).toContain(id);
  });
  it.each(other)('leaves the other sense: %j', (text) => {
    expect(ids(text)).not.toContain(id);
  });
});

describe('one sense per sentence', () => {
  it.each([
    'Jo did a work placement at the garage and the placement manager said she did well.',
    'Her student placement ended in May, and the placement tutor was pleased with her.',
    'I will contact the school and make sure the contact is logged.',
  ])('leaves a later bare use in the sense an earlier one had: %j', (text) => {
    expect(ids(text).filter((id) => id === 'placement' || id === 'contact-family')).toEqual([]);
  });

  it.each([
    ['Mum said the work placement went well but the foster placement is ending.', 'placement'],
    ['I rang the school about contact details, and contact with Dad is on Sunday.', 'contact-family'],
    ['Kai finished his work placement. His placement with the Smiths is going well.', 'placement'],
  ])('still flags a use with its own evidence, or in another sentence: %j', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});


describe('a noun entry after an adjective or a preposition (read from the lexicon, nothing tagged)', () => {
  it.each([
    ['Jo feels safe among peers at the youth club.', 'peers'],
    ['Sam was seen with older peers near the station.', 'peers'],
    ['Ruby asked for early contact with her brothers after the move.', 'contact-family'],
  ])('flags the noun: %j', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    ['She peers through the window when the car pulls up.', 'peers'],
    ['I will contact Mum about the trip on Friday.', 'contact-family'],
    ['They advocate for the twins at every meeting.', 'advocate'],
  ])('leaves the verb: %j', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});

describe('respite as a break in the weather or the noise', () => {
  it.each([
    'We walked to the swings in a short respite from the rain.',
    'The shade gave us some respite from the heat.',
    'The quiet room was a respite from the noise of the party.',
  ])('leaves it alone: %j', (text) => {
    expect(ids(text)).not.toContain('respite');
  });

  it.each([
    'Kai goes to respite every other weekend.',
    'Mum said respite from caring would help her sleep.',
    'Respite care at Oak Lodge starts in May, whatever the weather.',
  ])('flags the care sense: %j', (text) => {
    expect(ids(text)).toContain('respite');
  });
});
