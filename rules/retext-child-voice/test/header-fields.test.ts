import { describe, expect, it } from 'vitest';
import { readFields, type LabelKind } from '../src/fields.js';
import { normalLabel } from '../src/people.js';
import { ids, run, voice } from './run.js';

// Labels as the rule reads them from the lexicons (a few, to test the line reading on its own).
const kindOf = (label: string): LabelKind => {
  const norm = label.toLowerCase();
  if (['child', 'children', 'yp', 'name', 'pupil', 'baby', 'child discussed'].includes(norm)) return 'child';
  if (norm === 'dob') return 'dob';
  return ['mother', 'carer(s)', 'sw'].includes(norm) ? 'adult' : 'other';
};
const isRole = (word: string) => ['mum', 'dad', 'mother', 'sw'].includes(word.toLowerCase());
const names = (text: string) => readFields(text, kindOf, isRole).children.map((c) => `${c.name}${c.age !== undefined ? ` ${Math.round(c.age * 12)}m` : ''}`);

describe('header fields', () => {
  it('reads the child a form names, with an age from the field or the date-of-birth field beside it', () => {
    expect(names('STRATEGY DISCUSSION\nChild: Oliver BRENNAN   DOB: 02/10/2023 (4 months)\nAddress: 31 Hawthorn Rise')).toEqual(['Oliver 4m']);
    expect(names('Daily record\nYP: RW (15)     Date: Thurs 14/03/24     Shift: Lates')).toEqual(['RW 180m']);
    expect(names('| | |\n|---|---|\n| **Pupil** | Kian Doherty |\n| **School** | Castlegate Academy |')).toEqual(['Kian']);
    expect(names('Children:\nAmira HADDAD, 6, Year 2 St Bede\'s\nYusuf HADDAD, 3, Little Acorns Nursery\nAdults:\nNoor HADDAD (mother, 29)')).toEqual(['Amira 72m', 'Yusuf 36m']);
    expect(names('Child discussed: Maisie Turner, 12, living with Dave and Lorna Whitehouse since June 2022')).toEqual(['Maisie 144m']);
  });

  it('reads a child in what a note or an email is about ("Re:", "Subject:") only with a child\'s age', () => {
    const note = (re: string) =>
      `DUTY RECORD - telephone call in\n\nFrom: Mrs Shah, designated teacher, Hillside School\n${re}\n\n` +
      'T came into school with a cut lip. Her form tutor noticed it at registration. Mum is not answering her phone.\n\n' +
      'Plan:\n- Duty social worker to ring Mum today before 3pm\n';
    for (const re of ['Re: Tia OSEI, 12 (Yr 8)', 'Subject: Tia Osei (12)', 'Regarding: Tia Osei, aged 12']) expect(voice(run(note(re))).status, re).toBe('absent');
    for (const re of ['Re: Core group on Friday', 'Re: Mrs Osei, 41', 'Subject: Tia Osei']) expect(voice(run(note(re))).status, re).toBe('not-applicable');
  });

  it('reads the child a letter or a plan is "About:", with an age from a birth date against the record\'s latest year', () => {
    const plan = (about: string) =>
      `# Kinship Support Plan\n\n**For:** Janet and Mike Cole (paternal grandparents)\n${about}\n**Written by:** Priya Shah, Social Worker\n**Date:** 3 March 2025\n\n` +
      '## Why this plan\n\nJanet and Mike, this plan sets out the help the council will give you once the court makes the order. You asked for it ' +
      'to be short, so I have kept it to what you need. The council supports your application and will pay you an allowance each month.\n\n' +
      '## Money\n\nYou will get a weekly allowance, reviewed every April.\n';
    // Said to "you", the grandparents, more than three times: a plan about its child is not written to the child.
    for (const about of ['**About:** Leo Cole, born 02/11/2019', '**About:** Leo Cole, born 2 November 2019', 'About: Leo Cole (DOB 02/11/2012)']) {
      expect(voice(run(plan(about))), about).toMatchObject({ status: 'absent', reportedViews: 0 });
    }
    for (const about of ['**About:** Mr John Reed, born 1979', '**About:** John Reed, born 1979', '**About:** Leo Cole', '**About:** Leo Cole, born 02/11/2006']) {
      expect(voice(run(plan(about))).status, about).toBe('not-applicable');
    }
  });

  it('reads a review written to the child after its header, by the name the child goes by', () => {
    const header = 'CHILD LOOKED AFTER REVIEW\n\nName: Bethany (Beth) Crowther          DOB: 22/01/2013 (12)\n\n' + 'Present: Beth (for the first half); Gill and Ray Sutcliffe, foster carers; the social worker. '.repeat(6);
    const file = run(`${header}\n\nDear Beth, I am writing this record to you.\n\nYou said: "Good. I'm not going anywhere anyway."`);
    expect(voice(file)).toMatchObject({ status: 'present', quotes: 1 });
    expect(file.messages.filter((m) => m.ruleId === 'missing-sibling-voice')).toEqual([]);
  });

  it('keeps a nickname as another name for the child', () => {
    expect(readFields('Name: Bethany (Beth) Crowther          DOB: 22/01/2013 (12)', kindOf, isRole).children[0]).toMatchObject({ name: 'Bethany', aliases: ['Beth'], age: 12 });
  });

  it('leaves alone adults, prose with a colon, times and fields with no name', () => {
    const fields = readFields('Mother: Courtney Fenn (19)\n14:00 H/o from earlies. JB said: "no".\nShe said: "Tyler is fine."\nChild: Year 8, Ashfield School', kindOf, isRole);
    expect(fields.children).toEqual([]);
    expect(fields.adults.map((a) => a.name)).toEqual(['Courtney']);
    expect(fields.unnamedChild).toBe(true);
    expect(names("Child's social worker: Dana Reid\nSchool: Oakfield Academy")).toEqual([]);
    expect(names('Children: both seen at home')).toEqual([]);
  });
});

describe('who the record is about', () => {
  it('does not take a contraction for a child ("Where\u2019s Daddy gone?")', () => {
    const text = 'Family time\nChild: Leo Carter (2)\nWhere: Riverside Family Centre\n"Where\'s Daddy gone?" Mum asked him. Leo pointed at the door and laughed.';
    const file = run(text);
    expect(voice(file).status).toBe('present');
    expect(file.messages.filter((m) => m.ruleId === 'missing-sibling-voice')).toEqual([]);
  });

  it('finds the child a header gives, however the name is written', () => {
    const log = 'Short breaks log\nKyle H (13). Arrived by taxi.\nK said "I want my mum\'s chips not these chips."';
    expect(voice(run(log)).status).toBe('present');
    const minutes = 'Core group\nChildren: Callum McInnes (14), Skye McInnes (6)\nSkye told the teacher she likes her new flat.';
    expect(voice(run(minutes)).status).toBe('present');
    const supervision = 'Case supervision\nEllie-Rose GRANT (14) - in a children\'s home.\nEllie-Rose told the social worker "he buys me stuff".';
    expect(voice(run(supervision)).status).toBe('present');
  });

  it('reads a child\'s initial the same whether or not the text starts with a space', () => {
    const log = 'Shift log, Oak House\nYoung person: Kyle H (13)\n\n19:00 K watched the football with staff.\n21:00 K said he wanted toast and a film on Saturday.\n';
    expect(voice(run(log)).status).toBe('present');
    expect(voice(run(` ${log}`)).status).toBe('present');
    expect(voice(run(`\n${log}`)).status).toBe('present');
  });

  it('does not make a name of a verb, part of a surname or a lone capital', () => {
    const text = 'Visited Leo (4) at home with his mum. Mum said Leo is sleeping well. A said nothing.';
    const file = run(text);
    expect(voice(file).status).toBe('absent');
    expect(file.messages[0]?.reason).toMatch(/^Leo’s own words/);
    const scots = run('Callum McInnes (14) lives with his gran. His gran said he is doing well. Callum is at school most days.');
    expect(scots.messages[0]?.reason).toMatch(/^Callum’s own words/);
  });

  it('says a care record that gives its child in a header, or keeps coming back to a child, is about them', () => {
    const placement = 'Placement stability meeting\nYP: Chloe Bennett (15)\nThe carers said things have got worse. The social worker said a new placement may be needed.';
    expect(voice(run(placement)).status).toBe('absent');
    const plan = 'Child protection plan. Connor (9) and Ruby (6) live with their parents. Connor has missed the dentist. Ruby was sent home with head lice. The children are often unkempt.';
    expect(voice(run(plan)).status).toBe('absent');
    const unnamed = 'School nursing drop-in\nChild: Year 8, Ashfield School\nDOB: 30/10/2010\nSelf-referred. She said she has been feeling low and is not sleeping.';
    expect(voice(run(unnamed)).status).toBe('present');
  });

  it('leaves a record that names a child in passing, or a form with no child, not applicable', () => {
    const housing = 'Housing meeting. Ms Patel lives at 14 Elm Road with her children, Amira (7) and Kai (4). The landlord said the boiler will be replaced by June.';
    expect(voice(run(housing)).status).toBe('not-applicable');
    const email = 'Team email\nSubject: Recording\nPlease make sure case notes are on the system within 48 hours. She said the audit is next week.';
    expect(voice(run(email)).status).toBe('not-applicable');
    const carers = 'Carer(s): Bev and Martin Sowerby\nBev said the training was useful. Martin said the panel is in May.';
    expect(voice(run(carers)).status).toBe('not-applicable');
  });

  it('finds nothing in a text that is not a care record, unless the caller says what it is', () => {
    // A leaflet, a newsletter and a club notice talk about children, quote them and say "the child", but they are
    // no record about a child: no voice status, no findings. (Each is over 120 words: a shorter text is taken for
    // a care record, the tool's usual input.)
    const leaflet =
      "Riverside Opticians: your child's first eye test\n" +
      'Children can have their eyes tested free of charge at any age, and we recommend a first test before they start school. ' +
      'Some children are shy at first, and that is normal. If a child will not read the letters, the optician will use pictures and shapes instead. ' +
      'The child may sit on your lap for the whole test if that helps them feel settled. The test takes about twenty minutes. ' +
      'We will put drops in the eyes of younger children so that we can see clearly; these can make vision blurry for a few hours. ' +
      'If glasses are needed, the child can choose frames from our range, which is covered by the NHS voucher. ' +
      'Please bring any letters from school or the health visitor, and a list of any medicines. Ring us to book a time that suits your family.';
    const newsletter =
      'Hillcrest Primary newsletter, spring term\n' +
      'Year 4 visited the city museum on Tuesday and spent the morning in the Roman gallery. "It was the best day ever," said one pupil, who tried on a helmet. ' +
      'The children asked the guide lots of questions about coins, baths and roads, and several of them have started their own projects at home. ' +
      'Thank you to the parents who came along to help on the coach. Year 6 have begun their revision sessions after school on Mondays and Wednesdays. ' +
      'The choir will sing at the town hall on the last Friday of term, and tickets are on sale at the office. ' +
      'Please remember that the school gates open at 8.40am and that children should not arrive before then, as there is no one on duty in the playground. ' +
      'Lost property is on the table by the hall: anything left at half term will go to the charity shop.';
    const notice =
      'Under-11s football club notice\n' +
      'Training moves to Thursdays from next week, at the same time and on the same pitch behind the leisure centre. ' +
      'Each child must bring shin pads, a water bottle and a coat, as we train outside whatever the weather. ' +
      'The coaches said the team played well on Saturday and deserved the draw against a strong side from Oakfield. ' +
      'Subs for the spring are due by the end of the month; the club can spread the cost for any family that asks. ' +
      'We are looking for a volunteer to wash the kit on a rota with three other parents, and for someone to run the tuck shop on match days. ' +
      'The summer tournament is on 14 June, and every player will get a medal. Speak to any coach after training if you have questions about the season.';
    for (const text of [leaflet, newsletter, notice]) {
      const file = run(text);
      expect(voice(file).status, text.slice(0, 30)).toBe('not-applicable');
      expect(ids(file), text.slice(0, 30)).toEqual([]);
    }
    // Told it is a visit record, or given the child's name, the rule reads it as one.
    expect(voice(run(leaflet, { documentType: 'visit' })).status).not.toBe('not-applicable');
    // A care record with the same shapes is still read: the child is quoted, and "the child" is flagged.
    const visit = 'Home visit to see Amira (7) and her mum. Amira said "I like my new school". The child was clean and well dressed.';
    expect(voice(run(visit)).status).toBe('present');
    expect(ids(run(visit))).toContain('depersonalising-reference');
  });

  it('takes a care leaver of 18 to 25 for the young person the record is about', () => {
    const pathway = 'Pathway plan update - Marcus Evans-Lloyd (19)\nPersonal adviser: Sam Reyes\nMarcus is a care leaver living in a flat. He told me he wants to do something outdoors.';
    expect(voice(run(pathway)).status).toBe('present');
    const mother = 'Health visit\nBaby: Isla Fenn   DOB 28/03/2024   Age 6/52\nMother: Courtney Fenn (19)\nCourtney is a care leaver. Courtney said she is tired. Isla fixed on Mum\'s face and quietened when Mum talked to her.';
    const file = run(mother);
    expect(voice(file)).toMatchObject({ status: 'present', quotes: 0, reportedViews: 0, observations: 1 });
    const parent = 'I visited Sally (22) and her son Leo (3) at home. Sally said she wants more help with nursery. Sally told me Leo is sleeping well.';
    expect(run(parent).messages[0]?.reason).toMatch(/^Leo’s own words/);
  });
});

describe('what counts as the child’s voice', () => {
  it('takes the answers to a form’s questions in the child’s views section for the child’s', () => {
    const pep = '# PEP\n\nKian (14) is in Year 9.\n\n# Kian\'s views\n\n| Question | Kian\'s answer |\n\n| What would help? | Not sitting next to Ryan. |\n';
    const headings = [...pep.matchAll(/^# (.+)$/gm)].map((m) => ({ start: m.index + 2, end: m.index + m[0].length }));
    expect(voice(run(pep, { headings })).status).toBe('present');
    const none = pep.replace('Not sitting next to Ryan.', 'Not obtained this term.');
    expect(voice(run(none, { headings })).status).toBe('absent');
  });

  it('does not take a passive with its agent, or a line after a missed heading, for the child’s view', () => {
    expect(voice(run('Daily record\nYP: RW (15)\nRW informed by note under door. RW went to his room.')).status).toBe('absent');
    const closure =
      '# Closure\n\nChild: Amira Hussain   DOB: 12/08/2013\n\n# Child\'s wishes and feelings\n\nAmira\'s wishes and feelings have been considered.\n\nManagement decision\n\nAgreed for closure to universal services.\n';
    const headings = [...closure.matchAll(/^# (.+)$/gm)].map((m) => ({ start: m.index + 2, end: m.index + m[0].length }));
    expect(voice(run(closure, { headings })).status).toBe('absent');
    expect(voice(run('Visit. Amira (9) agreed by nodding when I asked about the plan.')).status).toBe('present');
  });

  it('does not take a child reported missing or absent for the child reporting', () => {
    expect(voice(run('Strategy discussion\nChild: Jordan Pike (14)\nJordan reported missing by Mum at 18:00. Returned home by police 06:40.')).status).toBe('absent');
    expect(voice(run('Daily record\nYP: RW (15)\nRW reported absent from school by the EWO.')).status).toBe('absent');
    expect(voice(run('Visit. Jordan (14) reported that he was scared of the older boys.')).status).toBe('present');
    expect(voice(run('Visit. Jordan (14) reported his phone missing to staff.')).status).toBe('present');
  });

  it('finds who speaks when words stand between the child and the verb, and leaves others’ speech alone', () => {
    const police = 'MASH record\n\nChildren: Amira (6), Yusuf (3)\n\nAmira was awake and crying in the doorway and said to an officer "Daddy was shouting".';
    expect(voice(run(police)).quotes).toBe(1);
    const terse = 'MASH contact. Anon call: 2 children home alone. Police attended. Children fed, in pyjamas, said "mum went for milk". Outcome: NFA.';
    expect(voice(run(terse)).status).toBe('present');
    const carer = 'Foster carer log. Jack (5) had a good week. Jack went to the park and said "look at me" on the slide. Jack slept well.';
    expect(voice(run(carer)).quotes).toBe(1);
    const officer = 'MASH record\n\nChildren: Amira (6), Yusuf (3)\n\nMum came down with Amira and said "she was very upset".';
    expect(voice(run(officer)).quotes).toBe(0);
    const school = 'MASH record\n\nChildren: Amira (6), Yusuf (3)\n\nSchool: attendance good, Amira described as "a delight".';
    expect(voice(run(school)).quotes).toBe(0);
    const note = 'Outcome: NFA. Advice letter to mum.\nInfo shared with school DSL. Mum said "I only popped out".';
    expect(voice(run(note)).status).not.toBe('present');
  });
});

describe('a name marked in brackets as the young person', () => {
  const log = (line: string) => `Ashgrove House - daily log\nSat 14/09  Late shift\nStaff on: KM, DW\n\n15:10 ${line}\n16:00 Tea at 5. Good banter at the table.\n`;

  it('makes the named person the record\'s child, whose words then count', () => {
    expect(voice(run(log('Corey (YP) asked KM if he could ring his nan.')))).toMatchObject({ status: 'present' });
    expect(voice(run(log('Jade Smith (young person) told DW she wants to go to college.')))).toMatchObject({ status: 'present' });
    expect(voice(run(log('Tom (child) said he wants his door open.')))).toMatchObject({ status: 'present' });
  });

  it('leaves alone a bracket that names an adult or says something else', () => {
    expect(voice(run(log('Sue (SW) rang and asked how the week went.')))).toMatchObject({ status: 'not-applicable' });
    expect(voice(run(log('Dan (YP\'s dad) asked KM if he could visit on Sunday.')))).toMatchObject({ status: 'not-applicable' });
    expect(voice(run(log('Ali (CYP worker) said the referral has gone in.')))).toMatchObject({ status: 'not-applicable' });
  });
});

// Issue 15: each of these once took seconds on its hostile line (quadratic); linear, it takes a few milliseconds.
describe('header fields on hostile input', () => {
  const hostile = 50_000;
  /** What `read` gives, checked to take well under the seconds the quadratic code took on these. */
  const fast = <T>(read: () => T): T => {
    const start = performance.now();
    const out = read();
    // The quadratic code took 2.4 s or more here, the linear about 20 ms: a limit well clear of both, so a busy
    // machine does not fail the linear code.
    expect(performance.now() - start).toBeLessThan(1_200);
    return out;
  };

  it('reads an age in brackets, and a bracket that never closes after a run of spaces', () => {
    expect(fast(() => names(`Children:\nSam (7${' '.repeat(hostile)}x`))).toEqual(['Sam']);
    expect(fast(() => names(`Child: Sam (7${'\u00a0'.repeat(hostile)}x`))).toEqual(['Sam']);
    expect(names('Children:\nSam (7  years   old)\nLeo ( aged 14 months )\nMia (3wks)')).toEqual(['Sam 84m', 'Leo 14m', 'Mia 1m']);
    expect(names('Child: Ava (12 yrs)')).toEqual(['Ava 144m']);
  });

  it('reads the words of a value with a run of brackets that never close', () => {
    expect(fast(() => names(`Child: Sam ${'('.repeat(hostile)}`))).toEqual(['Sam']);
    expect(fast(() => readFields(`Name: Bethany (Beth) Crowther ${'('.repeat(hostile)}`, kindOf, isRole).children[0])).toMatchObject({ name: 'Bethany', aliases: ['Beth'] });
    expect(readFields('Name: Bethany (Beth) Crowther', kindOf, isRole).children[0]).toMatchObject({ name: 'Bethany', aliases: ['Beth'], at: 6 });
    expect(names('Child: (Beth) Crowther')).toEqual([]);
  });

  it('drops the number that ends a label, after a run of spaces', () => {
    expect(fast(() => normalLabel(`Child${' '.repeat(hostile)}x`))).toBe('child x');
    expect(fast(() => normalLabel(`Child${' '.repeat(hostile)}2`))).toBe('child');
    expect(['Child 2', 'Child_2', 'Carer(s) 1', 'Child2', 'Child 2 x'].map(normalLabel)).toEqual(['child', 'child', 'carer', 'child2', 'child 2 x']);
  });

  it('cuts a line of a list at its first table bar, on a line of bars', () => {
    expect(fast(() => names(`Children:\nSam ${'|'.repeat(hostile)}\r`))).toEqual(['Sam']);
    expect(fast(() => names(`Children:\nSam ${'|'.repeat(hostile)}`))).toEqual(['Sam']);
    expect(names('Children:\n- Amira HADDAD | 6 | Year 2\n- Yusuf HADDAD (3) | Little Acorns')).toEqual(['Amira', 'Yusuf 36m']);
  });
});
