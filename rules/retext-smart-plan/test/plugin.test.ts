import { describe, expect, it } from 'vitest';
import retextSmartPlan from '../src/index.js';
import { at, lines, run } from './run.js';

const SEED_VAGUE = 'Mum and Dad continue to work with services to address their alcohol use, to keep Billy and Angie safe';

const SEED_SPECIFIC = [
  'No-one will drink any alcohol in the family home',
  'No alcohol will be kept at the family home',
  'If anyone arrives at the family home and they have been drinking then Mum will ask them to leave and they will not be allowed in',
  'Even if this is someone we love they will still not be allowed in or to take Billy and Angie out',
  'If Dad turns up and he has been drinking and will not leave then Mum will call the police.',
  'If Mum drinks any alcohol at home, even if it is a little bit then Billy will call Nan who will come over and stay with the children and Mum will have to leave',
  "Even if Billy thinks Mum has been drinking he can still call Nan and no one will tell him off even if Mum hasn't.",
  'Nan agrees that she will call Mum twice a day to check that she has not been drinking, once before Mum is due to pick the children up from school and once in the evening.',
  'If Mum has been drinking then Nan agrees that she will pick the children up from school and take them home and Mum agrees to go elsewhere',
];

/** A plan section with one bullet per action. */
const plan = (...actions: string[]) => `Plan\n${actions.map((action) => `- ${action}`).join('\n')}\n`;

describe('retext-smart-plan', () => {
  it('is a unified plugin', () => {
    expect(typeof retextSmartPlan).toBe('function');
    expect(typeof retextSmartPlan()).toBe('function');
  });

  it('reports an incomplete action with every field of the message contract', () => {
    const { messages } = run(plan(SEED_VAGUE));
    expect(messages).toHaveLength(1);
    const message = messages[0]!;
    expect(message.source).toBe('retext-smart-plan');
    expect(message.ruleId).toBe('incomplete-action');
    expect(message.reason).toBe(
      'This action does not say what will be done that others can see or when it will happen, and \u201cservices\u201d names no one: who will do what, by when?',
    );
    expect(message.actual).toBe(SEED_VAGUE);
    expect(message.expected).toEqual([]);
    expect(message.url).toBe('docs/rules/smart-plan.md#incomplete-action');
    expect(message.fatal).toBe(false);
    expect(message.place).toMatchObject({ start: { line: 2, column: 3, offset: 7 }, end: { line: 2, column: 3 + SEED_VAGUE.length } });
    expect(message.note).toContain('\u201ccontinue\u201d, \u201cwork with\u201d, and \u201caddress\u201d describe an effort');
    expect(message.note).toContain('Instead of \u201ccontinue to\u201d: state what will be different from now and by when.');
    expect(message.note).toContain('Write it as: Mum and Dad will (do something others can see) by (date) / every (day).');
    expect(message.note).toContain('For example: \u201cNo-one will drink any alcohol in the family home.\u201d');
    expect(message.note).toContain('Leeds');
    expect((message as { data?: unknown }).data).toEqual({
      category: 'plan',
      missing: ['what', 'when'],
      who: 'Mum and Dad',
      unnamed: ['services'],
      processWords: ['continue', 'work with', 'address'],
      entries: ['vp-continue-to', 'vp-work-with', 'vp-address'],
    });
  });

  it('passes the seed’s specific rewrites', () => {
    const { messages, metrics } = run(plan(...SEED_SPECIFIC));
    expect(lines(messages)).toEqual([]);
    expect(metrics).toEqual({ actions: 9, complete: 9, vague: 0 });
  });

  it('reports a vague qualifier where it stands, with patterns to put in its place', () => {
    const text = plan('The health visitor will visit regularly');
    const { messages } = run(text);
    expect(lines(messages)).toEqual([
      at(text, 'incomplete-action', 'The health visitor will visit regularly'),
      at(text, 'vague-qualifier', 'regularly'),
    ]);
    const vague = messages[1]!;
    expect(vague.reason).toBe('Instead of \u201cregularly\u201d, say how often, for example \u201cevery Monday\u201d.');
    // Only the writer knows the real frequency: no invented fix is offered.
    expect(vague.expected).toEqual([]);
    expect(vague.url).toBe('docs/rules/smart-plan.md#vague-qualifier');
    expect(vague.fatal).toBe(false);
    expect((vague as { data?: unknown }).data).toEqual({ category: 'plan', kind: 'frequency', term: 'regularly', entry: 'vp-regular' });
  });

  it('says which part is missing', () => {
    const missing = (action: string) => {
      const message = run(plan(action)).messages.find((m) => m.ruleId === 'incomplete-action');
      return (message as { data?: { missing?: string[] } } | undefined)?.data?.missing;
    };
    expect(missing('Attend all appointments')).toEqual(['who']);
    expect(missing('The health visitor will monitor Maisie’s weight every two weeks')).toEqual(['what']);
    expect(missing('Professionals will support the family to improve home conditions')).toEqual(['who', 'what', 'when']);
    expect(missing('The children will be safe by 1 June')).toEqual(['what']);
    expect(missing('Nan will collect Billy from school every Friday')).toBeUndefined();
  });

  it('names the passive that hides who acts', () => {
    const { messages } = run(plan("Maisie's weight to be monitored."));
    expect(messages[0]!.reason).toBe(
      'This action does not say who will do it (\u201cto be monitored\u201d does not say by whom), what will be done that others can see, or when it will happen: who will do what, by when?',
    );
  });

  it('takes who from a passive’s agent, and reads standing rules as ongoing', () => {
    const text = plan(
      'Mason will be seen by the health visitor on 14 July',
      'Mum will be asked to keep a sleep diary every night',
      'No smoking will be allowed in the flat',
      'Dad will not be left alone with Mason',
      'Housing options will be explored',
      'Mum will be offered a parenting course in September',
    );
    const { messages, metrics } = run(text);
    expect(lines(messages)).toEqual([
      at(text, 'incomplete-action', 'Housing options will be explored'),
      at(text, 'incomplete-action', 'Mum will be offered a parenting course in September'),
    ]);
    expect(metrics).toEqual({ actions: 6, complete: 4, vague: 0 });
  });

  it('leaves a vague qualifier alone when the action answers it, and keeps conditions flagged', () => {
    const text = plan(
      'Nan will visit regularly, at least twice a week',
      'Dad will ring Ruby as soon as he gets back, and every Sunday after that',
      'The social worker will book the course as soon as possible and by 14 March at the latest',
      'Nan will have Ruby every other weekend, as appropriate',
      'Mum will keep the diary going, ongoing until the review on 3 June',
    );
    expect(lines(run(text).messages)).toEqual([at(text, 'vague-qualifier', 'as appropriate')]);
    expect(run(text).metrics).toEqual({ actions: 5, complete: 5, vague: 1 });
  });

  it('flags ASAP, as required, where possible and ongoing', () => {
    const text = plan(
      'The social worker will complete the housing referral ASAP',
      'School will share attendance figures as required',
      'Ruby will be offered counselling where possible',
      'Support from the family hub will be ongoing',
    );
    const { messages, metrics } = run(text);
    expect(lines(messages).filter((line) => line.includes('vague-qualifier'))).toEqual(
      ['ASAP', 'as required', 'where possible', 'ongoing'].map((needle) => at(text, 'vague-qualifier', needle)),
    );
    expect(metrics).toEqual({ actions: 4, complete: 0, vague: 4 });
  });

  it('stays silent without a plan section unless the record is a plan', () => {
    const text = 'Visit\nThe school will monitor this regularly. I will continue to work with services as soon as possible.\n';
    expect(run(text).messages).toEqual([]);
    expect(run(text).metrics).toBeUndefined();
    const asPlan = run(text, { documentType: 'plan' });
    expect(lines(asPlan.messages)).toEqual([
      at(text, 'incomplete-action', 'The school will monitor this regularly.'),
      at(text, 'vague-qualifier', 'regularly'),
      at(text, 'incomplete-action', 'I will continue to work with services as soon as possible.'),
      at(text, 'vague-qualifier', 'as soon as possible'),
    ]);
    expect(asPlan.metrics).toEqual({ actions: 2, complete: 0, vague: 2 });
  });

  it('does not read worries, strengths or the child’s views in a plan document', () => {
    const text = [
      'What are we worried about?',
      'Dad has said he will cut down when things are less stressful.',
      '',
      'What is working well?',
      'Nan will help out when she can.',
      '',
      'What needs to change?',
      'Dad will not drink on the days he has the children.',
      '',
    ].join('\n');
    const { messages, metrics } = run(text, { documentType: 'plan' });
    expect(messages).toEqual([]);
    expect(metrics).toEqual({ actions: 1, complete: 1, vague: 0 });
  });

  it('gives the bullets under a lead-in line its who, and skips what was done', () => {
    const text = [
      'Actions taken',
      '- Referred Dad to the alcohol service.',
      '',
      'Plan',
      'Mum will:',
      '- get the girls to school by 8:45 every day',
      '- continue to engage with services',
      '',
      'School:',
      '- Mrs Hughes will tell Priya the same day if either girl is absent',
      '',
    ].join('\n');
    const { messages, metrics } = run(text);
    expect(lines(messages)).toEqual([at(text, 'incomplete-action', 'continue to engage with services')]);
    expect((messages[0] as { data?: { who?: string } }).data?.who).toBe('Mum');
    expect(metrics).toEqual({ actions: 3, complete: 2, vague: 0 });
  });

  it('reads a Who / What / When table cell by cell', () => {
    const text = [
      'The plan',
      'Who | What | When',
      'Mum | Take Amara to nursery | Every weekday',
      'Services | Support Mum with housing | Ongoing',
      'TBC | Book a family group conference | By the end of June',
      '',
    ].join('\n');
    const { messages, metrics } = run(text);
    expect(lines(messages)).toEqual([
      at(text, 'incomplete-action', 'Services | Support Mum with housing | Ongoing'),
      at(text, 'vague-qualifier', 'Ongoing'),
      at(text, 'incomplete-action', 'TBC | Book a family group conference | By the end of June'),
    ]);
    expect(metrics).toEqual({ actions: 3, complete: 1, vague: 1 });
  });

  it('reads labelled Who: / What: / When: blocks as one action', () => {
    const text = 'Plan\nWho: Nan\nWhat: Collect Billy and Angie from school\nWhen: Every Friday\n\nWho: Services\nWhat: Support Mum\nWhen: Ongoing\n';
    const { messages, metrics } = run(text);
    expect(lines(messages)).toEqual([
      at(text, 'incomplete-action', 'Who: Services\nWhat: Support Mum\nWhen: Ongoing'),
      at(text, 'vague-qualifier', 'Ongoing'),
    ]);
    expect(metrics).toEqual({ actions: 2, complete: 1, vague: 1 });
  });

  it('reads blocks labelled "What will happen:" / "By whom:" / "Target date:" under numbered titles, the titles not as actions', () => {
    const text =
      'Plan\n\n1. Money\n\nWhat will happen: Gran will get a kinship allowance of £120 a week.\n\nBy whom: Finance team\n\nBy when: From 1 June\n\n' +
      '2. Help at school\nWhat needs to happen: Help with homework.\nPerson responsible: Kinship team\nTarget date: As needed\n\n' +
      '3. Seeing Dad\nWhat will be done: Dad will see Kai at the family centre.\nWho will do it: Centre staff to supervise\nBy when: Every other Saturday\n';
    const { messages, metrics } = run(text);
    expect(lines(messages).filter((line) => line.includes('incomplete-action'))).toEqual([
      at(text, 'incomplete-action', 'What needs to happen: Help with homework.\nPerson responsible: Kinship team\nTarget date: As needed'),
    ]);
    expect(metrics?.actions).toBe(3);
    // The label "When:" or "By when:" is no time itself: "TBC" after it leaves the block without one.
    const tbc = 'Plan\nWhat: Phone Mum about the trip.\nWho: Jo (SW)\nWhen: TBC\n\nWhat: Phone Dad about the trip.\nBy whom: Jo (SW)\nBy when: Friday 6 June\n';
    expect(lines(run(tbc).messages)).toEqual([at(tbc, 'incomplete-action', 'What: Phone Mum about the trip.\nWho: Jo (SW)\nWhen: TBC')]);
  });

  it('never flags quoted words or takes a quotation for an action', () => {
    const text = 'Next steps\nTyler said: "Dad will visit regularly as soon as possible." Dad will ask Nan about an extra day by 30 April.\n';
    const { messages, metrics } = run(text);
    expect(messages).toEqual([]);
    expect(metrics).toEqual({ actions: 1, complete: 1, vague: 0 });
  });

  it('does not take reported words, wishes or meeting dates for actions', () => {
    const text = [
      'Next steps',
      'I explained to Mum that the plan will be reviewed in June.',
      'Mum said she would like more help with bedtimes.',
      'There will be a core group on 3 June.',
      'There will be weekly family time at the family centre.',
      'I will send Mum a copy of these notes by Friday.',
      '',
    ].join('\n');
    const { messages, metrics } = run(text);
    expect(lines(messages)).toEqual([at(text, 'incomplete-action', 'There will be weekly family time at the family centre.')]);
    expect(metrics).toEqual({ actions: 2, complete: 1, vague: 0 });
  });

  it('reads an action written as a noun phrase and "to"', () => {
    const text = plan("Dad's time with the children to remain supervised", 'Referral to be made to Early Help', 'Weekly visits by the social worker');
    const missing = run(text).messages.map((m) => (m as { data?: { missing?: string[] } }).data?.missing);
    expect(missing).toEqual([
      ['who', 'when'],
      ['who', 'when'],
    ]);
  });

  it('knows local roles and names it is given', () => {
    const action = 'The navigator will ring Mum every Monday';
    expect(lines(run(plan(action)).messages)).toEqual([at(plan(action), 'incomplete-action', action)]);
    expect(run(plan(action), {}, { actors: ['navigator'] }).messages).toEqual([]);
    expect(run(plan('ringing Mum every Monday, Kiera'), { childNames: ['Kiera'] }).metrics).toEqual({ actions: 1, complete: 1, vague: 0 });
  });

  it('reports metrics exactly in the PlanMetrics shape', () => {
    const { metrics } = run(plan(SEED_VAGUE, ...SEED_SPECIFIC.slice(0, 2)));
    expect(Object.keys(metrics ?? {})).toEqual(['actions', 'complete', 'vague']);
    expect(metrics).toEqual({ actions: 3, complete: 2, vague: 0 });
  });
});
