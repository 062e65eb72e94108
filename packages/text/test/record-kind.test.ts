import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis.js';

function kindOf(text: string, documentType?: string) {
  const file = new VFile(text);
  if (documentType) file.data = { carelint: { documentType } };
  const tree = unified().use(retextEnglish).parse(file);
  return analyse(tree, file).kind;
}

const filler = (n: number) => ' The day went on as usual and nothing else of note happened.'.repeat(n);

describe('record kind', () => {
  it('reads care records from their roles, services and people', () => {
    expect(kindOf(`Visit to Leo (8) at his foster home.${filler(25)} Mum said she misses him.`).care).toBe(true);
    expect(kindOf(`The IRO chaired the review.${filler(25)} The social worker agreed the pathway plan.`).care).toBe(true);
    expect(kindOf(`Staff on shift: two.${filler(25)} YP said he was going to his girlfriend's. Dad rang at 8.`).care).toBe(true);
    // A social worker's letter to a parent in plain words: the service's name and the role in the signature.
    expect(kindOf(`Northby Children's Services\n\nDear Gary,\n\nThank you for seeing me.${filler(25)}\n\nYours sincerely,\nRachel Osei\nSocial Worker`).care).toBe(true);
  });

  it('leaves other texts that use the same words alone', () => {
    expect(kindOf(`Our students start their placement year in June.${filler(25)} Contact the careers team with questions.`).care).toBe(false);
    expect(kindOf(`A short respite from the rain let us prune the roses.${filler(25)} The CP (cathodic protection) anodes were replaced; the CP readings are fine.`).care).toBe(false);
    expect(kindOf(`Patients and carers can ask the ward for a package of care.${filler(25)}`).care).toBe(false);
    // One sign alone in a long text is not enough: a newsletter may name the council's children's services.
    expect(kindOf(`The fun run raised money for the children's services charity.${filler(25)} Thank you to every runner.`).care).toBe(false);
  });

  it('reads the teams and processes of work with disabled, privately fostered and asylum-seeking children', () => {
    // Each text holds two of these signals and none of the older ones, so each was read as no care record before.
    expect(kindOf(`Disabled Children's Team\nAllocated worker: Femi Adeyemi${filler(25)} The move to college was talked through.`).care).toBe(true);
    expect(kindOf(`A family group conference was held on Monday.${filler(25)} The private fostering arrangement with the aunt was agreed.`).care).toBe(true);
    expect(kindOf(`Omid is an unaccompanied asylum-seeking child.${filler(25)} His personal education plan was updated with the college.`).care).toBe(true);
  });

  it('leaves texts alone that use those words in other senses, or name adult care and schools', () => {
    // A holiday park: short breaks, unaccompanied children at the pool, a family group booking.
    expect(kindOf(`Short breaks are half price in March.${filler(25)} Unaccompanied children under 8 may not use the pool. Family group bookings open on Friday, and the team manager will allocate pitches.`).care).toBe(false);
    // A school newsletter names its designated teacher for looked-after children (one signal) and its virtual school.
    expect(kindOf(`Mrs Hale is our designated teacher for looked after children.${filler(25)} If snow closes the site, the virtual school timetable starts at 9.`).care).toBe(false);
    // A hospital discharge leaflet: the ward's social worker (one signal), adult social care, direct payments.
    expect(kindOf(`A social worker on the ward can refer you to adult social care.${filler(25)} You may get direct payments, and the transitions team sees young adults in clinic.`).care).toBe(false);
  });

  it('does not take a key worker alone for a care record: volunteers, workplaces and the NHS have them too', () => {
    const handbook = ' Your placement lasts six months and we will review it together.'.repeat(10);
    expect(kindOf(`Welcome to the befriending scheme.${handbook} Your key worker is the volunteer coordinator.`).care).toBe(false);
    expect(kindOf(`Key workers can book the early slots.${filler(12)} Parking is free for key workers.`).care).toBe(false);
    expect(kindOf(`Shift notes.${filler(12)} YP saw her key worker at 4pm.`).care).toBe(true);
  });

  it('does not take "young people" or the care plan inside an education, health and care plan for signs of a care record', () => {
    // A hospital ward's page: the nurses' care plan (one signal), its young people, a child's EHC plan.
    expect(kindOf(`The nurse will go through your child's care plan each morning.${filler(25)} Our youth worker runs a games night for young people on the ward. Bring your child's education, health and care plan if they have one.`).care).toBe(false);
    // A secondary school's page on special educational needs: education, health and care plans and young people.
    expect(kindOf(`Our SENCo reviews each education, health and care plan every year.${filler(25)} Young people in Year 11 can ask for a careers interview.`).care).toBe(false);
    // A care record keeps its signs: "the young person" and a care plan of its own.
    expect(kindOf(`Care plan review for the young person.${filler(25)} Her education, health and care plan is up to date.`).care).toBe(true);
  });

  it('treats a short text as a care record, and trusts a document type', () => {
    expect(kindOf('We talked about contact on Saturday.').care).toBe(true);
    expect(kindOf(`A placement year guide.${filler(25)}`, 'visit').care).toBe(true);
    // "other" is core's DocumentType for a care record of another kind (a daily note, a chronology).
    expect(kindOf(`A placement year guide.${filler(25)}`, 'other').care).toBe(true);
  });

  it('tells a record written to the child, and the child a header names', () => {
    expect(kindOf('Dear Beth,\nI am writing to tell you about your review.').addressed).toBe(true);
    expect(kindOf('Beth was seen at home. She said school is fine.').addressed).toBe(false);
    expect(kindOf('Child: Kayden Rowe (9)\nDate: 3 May\nKayden was happy.').child).toBe('Kayden');
    expect(kindOf('YP: KL (16)\nKL was out.').child).toBeUndefined();
    expect(kindOf('Child: Ava Cole\nChild: Sam Cole\nBoth were seen.').child).toBeUndefined();
  });
});
