/**
 * The shapes real plans take, each with sentences the rule must get right and sentences it must leave alone.
 * All sentences are written for these tests (none is from a record).
 */
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

/** The actions flagged as incomplete, each as "missing: text". */
function flagged(text: string, facts: Parameters<typeof run>[1] = {}): string[] {
  return run(text, facts)
    .messages.filter((message) => message.ruleId === 'incomplete-action')
    .map((message) => `${((message as { data?: { missing?: string[] } }).data?.missing ?? []).join(',')}: ${message.actual ?? ''}`);
}

/** A plan section with one line per action and no bullets. */
const lines = (...actions: string[]) => `Plan\n${actions.join('\n')}\n`;
/** A plan section with one bullet per action. */
const bullets = (...actions: string[]) => `Next steps\n${actions.map((action) => `- ${action}`).join('\n')}\n`;
/** A plan section holding a Who / What / When table, one row per action. */
const table = (...rows: string[]) => `Plan\n| Who | What | When |\n|---|---|---|\n${rows.map((row) => `| ${row} |`).join('\n')}\n`;

describe('where the plan is', () => {
  it('finds numbered headings and numbered actions under them', () => {
    const text = '1. Background\nDev moved in with his aunt in May.\n\n2. Actions\n2.1 Aunt Jo to register Dev with the dentist.\n2.2 Ravi (SW) to visit every 4 weeks.\n2.3 Consider a referral to the youth club.\n';
    expect(flagged(text)).toEqual(['when: Aunt Jo to register Dev with the dentist.', 'who,what,when: Consider a referral to the youth club.']);
  });

  it('reads a shift log\'s handover list as a plan', () => {
    const log = '19:30 Tyler watched football with staff and went to bed at 22:00.\n\nFor next shift:\n- RB to ring the dentist before 10am Monday.\n- Keep an eye on Tyler\'s mood.\n- Staff to remind Tyler about college at breakfast on Tuesday.\n';
    expect(flagged(log)).toEqual(['who,what,when: Keep an eye on Tyler\'s mood.']);
    // The events of the shift above it are not actions.
    expect(flagged('Evening\n19:30 Tyler watched football with staff.\n20:15 Staff to check on him later.\n')).toEqual([]);
  });

  it('reads lettered actions', () => {
    expect(flagged('Recommendations\na. Gran to phone the school about the bus pass.\nb. Kai (SW) to visit every fortnight.\n')).toEqual(['when: Gran to phone the school about the bus pass.']);
  });

  it('does not take the record’s title for a plan section when the record has one', () => {
    const text = 'NORTHSHIRE COUNCIL\nLOOKED AFTER REVIEW - NOTES AND RECOMMENDATIONS\n\nDear Tom, this is my record of your review.\n\nYour school\nYou like your new teacher and you will ask her about football.\n\nRecommendations\n- Amy (SW) to book the dentist by 3 May.\n';
    expect(flagged(text)).toEqual([]);
  });

  it('reads the headings under a plan heading as parts of the plan, by their level', () => {
    const court =
      'FINAL CARE PLAN\n\nPART B: THE PLAN\n\n2. Where Kai will live\n2.1 Nan will take Kai to see his new school on 3 June.\n\n' +
      '3. Health\n3.1 Nan will take Kai to the dentist every six months.\n3.2 Kai\'s health will continue to be monitored.\n\n4. Education\n4.1 Kai\'s school will be told about the order.\n';
    expect(flagged(court)).toEqual(['who,what,when: Kai\'s health will continue to be monitored.', 'who,when: Kai\'s school will be told about the order.']);
    // Markdown: "## The plan" over "### Our goal" and "### Gran" (levels as core gives them).
    const text = 'Support plan for Kai\n\nBackground\nKai is 9.\n\nThe plan\n\nOur goal\nKai will feel settled by the summer.\n\nGran\n- Take Kai swimming every Saturday.\n- Ring the school.\n';
    const headings = (['Support plan for Kai', 'Background', 'The plan', 'Our goal', 'Gran'] as const).map((title, k) => ({
      start: text.indexOf(title),
      end: text.indexOf(title) + title.length,
      depth: [1, 2, 2, 3, 3][k]!,
    }));
    expect(flagged(text, { headings })).toEqual(['when: Ring the school.']);
  });

  it('does not read the headings under a record\'s first heading, or beside the plan, as the plan', () => {
    const text = 'Pathway plan\n\nAbout me\nI will be 18 in June and will then move to my own flat.\n\nPlan\n- Jo (PA) to visit every month.\n\nMoney\nKai will get his allowance from the council.\n';
    const headings = (['Pathway plan', 'About me', 'Plan', 'Money'] as const).map((title, k) => ({
      start: text.indexOf(title),
      end: text.indexOf(title) + title.length,
      depth: [1, 2, 2, 2][k]!,
    }));
    expect(flagged(text, { headings })).toEqual([]);
  });

  it('reads a record titled as a plan whole when it has no plan heading', () => {
    const text = 'MY SAFETY PLAN - Jo (13)\n\nWhat I can do\n- I will text Aunty Pam.\n\nWhat Pam will do\n- Pam will keep my tablets locked away, always.\n';
    expect(flagged(text)).toEqual(['when: I will text Aunty Pam.']);
  });

  it('says nothing on a text that is not a care record', () => {
    const newsletter =
      'Our garden club had a busy spring. We planted two long beds of beans and peas by the car park, and the pond is full of frogspawn again. ' +
      'Thank you to everyone who came to the plant sale: we raised enough for a new shed and a second water butt. The shed will go behind the greenhouse. ' +
      'The summer show is on the last Saturday of July, with classes for the longest runner bean, the heaviest marrow and the best jar of jam. ' +
      'Entry forms are in the porch. Children can enter the sunflower race free of charge, and the judges will give every child a sticker. ' +
      'Please bring your own cups to the meetings, as we are trying to cut down on waste, and remember the gate code has changed. ';
    const steps = bullets('Consider a new rota for watering.', 'Look into a bigger greenhouse.');
    expect(flagged(`${newsletter}\n\n${steps}`)).toEqual([]);
    expect(flagged(steps)).toHaveLength(2);
  });

  it('reads one action a line in a list without bullets, noun phrases too', () => {
    expect(flagged(lines('Referral to the sleep clinic for Amy.', 'Tom (SW) to visit by 3 June.', 'Further work on budgeting.'))).toEqual([
      'who,when: Referral to the sleep clinic for Amy.',
      'who,what,when: Further work on budgeting.',
    ]);
  });

  it('reads a "What school will do next" heading as a plan wherever it stands, its subject as who by default', () => {
    const visit = '# Visit\n\nI saw Kai (8) at home. He said he likes drawing.\n\n';
    expect(flagged(`${visit}## What school will do next\n\n- Class teacher to keep an eye on Kai.\n- Mrs Bell will ring Mum every Friday.\n`)).toEqual([
      'what,when: Class teacher to keep an eye on Kai.',
    ]);
    expect(flagged(`${visit}## 4. What we will do\n\n- Look into a club for Kai.\n- Visit Kai every two weeks.\n`)).toEqual(['what,when: Look into a club for Kai.']);
    expect(flagged(`${visit}What Nan will do now:\n- Walk Kai to school.\n`)).toEqual(['when: Walk Kai to school.']);
    // What someone did, likes or would like is not a plan; nor what a child likes to do after a plan.
    expect(flagged(`${visit}## What Mum did\n\n- She rang school.\n`)).toEqual([]);
    expect(flagged(`${visit}## What Kai would like\n\n- Go swimming.\n`)).toEqual([]);
    expect(flagged(`${visit}## Next steps\n\n- Sam (SW) to visit by 3 June.\n\n## Things Kai likes to do\n\n- Play football with Sam.\n`)).toEqual([]);
  });

  it('reads "What we are going to do" and "What X will do (a note)" headings, and "Plans for …", as plans', () => {
    const visit = 'Visit\n\nI saw Kai (8) at home. He said he likes drawing.\n\n';
    expect(flagged(`${visit}## What we are going to do\n\n1. Nan will walk Kai to school every morning.\n2. Mum is going to look into a club for Kai.\n`)).toEqual([
      'what,when: Mum is going to look into a club for Kai.',
    ]);
    expect(flagged(`${visit}## What the professionals will do (agreed on the day)\n\n- Ring the school.\n`)).toEqual(['who,when: Ring the school.']);
    expect(flagged(`${visit}Plans for next month\n• Get his hair cut\n• Pete will take him swimming every Saturday.\n`)).toEqual(['who,when: Get his hair cut']);
    // What someone is going to miss, or did, is no plan.
    expect(flagged(`${visit}## What Kai is going to miss\n\n- Seeing his friends every day.\n`)).toEqual([]);
  });

  it('reads a table whose columns are "Action | Owner | Due"', () => {
    const text = 'Actions\n| No | Action | Owner | Due |\n|---|---|---|---|\n| 1 | Run checks on the car and tell the SW | DC Shah | 10/06/25 |\n| 2 | Referral to CAMHS | | |\n| 3 | Increase hours at the PRU | Jo Hill | |\n';
    expect(flagged(text)).toEqual(['who,when: | 2 | Referral to CAMHS | | |', 'when: | 3 | Increase hours at the PRU | Jo Hill | |']);
  });

  it('reads where a child will stay ("will remain with") and what a plan is for ("For Alfie to be happy") as no action', () => {
    expect(flagged(bullets('Isla will remain with her aunt under a care order.', 'Kai will remain at Oak House.', 'For Alfie to be happy and settled over Christmas.', 'For Mia to feel safe at home.'))).toEqual([]);
    // An arrangement kept, and an aim that is a task, are still read.
    const kept = flagged(bullets('Time with Dad will remain supervised.', 'For Mum to ring the school about the trip.'));
    expect(kept).toHaveLength(2);
    expect(kept[0]).toBe('who,when: Time with Dad will remain supervised.');
  });

  it('reads a condition that goes on after a comma ("If Kai is late, or Mum is worried, …") as one condition', () => {
    expect(flagged(bullets('If Jack is hurt again, or Mum feels she cannot keep everyone safe, she will ring Nadia the same day.', 'If Kai is late, or Nan is worried, Nan will ring the police straight away.'))).toEqual([]);
    expect(flagged(bullets('If Kai is late, and Nan cannot reach him, Nan will keep an eye on things.'))).toEqual(['what: If Kai is late, and Nan cannot reach him, Nan will keep an eye on things.']);
  });

  it('reads a service that should be given ("should be offered therapy") as a task whose giver is not named', () => {
    expect(flagged(bullets('Chloe should be offered therapy for her own childhood.', 'Kai should be referred to the sleep clinic by June.', 'Dad should be allocated a recovery worker.'))).toEqual([
      'who,when: Chloe should be offered therapy for her own childhood.',
      'who: Kai should be referred to the sleep clinic by June.',
      'who,when: Dad should be allocated a recovery worker.',
    ]);
    // What should be so, or how someone should feel or be treated, is no task.
    expect(flagged(bullets('Kai should be happy at school.', 'Mia should be in bed by 9pm on school nights.', 'Dad should be proud of how far he has come.', 'Nan could be offered a place if one comes up.'))).toEqual([]);
  });

  it('reads "should" with a verb of doing as a task set, as "will" is, and leaves looking back and comparing alone', () => {
    expect(flagged(bullets('Dad should continue to engage with the drug service.', 'The school should make a referral to the school nurse by Friday.', 'Mum should attend the Steps course, starting 4 March.', 'Somebody should find out where Leo goes after school.'))).toEqual([
      'what,when: Dad should continue to engage with the drug service.',
      'who: Somebody should find out where Leo goes after school.',
    ]);
    // Where a child should live, what should have been done, what is more than a child should have to bear.
    expect(flagged(bullets('Sam and Ellie should live together with their aunt.', 'Mum should have told the school about the bruise.', 'She does more than a girl of nine should have to.', 'If Mum should ring, staff will pass the message on by the end of the shift.'))).toEqual([]);
  });

  it('reads the plan a sentence introduces "as follows", in its paragraph or as the list under it', () => {
    const court =
      '7. Mum has not attended the drug screening.\n\n8. The local authority\'s interim care plan is as follows:\n\n   8.1 Leo will remain with Mr and Mrs Dunmore.\n   8.2 The local authority will commission a parenting assessment of Mr Price.\n   8.3 Mrs Dunmore will take Leo to see his father every Saturday.\n\n9. The local authority will ask the court to make an interim care order.\n';
    expect(flagged(court)).toEqual(['when: The local authority will commission a parenting assessment of Mr Price.']);
    const letter = 'Closing summary\n\nAisha has done well. The plan after closure, agreed at the last meeting on 17 October, is as follows. Aisha will keep the morning routine every school day. Mrs Okafor will meet Aisha to see how things are.\n\nIt has been a privilege to work with the family. I will miss them.\n';
    expect(flagged(letter)).toEqual(['when: Mrs Okafor will meet Aisha to see how things are.']);
    // No plan introduced: reasons, or what was explained.
    expect(flagged('Visit\n\nThe reasons are as follows: Mum will move to Leeds.\n\nThe plan was explained to Mum as follows: Jo will visit.\n')).toEqual([]);
  });

  it('reads a line that is only a name, written as a name elsewhere in the record, as who for the actions under it', () => {
    const story = 'Visit\n\nPam describes Courtney as a natural with the baby. Steve walks with Jamal most mornings.\n\n';
    expect(flagged(`${story}Next steps\n\nCourtney\n- Book the 9-month check with the HV before 14 March.\n\nJamal\n- Go to football every Saturday.\n`)).toEqual([]);
    // A word the record never writes as a name, or writes after "the", is no one: who stays missing.
    expect(flagged(`${story}Next steps\n\nKayleigh\n- Book the check before 14 March.\n`)).toEqual(['who: Book the check before 14 March.']);
    expect(flagged(`Visit\n\nMum met the Housing team at the hub.\n\nNext steps\n\nHousing\n- Book a viewing before 14 March.\n`)).toEqual(['who: Book a viewing before 14 March.']);
    expect(flagged(`${story}Next steps\n\nHealth\n- Book the check before 14 March.\n`)).toEqual(['who: Book the check before 14 March.']);
  });

  it('reads "sort out" as an effort with nothing to see done', () => {
    expect(flagged(bullets('Kez to sort out her bank account by Friday.', 'I will sort out my phone contract this month.', 'Mum to sort out the problems with the housing before Kai visits.'))).toEqual([
      'what: Kez to sort out her bank account by Friday.',
      'what: I will sort out my phone contract this month.',
      'what: Mum to sort out the problems with the housing before Kai visits.',
    ]);
    expect(flagged(bullets('Kez to sort her post into bills and letters every Sunday.', 'Kez to ring the bank by Friday to set up a direct debit.', 'Nan sorted out the spare room last week.'))).toEqual([]);
  });

  it('reads a month and its year ("May 2026") as a when', () => {
    const block = 'Plan\nWhat: Meet Nan to review the allowance.\nBy whom: Jo (SW)\nBy when: May 2026\n';
    expect(flagged(block)).toEqual([]);
    expect(flagged(bullets('Jo (SW) to review the allowance with Nan in May 2026.', 'Jo (SW) to review the allowance with Nan.'))).toEqual(['when: Jo (SW) to review the allowance with Nan.']);
  });

  it('reads a note-taker\'s "tmrw" as tomorrow', () => {
    expect(flagged(bullets('DS to ring the SW tmrw am.', 'DS to ring the SW about the trip.'))).toEqual(['when: DS to ring the SW about the trip.']);
  });

  it('does not take "before" or "after" that ends a clause for a time ("what happened before,")', () => {
    expect(flagged(bullets('Nan to keep a diary of what happened before, and what helped.', 'Nan to keep a diary of the evenings before contact.', 'Nan to ring Jo (SW) after contact.'))).toEqual([
      'when: Nan to keep a diary of what happened before, and what helped.',
    ]);
  });

  it('reads an instruction to a parent or a school as an action with no one named to do it', () => {
    expect(flagged(bullets('Ring Mum by Friday.', 'Email the school the dates by 3 June.', 'Sam (SW) to call Dad every Monday.', 'Call Dad every Monday.'))).toEqual([
      'who: Ring Mum by Friday.',
      'who: Email the school the dates by 3 June.',
      'who: Call Dad every Monday.',
    ]);
    expect(flagged(bullets('Tell SW about the upset at family time - Monday.', 'Jo to ring HV re weight by Friday.'))).toEqual(['who: Tell SW about the upset at family time - Monday.']);
    // A parent who acts, and what was done, are not instructions.
    expect(flagged(bullets('Mum rang school on Friday.', 'Dad to ring school every Monday.'))).toEqual([]);
  });

  it('leaves alone notes of what was done and statements of what is', () => {
    expect(flagged(lines('Bus pass form given.', 'School nurse informed at 2pm today.', 'The plan for Amy to stay with her nan is agreed by everyone.', 'There are no worries about the flat.'))).toEqual([]);
  });
});

describe('who', () => {
  it('reads a name or role set off by commas as the subject', () => {
    expect(flagged(bullets('Priya Das, family support worker, will visit every Monday.', 'The nurse at Oak Surgery, Mr Webb, will weigh Kai on 4 May.', 'Sam’s nan, Pat, to be told about the move.'))).toEqual([
      'who,when: Sam’s nan, Pat, to be told about the move.',
    ]);
  });

  it('does not read initials as "am" or a process word inside a role as the verb', () => {
    expect(flagged(bullets('AM to phone the school every Friday.', 'The family support worker will visit every Tuesday at 4pm.'))).toEqual([]);
    expect(flagged(bullets('The family support worker will support Mum.'))).toEqual(['what,when: The family support worker will support Mum.']);
  });

  it('keeps a passive about the plan as an action with no doer, but not a reported one', () => {
    expect(flagged(bullets('The safety plan will be shared with Nan by letter.'))).toEqual(['who,when: The safety plan will be shared with Nan by letter.']);
    expect(flagged(bullets('I told Dad that the plan will be looked at again in May.', 'The plan for Ava to live with her aunt is agreed.'))).toEqual([]);
  });

  it('needs no doer for an arrangement written without a verb that says what and when', () => {
    expect(flagged(lines('Swimming lessons on Saturday mornings at the leisure centre.', 'Two tea visits a month at the family centre, from June.'))).toEqual([]);
    expect(flagged(lines('Bereavement counselling for Ava.'))).toEqual(['who,when: Bereavement counselling for Ava.']);
  });
});

describe('goals and what may be', () => {
  it('leaves alone goals, needs and what should or could be', () => {
    expect(
      flagged(bullets('Ava will feel calmer at bedtime.', 'Mo will have more friends at school.', 'Jay needs to be home before dark.', 'Kit needs a bed of her own.', 'Dad should keep in touch with the school.', 'Her needs can be met by the school nurse.')),
    ).toEqual([]);
  });

  it('still reads actions with "have" that look after someone or make something happen', () => {
    expect(flagged(bullets('Nan will have Kit to stay on Fridays.', 'Aunt Jo will have Mo every other weekend.'))).toEqual([]);
    expect(flagged(bullets('Nan will have Kit to stay.'))).toEqual(['when: Nan will have Kit to stay.']);
  });
});

describe('when', () => {
  it('reads a day and month with no year, a named meeting and a series', () => {
    expect(flagged(bullets('Jo (SW) to send the minutes to Mum by 14/06.', 'Dad to bring the photos to the next session.', 'Mum to go to all the parents’ evenings and every review meeting.', 'Ben to ring Nan every other Sunday.', 'Mum to use the sticker chart every school morning.'))).toEqual([]);
  });

  it('reads money and hours by the week as how often', () => {
    expect(flagged(bullets('Dad to pay £25 a week towards school dinners.', 'The council to fund 10 hours a week of childcare.'))).toEqual([]);
    expect(flagged(bullets('Dad to pay towards school dinners.'))).toEqual(['when: Dad to pay towards school dinners.']);
  });

  it('reads "continue" with its object as the what, and "not to" as a standing rule', () => {
    expect(flagged(bullets('CAMHS to continue medication checks every month.', 'Mr Lee not to come to the house.'))).toEqual([]);
    expect(flagged(bullets('CAMHS to continue to monitor Ava.'))).toEqual(['what,when: CAMHS to continue to monitor Ava.']);
  });
});

describe('clauses that describe', () => {
  it('reads a rule whose "when" clause has "is" or "are", and a row starting with "Only"', () => {
    expect(flagged(bullets('No smoking in the flat when the baby is there, always.', 'Only see the children when Nan is with them, at all times.'))).toEqual([]);
    expect(flagged(bullets('Mum to support the children when they are at home.'))).toEqual(['what: Mum to support the children when they are at home.']);
  });

  it('leaves alone a sentence that opens like an instruction but describes', () => {
    expect(flagged(lines('Contact numbers for the family are at the end.', 'Review notes from May are in the file.', 'A brother and sister of eight and ten is often said to be hard to place.'))).toEqual([]);
    expect(flagged(lines('Contact the school about the trip.'))).toEqual(['who,when: Contact the school about the trip.']);
  });

  it('takes who from a later clause of an instruction, or from "with X doing" beside a passive', () => {
    expect(flagged(lines('Meet again on 4/06 at 10am, Jo to chair.', 'Ava’s plan to be reviewed in June, with Sam booking the room by 1 June.'))).toEqual([]);
    expect(flagged(lines('Meet again on 4/06 at 10am.'))).toEqual(['who: Meet again on 4/06 at 10am.']);
  });

  it('takes who from a passive’s agent with words describing it, but not from a time after "by"', () => {
    expect(flagged(lines('The twins will be looked after by a sober adult at all times.', 'Kai will be collected by his maternal grandmother every Friday at 3pm.', 'Ruby will be seen by the school nurse every Monday.'))).toEqual([]);
    expect(flagged(lines('Ruby will be seen by the end of the month.', 'The referral will be made by next Friday.'))).toEqual(['who: Ruby will be seen by the end of the month.', 'who: The referral will be made by next Friday.']);
  });

  it('reads a first-person wish as no action, but not a first-person plan', () => {
    expect(flagged(lines('I want to go to college in September.', 'I don’t want to move schools.', 'We would like more help with Kai’s sleep.'))).toEqual([]);
    expect(flagged(lines('I will ring Nan when I feel low.', 'I will tell my teacher about the bus.'))).toEqual(['when: I will tell my teacher about the bus.']);
  });

  it('reads what someone knows as no action, but not a plan to tell them', () => {
    expect(flagged(lines('Shanice knows she can text me at any time.', 'Mum understands she must ring the duty team first.', 'Kai knows he can go to his room when he is upset.'))).toEqual([]);
    expect(flagged(lines('Sam (SW) to make sure Mum knows who to ring.', 'Mum will ring the duty team.'))).toEqual(['what,when: Sam (SW) to make sure Mum knows who to ring.', 'when: Mum will ring the duty team.']);
  });

  it('reads an outcome in the plan shorthand as no action, but not a move or a task', () => {
    expect(flagged(lines('Kai to remain with his aunt under a special guardianship order.', 'Ava to feel safe at home.', 'Leo to thrive at his new school.'))).toEqual([]);
    expect(flagged(lines('Kai to move to his aunt’s.', 'Ava to tell Nan about school.'))).toEqual(['when: Kai to move to his aunt’s.', 'when: Ava to tell Nan about school.']);
  });

  it('reads a table whose action column is headed Target', () => {
    const text = 'Targets\n| Target | Who | By when |\n|---|---|---|\n| Move Ava’s seat nearer the board | Mr Grey | 3 June |\n| Keep an eye on her reading | Mr Grey | Ongoing |\n';
    expect(flagged(text)).toHaveLength(1);
  });
});

describe('more shapes', () => {
  it('reads "look at", "keep an eye on", "think about" and "manage" as efforts with nothing to see', () => {
    expect(flagged(bullets('Sam (SW) to look at nurseries near Gran’s by 2 May.', 'Jo to keep an eye on the rent arrears every week.', 'Dad to think about the course.', 'Carers will manage the phone time after the move.'))).toEqual([
      'what: Sam (SW) to look at nurseries near Gran’s by 2 May.',
      'what: Jo to keep an eye on the rent arrears every week.',
      'what,when: Dad to think about the course.',
      'what: Carers will manage the phone time after the move.',
    ]);
    expect(flagged(bullets('Sam (SW) to book the nursery visit by 2 May.'))).toEqual([]);
  });

  it('asks who for a one-off task written without a verb, not for a routine', () => {
    expect(flagged(lines('Next home visit due by 3 June.'))).toEqual(['who: Next home visit due by 3 June.']);
    expect(flagged(lines('Swimming on Saturday mornings at the leisure centre.'))).toEqual([]);
  });

  it('reads the subject after an "if" clause with no comma, and a passive "to be updated to include"', () => {
    expect(flagged(bullets('If the plan is not followed the council will consider court.', 'Leo’s care plan to be updated to include his sister.'))).toEqual([
      'what: If the plan is not followed the council will consider court.',
      'who,when: Leo’s care plan to be updated to include his sister.',
    ]);
    expect(flagged(bullets('The plan for Leo to stay with his aunt is agreed.'))).toEqual([]);
  });

  it('reads a line labelled "Action:" wherever it stands', () => {
    const text = 'Mia came back at 11pm and went straight to bed.\nAction: missing interview to be booked.\nShe was calm in the morning.\n';
    expect(flagged(text)).toEqual(['who,when: missing interview to be booked.']);
    expect(flagged('Mia came back at 11pm.\nOutcome: no further action.\n')).toEqual([]);
  });
});

describe('plan shorthand and plan documents', () => {
  it('reads a bare noun phrase or a proper name before "to", but not a wish', () => {
    expect(flagged(lines('Sibling time to continue every other Sunday.', 'Oakwood Youth Centre to look into a place for Ty.', 'Tea visits to move to the park.'))).toEqual([
      'what,when: Oakwood Youth Centre to look into a place for Ty.',
      'who,when: Tea visits to move to the park.',
    ]);
    expect(flagged(lines('Ty wants to live with his uncle.', 'Mum hopes to start college in September.'))).toEqual([]);
  });

  it('takes who for "X to meet on 3 May, Jo to chair"', () => {
    expect(flagged(lines('Core group to meet on 3 May at 2pm, Jo to chair.'))).toEqual([]);
  });

  it('leaves narrative sentences in a plan section alone', () => {
    expect(flagged(lines('She supports her brother at school every day.', 'Contact with Dad went well on Friday.', 'The flat remains tidy.'))).toEqual([]);
  });

  it('leaves a view someone holds alone, but not an action about one', () => {
    expect(flagged(lines('I believe that the facts stated in this report are true.', 'We think the move to Nan’s went well for her.', 'Mum feels the new routine is working.'))).toEqual([]);
    expect(flagged(lines('Mum to think about the dates and tell Sam.', 'Sam (SW) to check that Dad knows the new address by Friday.', 'Kai will feel safer at night.'))).toEqual(['when: Mum to think about the dates and tell Sam.']);
  });

  it('reads "What next" as a plan heading', () => {
    expect(flagged('Notes\nKai was tired.\n\nWhat next\n1. Kai’s nan to ring school.\n2. Jo (SW) to visit on 2 May.\n')).toEqual(['when: Kai’s nan to ring school.']);
  });

  it('reads a Who / What / When table wherever it stands, under headings that name a topic', () => {
    const text = [
      '# Moving on: Sam (17)',
      '',
      '## Where I live',
      'Sam lives at Hill House and likes his room.',
      '',
      '| Who | What | When |',
      '|---|---|---|',
      '| Jo (PA) | Ask Hill House to mend Sam’s window | By 21 March |',
      '| | Housing register application | |',
      '',
      '## Health',
      '| Who | What | When |',
      '|---|---|---|',
      '| Sam | Register with a dentist near Hill House | TBC |',
      '| Jo and Sam | Book Sam’s eye test at the optician on Kirk Street | By 4 April |',
      '',
    ].join('\n');
    expect(flagged(text)).toEqual(['who,when: | | Housing register application | |', 'when: | Sam | Register with a dentist near Hill House | TBC |']);
  });

  it('reads a table of targets beside their actions: the target is what the action is for, and a target alone sets none', () => {
    const text = [
      'Plan',
      '| Target | What will happen | Who | By when |',
      '|---|---|---|---|',
      '| Spelling | Ten minutes of spellings after school | Nan | Every school day |',
      '| Making friends | | Mr Cole (teacher) | By half term |',
      '| Be happy at school | | | |',
      '',
    ].join('\n');
    expect(flagged(text)).toEqual(['what: | Making friends | | Mr Cole (teacher) | By half term |']);
    // With no column of actions, the target is the what.
    expect(flagged('Plan\n| Target | Who | When |\n|---|---|---|\n| Walk to school with Kai | Nan | Every morning |\n| Join a club | | |\n')).toEqual([
      'who,when: | Join a club | | |',
    ]);
  });

  it('reads an aim, a need for someone who can help, and a wish in a row with no one beside it as no action', () => {
    expect(flagged(bullets('Our aim is that by the autumn Kai will be home.', 'The aim is for Kai to be home by the autumn.', 'We hope that Nan will collect Kai on Fridays.', 'Noah needs adopters who can help him with change.', 'Kai needs a carer who will take him to football.'))).toEqual([]);
    expect(flagged(table('| Ellie would like to see Owain more often |'))).toEqual([]);
    // Someone who will act, with the one who helps named in a clause; a wish with a doer beside it; the plan itself.
    expect(flagged(bullets('Jo (SW) will find a club which will take Kai.', 'Mum aims to get Kai to school by 8.45 every day.'))).toEqual(['when: Jo (SW) will find a club which will take Kai.']);
    expect(flagged(table('Jo | Dad is working nights | Every week'))).toEqual(['what: | Jo | Dad is working nights | Every week |']);
  });

  it('reads the short forms of days and a time with a dot after "at" or "by" as a when', () => {
    expect(flagged(bullets('Sam to take Jordan to the dentist Thurs 9.15.', 'Staff to ring Mum Weds.', 'Jo (SW) to collect the forms from Nan at 10.30.', 'Nan to bring Kai back by Sat.'))).toEqual([]);
    // A day or a week named as whose: "at the start of Thursday's session", "before next week's review".
    expect(flagged(bullets("Jo to show Mum how to make up a bottle at the start of Thursday's session.", "Jo to send the notes before next week's review."))).toEqual([]);
    expect(flagged(bullets("Jo to talk to Kai about Friday's trip.", "Jo to read Mum's notes."))).toEqual(["when: Jo to talk to Kai about Friday's trip.", "when: Jo to read Mum's notes."]);
    // Money, "sun cream", "sat" and a bare number with a dot: no when.
    expect(flagged(bullets('Nan to pay £2.50 for the trip.', 'Staff to put sun cream on Kai.', 'Jo (SW) to read section 2.14 of the report.'))).toEqual([
      'when: Nan to pay £2.50 for the trip.',
      'when: Staff to put sun cream on Kai.',
      'when: Jo (SW) to read section 2.14 of the report.',
    ]);
  });

  it('reads a time that is what someone talks about ("about Christmas", "re half term") as no when', () => {
    expect(flagged(bullets('Jo (SW) to talk to Kai about the summer holidays.', 'Jo (SW) to ring Mum re half term.', 'Sam, please can you check with Nan what was said about Christmas?'))).toEqual([
      'when: Jo (SW) to talk to Kai about the summer holidays.',
      'when: Jo (SW) to ring Mum re half term.',
      'when: Sam, please can you check with Nan what was said about Christmas?',
    ]);
    // A when beside the topic still counts.
    expect(flagged(bullets('Jo (SW) to ring Mum about the review by Friday.', 'Jo (SW) to ring Mum on Friday about the trip.', 'Nan to take Kai to the dentist before Christmas.'))).toEqual([]);
  });

  it('reads doing more of something, with nothing to see or count, as missing a what', () => {
    expect(flagged(bullets('Everyone to communicate better.', 'Parents to listen more by June.', 'Nan to try harder every week.'))).toEqual([
      'what: Everyone to communicate better.',
      'what: Parents to listen more by June.',
      'what: Nan to try harder every week.',
    ]);
    // More of something countable, or more often: the what is there.
    expect(flagged(bullets('Kai to read more books with Nan every night.', 'Dad to ring more often, every Sunday.', 'Mum to drink more water every day.'))).toEqual([]);
  });

  it('reads a limit on what is possible ("can only") as no task', () => {
    expect(flagged(bullets('Oak House can only support Sam until his birthday.', 'The carers could only take one child.', '**Nights away** – the unit can only help with nights in the holidays.'))).toEqual([]);
    // What someone will do, only so: still a task.
    expect(flagged(bullets('Mum will only ring from the office.', 'Oak House can support Sam until his birthday.'))).toEqual([
      'when: Mum will only ring from the office.',
      'what: Oak House can support Sam until his birthday.',
    ]);
  });

  it('reads the date of the next meeting on a line or in a row as no task, and short forms of weeks and months as a when', () => {
    expect(flagged(lines('Next visit in 4 wks.', 'Next core group meeting 14 May.'))).toEqual([]);
    expect(flagged(table('All | Next review | In 3 months', 'OT | Funding request to the housing panel | Next panel', 'Next TAF meeting | | 3 June, 3.30pm'))).toEqual([]);
    expect(flagged(table('Jo (FSW) | | 3 June'))).toEqual(['what: | Jo (FSW) | | 3 June |']);
    expect(flagged(lines('Jo (SW) to ring Nan in 2 wks.', 'Nan to send the form within 3 mths.'))).toEqual([]);
    // Still tasks: booking the next meeting, and a task with no when.
    expect(flagged(lines('Book the next visit by Friday.', 'Jo (SW) to ring Nan.'))).toEqual(['who: Book the next visit by Friday.', 'when: Jo (SW) to ring Nan.']);
  });

  it('leaves alone tables that are not plans, and reads a plan section\'s table once', () => {
    const facts = '# Moving on: Sam (17)\n\n| | |\n|---|---|\n| **Name** | Sam Reid |\n| **Worker** | Jo Bell |\n\n## Who to ring\n| Who | Phone |\n|---|---|\n| Jo | 01234 567890 |\n';
    expect(flagged(facts)).toEqual([]);
    expect(flagged(table('Sam | Register with a dentist | TBC'))).toEqual(['when: | Sam | Register with a dentist | TBC |']);
    // An adjective in un- is no note of something done: the row still plans its visits.
    expect(flagged(table('RK | Home visits, one unannounced | Fortnightly', 'Dad | Time with the children, unsupervised | Every Saturday'))).toEqual([]);
    // A participle inside a noun phrase describes its noun; a month's meeting is a when.
    expect(flagged(table('NC / GL | Only an adult (NC or a named adult) to collect Amelia from nursery | Every day', 'Priya (SW) | Options to go to the transitions panel | May panel', 'Priya (SW) | Options to go to the transitions panel | TBC'))).toEqual([
      'when: | Priya (SW) | Options to go to the transitions panel | TBC |',
    ]);
    // A header with nothing under it plans nothing.
    expect(flagged('Notes\nWho | What | When\nSam was seen at school on Monday and was cheerful.\n')).toEqual([]);
  });

  it('leaves the lines that say who wrote, signed or dated a plan alone', () => {
    const text = 'SUPPORT PLAN FOR KAI AND HIS NAN\n\nWritten by: Sarah Bell, Social Worker, Kinship Support Team\nPrepared by: the Family Support Team\nSigned: Jo Hill (team manager)\n\n- Sarah will ring Nan every Monday.\n- Support Nan with the forms.\n';
    // Only the vague action is flagged (its who may come from the title), not the field lines above it.
    expect(flagged(text).map((line) => line.slice(line.indexOf(': ') + 2))).toEqual(['Support Nan with the forms.']);
    // A line labelled with who acts is still an action.
    expect(flagged(bullets('Nan: ring the school by Friday.', 'Sarah: support Nan.')).map((line) => line.slice(line.indexOf(': ') + 2))).toEqual(['Sarah: support Nan.']);
  });

  it('reads who written beside a dash or as initials, before or after the action', () => {
    const log = 'Handover\n\nActions:\n- TR - send Gran the photos from the trip\n- Ring the dentist Weds 10am - AB\n- LK/PO - look at options for the summer\n- Sami – book the taxi for Monday 8am\n';
    expect(flagged(log)).toEqual(['when: TR - send Gran the photos from the trip', 'what,when: LK/PO - look at options for the summer']);
    expect(flagged(bullets('JH: book the review room for 4 June.', 'JH: ring the school.'))).toEqual(['when: JH: ring the school.']);
    // Words beside a dash that are more than who are no label: the line is read whole, as before.
    expect(flagged(bullets('Half term - Nan to have the children Monday to Wednesday.', 'Education - referral to the Pathways taster day.', 'Mum moving house - ask her about the new address.'))).toEqual([
      'who,when: Education - referral to the Pathways taster day.',
      'when: Mum moving house - ask her about the new address.',
    ]);
  });

  it('takes no one from the capitalised nouns of a heading in title case', () => {
    const rows = '| What needs to happen | Who | By when |\n|---|---|---|\n| Refer Mum to the IDVA service | | by 21 March |\n';
    expect(flagged(`Child Protection Plan\n\n${rows}`)).toEqual(['who: | Refer Mum to the IDVA service | | by 21 March |']);
    expect(flagged(`Safety Arrangements\n\n${rows}`)).toEqual(['who: | Refer Mum to the IDVA service | | by 21 March |']);
    // A heading that is a name the record uses still gives its actions a who.
    expect(flagged('Visit\nI met Courtney at college on Monday.\n\nPlan\n\nCourtney\n- Ring the college by Friday.\n')).toEqual([]);
  });

  it('takes a process word in title case inside a line for part of a name, and reads more ways of saying when', () => {
    expect(flagged(bullets('The Family Support Team will ring Nan on Friday.', 'The Family Support Team will support Nan with the forms.', 'Support Nan with the forms.'))).toEqual([
      'what,when: The Family Support Team will support Nan with the forms.',
      'who,what,when: Support Nan with the forms.',
    ]);
    expect(flagged(bullets('Jo will review how family time is going at the six-month point.', 'Mum will send his medicines with him each stay.', 'Harley will continue weekly sessions at Little Steps until July.', 'Harley will continue at Little Steps.'))).toEqual(['what,when: Harley will continue at Little Steps.']);
  });

  it('reads consent and what someone knows as no task, and a hearing as a when', () => {
    expect(flagged(bullets('Mum has agreed to this plan.', 'Dad said he was cross but agreed to the plan.', 'Nan and Grandad know that asking for help will not count against them.', 'Mum agreed to ring the school.'))).toEqual(['when: Mum agreed to ring the school.']);
    expect(flagged(bullets('The council will pay a settling-in grant by the date of the final hearing.', 'Dad to file his statement before the next hearing.'))).toEqual([]);
  });

  it('reads "someone needs to" as a task whose doer is still to be found, and "in 72hrs" as a when', () => {
    expect(flagged(bullets('Someone needs to ring Mum about the Saturday visit.', 'Somebody needs to check the rota by Friday.', 'Kai needs to be home by 9pm.', 'Mum needs to keep her appointments.'))).toEqual([
      'who,when: Someone needs to ring Mum about the Saturday visit.',
      'who: Somebody needs to check the rota by Friday.',
    ]);
    expect(flagged(bullets('Return interview to be offered within 72hrs.', 'Dad to ring the ward in 24hrs.', 'Nan to send the forms within 2wks.'))).toEqual(['who: Return interview to be offered within 72hrs.']);
  });

  it('reads what is made sure of as the what, when it is something done', () => {
    expect(flagged(bullets('Nan to make sure Ava goes to bed by 8pm on school nights.', 'Parents to ensure Connor attends his dental appointment.', 'Mum to ensure the children are safe.', "Dad to ensure Kai's needs are met.", 'Staff to make sure Leo feels listened to.'))).toEqual([
      'when: Parents to ensure Connor attends his dental appointment.',
      'what,when: Mum to ensure the children are safe.',
      "what,when: Dad to ensure Kai's needs are met.",
      'what,when: Staff to make sure Leo feels listened to.',
    ]);
  });

  it('leaves alone the goals a label names and notices that a paper will follow', () => {
    expect(flagged(bullets('Outcome 2: Mia lives in a home free from shouting.', 'Aim: Dad to stay sober.', '**What we want:** Jess and Kai to stay at home with Mum.', 'Minutes to follow.', 'Full report to follow by Friday.'))).toEqual([]);
    // Other labels, and a person who is to follow something, are read as before.
    expect(flagged(bullets('Action: Mum to ring the GP.', 'Outcomes review: SW to book the room.', 'Dad to follow the safety plan.'))).toEqual(['when: Action: Mum to ring the GP.', 'when: Outcomes review: SW to book the room.', 'when: Dad to follow the safety plan.']);
  });

  it('does not take the verbs after "what", "how" or "whether" for what will be done', () => {
    expect(flagged(bullets('Kai to think about what he wants to do after the order.', 'Nan to look at how to get Kai to college.', 'Mum to ask the school what she needs to bring by Friday.'))).toEqual([
      'what: Kai to think about what he wants to do after the order.',
      'what,when: Nan to look at how to get Kai to college.',
    ]);
  });

  it('leaves out why there is a plan when it reads a whole record titled as one', () => {
    const record = (why: string) => {
      const text = `Child in need plan for Kai\nAgreed with Mum on 4 March.\n\n${why}\nSchool referred in May. With the right help Mum will be able to get Kai to school.\n\nGetting to school\n- Mum will walk Kai to school.\n`;
      const headings = ['Child in need plan for Kai', why, 'Getting to school'].map((title, k) => ({ start: text.indexOf(title), end: text.indexOf(title) + title.length, depth: k === 0 ? 1 : 2 }));
      return flagged(text, { headings });
    };
    expect(record('Why we are working with the family')).toEqual(['when: Mum will walk Kai to school.']);
    expect(record('Home life')).toEqual(['when: With the right help Mum will be able to get Kai to school.', 'when: Mum will walk Kai to school.']);
  });

  it('reads a record whose first line names it a plan, with a condition line as the when of the lines below', () => {
    const text = 'MY PLAN FOR STAYING SAFE - Kai (12)\n\nIf I feel angry\n- I will go to my room and play music.\n- Nan will give me space.\n\nOther things\n- I will tell Nan about school.\n\nCopy to Nan and to my social worker.\n';
    expect(flagged(text)).toEqual(['when: I will tell Nan about school.']);
  });
});

describe('clauses inside an action, conditions before it, names before "not to", recommendations', () => {

  it('reads an instruction whose object is a "whether", "what" or "how" clause with a verb of its own', () => {
    expect(
      flagged(
        table(
          'KD | Ask Nan whether the school has her new number | By Friday',
          'Sam (SW) | Send home a note of what Lily did at the farm | After each visit, from March',
          'Jo | Show Dad how the stair gate is fitted | At the visit on 3 May',
        ),
      ),
    ).toEqual([]);
    expect(flagged(lines('Ask Dad what was agreed at the meeting by Friday.'))).toEqual(['who: Ask Dad what was agreed at the meeting by Friday.']);
  });

  it('still leaves alone lines that describe, with such a clause inside them', () => {
    expect(flagged(lines('Notes of what was agreed are in the file.', 'How Kai gets to school is still being worked out.', 'Ideas about what Ty likes are on the last page.'))).toEqual([]);
    expect(flagged(table('Jo | Look into whether the club has places | By 30 May'))).toEqual(['what: | Jo | Look into whether the club has places | By 30 May |']);
  });

  it('reads a What cell written as a noun phrase with such a clause as the what', () => {
    expect(
      flagged(table('Nan | Photo album of what Kai did at nursery | Every Friday', 'Jo | Letter to Mum about what was agreed | By 3 June', 'Carers | A note of how the night went | Every morning')),
    ).toEqual([]);
  });

  it('reads needs that will be met and what must come first as outcomes, not tasks', () => {
    expect(flagged(bullets("Leo's health needs will be met, including his checks and jabs.", "Freddie's needs must come first.", 'His needs will be met at Oakdene.'))).toEqual([]);
    expect(flagged(bullets('Kai will be met from school by Nan every Friday.', 'Mum will meet the dentist.'))).toEqual(['when: Mum will meet the dentist.']);
  });

  it('reads a run of days as how often', () => {
    expect(flagged(table('Sam | Go to ESOL at Hartfield College, Mon–Thu 9.30–12.30 | Ongoing', 'Nan | Make Sam’s tea Monday to Friday | Ongoing', 'Jo | Ring Nan, Mon-Fri | Ongoing'))).toEqual([]);
    expect(flagged(table('Sam | Go to ESOL at Hartfield College | Ongoing'))).toEqual(['when: | Sam | Go to ESOL at Hartfield College | Ongoing |']);
  });

  it('reads a What cell that checks a clause written without "that" as the what', () => {
    expect(flagged(table("Jo | Check Sam's letter is on his file | By 31 January", 'Jo | Confirm the taxi is booked for Monday | By Friday'))).toEqual([]);
    expect(flagged(table('Jo | The taxi is booked for Monday | By Friday'))).toEqual(['what: | Jo | The taxi is booked for Monday | By Friday |']);
  });

  it('still asks for a what when a What cell only describes, and leaves such a phrase alone outside a table', () => {
    expect(flagged(table('Jo | Dad is working nights | Every week', 'Jo | Mum has a new flat | 1 June'))).toEqual(['what: | Jo | Dad is working nights | Every week |', 'what: | Jo | Mum has a new flat | 1 June |']);
    expect(flagged(lines('Notes of how the night went are kept in the diary.'))).toEqual([]);
  });

  it('reads the doer after a condition when "then" comes later, inside the action', () => {
    expect(
      flagged(
        bullets(
          'If Kai is not home by 9pm, Nan will text him and then the school, and will ring the police.',
          'If the bus does not come, Dad will drive Ava in and then ring the office, and will tell Mum.',
          'When Mia is unwell, Gran will take her to the GP and then let school know, and will ring Mum.',
        ),
      ),
    ).toEqual([]);
  });

  it('still ends a condition at "then" before any comma, and keeps a passive after it doerless', () => {
    expect(flagged(bullets('If Mum has been drinking then Nan will collect the children.', 'If Sam has not slept by 11pm, Gran will ring the out-of-hours team.'))).toEqual([]);
    expect(flagged(bullets('If Kai is late, then the police will be called.'))).toEqual(['who: If Kai is late, then the police will be called.']);
  });

  it('reads a first name before "not to" as who', () => {
    expect(flagged(bullets('Marek not to have the children overnight until the court decides.', 'Leon not to drive Ava anywhere until his ban ends.', 'Shannon not to bring her new partner to family time.'))).toEqual([]);
  });

  it('reads a first name before "and" at the start of a line as who, not a common noun', () => {
    expect(flagged(bullets('Marek and Sam to visit the school on Friday 12 May.', 'Holly and Dad will take the boys swimming on Saturday 14 June.', 'Hunter and Mum to plant the seeds on Sunday 8 June.'))).toEqual([]);
    expect(flagged(bullets('Referrals and benefits to be looked into by 30 May.', 'Arrangements and phone calls to be made by Friday.'))).toEqual([
      'who,what: Referrals and benefits to be looked into by 30 May.',
      'who: Arrangements and phone calls to be made by Friday.',
    ]);
    // A heading's words give no one to the lines under it.
    expect(flagged('Recommendations and plan\n- Ring Gran about the holiday dates.\n- Send Dad the school photos.\n')).toEqual([
      'who,when: Ring Gran about the holiday dates.',
      'who,when: Send Dad the school photos.',
    ]);
  });

  it('reads the person a request is addressed to as who', () => {
    expect(flagged(bullets('Rhodri, please can you ask Mum about the Easter plans by Friday?', 'Sam, can you book the dentist for Ava by 30 May?', 'The school nurse, please can you see Kai on Tuesday 3 June?'))).toEqual([]);
    // No one addressed: "you" alone names no one.
    expect(flagged(bullets('Can you ask Mum about the Easter plans by Friday?', 'Can you book the dentist for Ava by 30 May?'))).toEqual([
      'who: Can you ask Mum about the Easter plans by Friday?',
      'who: Can you book the dentist for Ava by 30 May?',
    ]);
  });

  it('leaves a question about what is so alone, and reads a request as an action', () => {
    expect(flagged(bullets('Is the taxi booked for Monday?', 'Has Mum got the new contact dates?', 'Did school get the referral form?'))).toEqual([]);
    expect(flagged(bullets('Can you ring the school about the trip?', 'Could the school nurse see Ava on Tuesday 3 June?', 'Could Dad bring the birth certificate on Friday 6 June?'))).toEqual([
      'who,when: Can you ring the school about the trip?',
    ]);
  });

  it('reads the subject before a relative clause set off by commas ("Jo, who is the SW, will visit") as who', () => {
    expect(flagged(bullets('Jo, who is the SW, will visit Kai every two weeks.', 'Nan, who lives nearby, will collect Ava from school every Friday.', 'Mr Shah, who chairs the panel, will write to Dad.'))).toEqual([
      'when: Mr Shah, who chairs the panel, will write to Dad.',
    ]);
    // The clause lends no name to what names no one, nor to a passive whose doer is hidden.
    expect(flagged(bullets('Services, which have known the family for years, will visit Kai every month.', 'The plan, which Mum agreed today, will be reviewed on 3 June.'))).toEqual([
      'who: Services, which have known the family for years, will visit Kai every month.',
      'who: The plan, which Mum agreed today, will be reviewed on 3 June.',
    ]);
  });

  it('reads "someone" or "somebody" as naming no one, and a named helper as who', () => {
    expect(flagged(bullets('Someone to ring the dentist by Friday.', 'Somebody from the team will take Kai to football every Saturday.', 'Someone will check the smoke alarm on Monday.'))).toEqual([
      'who: Someone to ring the dentist by Friday.',
      'who: Somebody from the team will take Kai to football every Saturday.',
      'who: Someone will check the smoke alarm on Monday.',
    ]);
    // Someone named by a role, a standing rule for anyone, and "someone" as the one helped: who is there.
    expect(flagged(bullets('Gran will find someone to mind the baby on Tuesdays.', 'Anyone who looks after Kai will keep his inhaler with him at all times.', 'Jo (SW) will help Mia find someone to talk to at school by half term.'))).toEqual([]);
  });

  it('does not take a word that names no one before "not to" for a name', () => {
    expect(flagged(bullets('Contact not to take place at the flat.', 'Phones not to go upstairs at night.'))).toEqual(['who: Contact not to take place at the flat.', 'who: Phones not to go upstairs at night.']);
    expect(flagged(bullets('Alcohol not to be brought into the house.'))).toEqual([]);
  });
  it('reads a recommendation of a decision to a panel or court as no action', () => {
    expect(
      flagged(
        bullets(
          'I recommend that Mr and Mrs Okafor are approved as foster carers for Dami.',
          'We recommend Kai remains with his aunt under a special guardianship order.',
          'The social worker recommends that the children stay with their nan.',
        ),
      ),
    ).toEqual([]);
  });

  it('still reads a recommended task, or a task to recommend, as an action', () => {
    expect(flagged(bullets('I recommend a referral to the sleep clinic.', 'Sam (SW) to recommend a nursery place to the panel.', 'We recommend Mum to attend the parenting course.'))).toEqual([
      'when: I recommend a referral to the sleep clinic.',
      'when: Sam (SW) to recommend a nursery place to the panel.',
      'when: We recommend Mum to attend the parenting course.',
    ]);
  });
  it('reads something new or more that "needs to be" done, with no one named, as a task without a doer', () => {
    expect(flagged(bullets('Further work needs to be done on the budget with Mum.', 'A referral to the sleep clinic needs to be made.', 'A new bed needs to be bought for Kai.'))).toEqual([
      'who,when: Further work needs to be done on the budget with Mum.',
      'who,when: A referral to the sleep clinic needs to be made.',
      'who,when: A new bed needs to be bought for Kai.',
    ]);
  });

  it('still leaves alone what a person needs and a worry about what is already there', () => {
    expect(flagged(bullets('Jay needs to be kept safe at all times.', 'The twins need to be collected on time.', 'Two bruises in a month still need to be looked at carefully.'))).toEqual([]);
  });
});

describe('"Will" opening a line, passives of help, and requests that name who is asked', () => {
  /** A visit note whose plan has one bullet per action, as records are written. */
  const plan = (...actions: string[]) => `Visit to Kai and Mia at home\nKai showed me his new bike.\n\nPlan\n${actions.map((action) => `- ${action}`).join('\n')}\n`;
  /** Who each flagged action names, as "who: text" ("-" when none). */
  const who = (text: string) =>
    run(text)
      .messages.filter((message) => message.ruleId === 'incomplete-action')
      .map((message) => `${(message as { data?: { who?: string } }).data?.who ?? '-'}: ${message.actual ?? ''}`);

  it('reads "Will" as a first name when a surname, a role, "to" and a verb, "and", or a verb of its own follows', () => {
    const text = plan(
      'Will Okoro (family support worker) to take Mia to the dentist on 3 June.',
      'Will to ring his nan every Sunday evening.',
      'Will and Mum will go to the school open evening on 12 June.',
      'Will, the youth worker, will meet Kai at the library every Tuesday at 4pm.',
      'Will Okoro will ring Mum.',
    );
    expect(flagged(text)).toEqual(['when: Will Okoro will ring Mum.']);
    expect(run(text).metrics).toEqual({ actions: 5, complete: 4, vague: 0 });
  });

  it('reads "Will" as asking when a subject, a bare verb and a question mark follow', () => {
    const text = plan('Will Nan collect Ava from school on Friday 6 June?', 'Will Dad ring Ava every Sunday?', 'Will the school nurse weigh Kai?');
    expect(who(text)).toEqual(['school nurse: Will the school nurse weigh Kai?']);
    expect(run(text).metrics).toEqual({ actions: 3, complete: 2, vague: 0 });
  });

  it('leaves alone what "Will" is or did, and still reads "Will you …?" and a "Will" with no subject as naming no one', () => {
    expect(flagged(plan('Will is doing well at his new school.', 'Will went to the cinema with Dad on Saturday.', 'Will has his own room at Nan’s.', 'Will likes his new teacher.'))).toEqual([]);
    expect(flagged(plan('Will you ring Mum on Friday 6 June?', 'Will visit Mum every Friday.', 'Will’s nan will collect him every Friday.'))).toEqual([
      'who: Will you ring Mum on Friday 6 June?',
      'who: Will visit Mum every Friday.',
    ]);
  });

  it('reads a line that opens "Could" or "Would" as a request to whoever it names, with or without a question mark', () => {
    expect(flagged(plan('Could school let me know if there are any more incidents.', 'Would Dad bring the forms on Friday.', 'Could Nan ring me about the trip'))).toEqual([
      'when: Could school let me know if there are any more incidents.',
      'when: Could Nan ring me about the trip',
    ]);
    // What might have been, what may be, and an option: no request.
    expect(flagged(plan('Could Mum have done more.', 'It could be that Dad moves out.', 'Mum could ring the duty line.'))).toEqual([]);
  });

  it('reads a passive of help with no one named ("should be supported to", "needs to be helped to") as missing who', () => {
    expect(
      flagged(
        plan(
          'Kai should be supported to join the drama club at school.',
          'Dad will be encouraged to attend the fathers’ group every Thursday.',
          'Mia needs to be helped to catch the bus on her own by 18 July.',
          'Mum to be supported to register with a GP.',
        ),
      ),
    ).toEqual([
      'who,when: Kai should be supported to join the drama club at school.',
      'who: Dad will be encouraged to attend the fathers’ group every Thursday.',
      'who: Mia needs to be helped to catch the bus on her own by 18 July.',
      'who,when: Mum to be supported to register with a GP.',
    ]);
  });

  it('reads help to be had with no one named ("should have support to", "will get help to") as missing who', () => {
    expect(flagged(plan('Kai should have support to join the drama club by June.', 'Mia will get help to catch the bus every morning.', 'Dad will receive support to fill in the housing forms by Friday.'))).toEqual([
      'who: Kai should have support to join the drama club by June.',
      'who: Mia will get help to catch the bus every morning.',
      'who: Dad will receive support to fill in the housing forms by Friday.',
    ]);
    // A giver named, help with a thing, or a support worker who is there: no missing who.
    expect(flagged(plan('Mum will get help with the forms from Jo (FSW) by Friday.', 'Kai will have his support worker with him at school every day.', 'Jo (FSW) will help Dad to fill in the forms by Friday.'))).toEqual([]);
  });

  it('takes who from the agent of a passive of help, and leaves other passives, goals and needs as they were', () => {
    const text = plan('Dad will be supported by Priya Shah (family support worker) to fill in the housing forms.', 'Dad will be asked to leave the house if he has been drinking.');
    expect(who(text)).toEqual(['Priya Shah: Dad will be supported by Priya Shah (family support worker) to fill in the housing forms.']);
    expect(flagged(plan('Kai should keep in touch with his nan.', 'Jay needs to be kept safe at all times.', 'Mia should be in bed by 9pm on school nights.'))).toEqual([]);
    expect(flagged(plan('Support to be offered.'))).toEqual(['who,when: Support to be offered.']);
  });

  it('reads a request with a named subject ("Could Nan …?", "Can Dad …?") as an action with that subject as who', () => {
    const text = plan(
      'Could Nan pick Ava up from school on Friday 6 June?',
      'Would the school nurse weigh Kai every month?',
      'Can Dad bring the birth certificate to the next visit on 3 June?',
      'Could school send the reading records to Jo?',
    );
    expect(who(text)).toEqual(['school: Could school send the reading records to Jo?']);
    expect(flagged(text)).toEqual(['when: Could school send the reading records to Jo?']);
    expect(run(text).metrics).toEqual({ actions: 4, complete: 3, vague: 0 });
  });

  it('still reads "Can you …?" and "Could you …?" as naming no one, and leaves a question about a wish or a state alone', () => {
    expect(flagged(plan('Can you ring the school about the trip?', 'Could you send Mum the minutes by Friday 9 May?'))).toEqual([
      'who,when: Can you ring the school about the trip?',
      'who: Could you send Mum the minutes by Friday 9 May?',
    ]);
    expect(flagged(plan('Would Mum like more help with the forms?', 'Would you like to come to the review?', 'Could Kai have more time with his brother?', 'Is the taxi booked for Monday?'))).toEqual([]);
  });
});
