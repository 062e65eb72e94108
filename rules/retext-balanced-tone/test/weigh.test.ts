import { describe, expect, it } from 'vitest';
import { run, tone } from './run.js';

/** Critical and positive counts for one text, with the rule's defaults. */
function counts(text: string): { critical: number; positive: number } {
  const { critical, positive } = tone(run(text)) as { critical: number; positive: number };
  return { critical, positive };
}

// Each mechanism that decides whether a word counts for the balance: three sentences it must count and three it
// must leave alone, written for these tests.
describe('what counts for the balance', () => {
  it.each([
    ['Mum looked unkempt and tired when she opened the door.', 1, 0],
    ['Dad was rude to the receptionist.', 1, 0],
    ['Nan is warm with the children.', 0, 1],
  ])('a condition or a judgement of a person: %s', (text, critical, positive) => {
    expect(counts(text)).toEqual({ critical, positive });
  });

  it.each([
    'The kitchen was cluttered with boxes from the move.',
    'There were dirty nappies in the bin by the back door.',
    'The house is warm, tidy and well heated.',
  ])('the condition of a place or a thing, a plain fact: %s', (text) => {
    expect(counts(text)).toEqual({ critical: 0, positive: 0 });
  });

  it.each([
    ['Ella has had poor sleep since the move.', 0],
    ['He asked difficult questions about his dad.', 0],
    ['There were unsettled nights after each visit.', 0],
    ['Ella was unsettled after the visit.', 1],
    ['Her attendance this term is poor.', 1],
    ['Dad was difficult with the nurse.', 1],
  ])('a critical adjective before a thing is not counted, about a person it is: %s', (text, critical) => {
    expect(counts(text).critical).toBe(critical);
  });

  it.each([
    ['Mum gets low in the winter and the drinking gets worse.', 0],
    ['The arguments got much worse after Christmas.', 0],
    ['The sanctions at school seem to make things worse for her.', 0],
    ['Mum got worse after the move.', 1],
    ['Dad became difficult with the nurse.', 1],
    ['Dad was rude and things got louder.', 1],
  ])('a change for the worse is a fact about a situation; said of a person it counts: %s', (text, critical) => {
    expect(counts(text).critical).toBe(critical);
  });

  it.each([
    ['I reassured her that the visit would go ahead.', 0],
    ['The staff are kind and patient with the younger boys.', 0],
    ['The social worker was pleased with the new plan.', 0],
    ['Dad reassured him before the visit.', 1],
    ['Mum is kind and patient with the younger boys.', 1],
    ['Ella was pleased with her new bedroom.', 1],
  ])('a professional’s own feelings and conduct are not the family’s strengths: %s', (text, positive) => {
    expect(counts(text).positive).toBe(positive);
  });

  it.each([
    ['Grace will feel more confident.', 0],
    ['We hope Kai will be happy at his new school.', 0],
    ['Mum would be settled in a bigger flat.', 0],
    ['Grace feels more confident.', 1],
    ['Kai is happy at his new school.', 1],
    ['Mum is settled in her new flat.', 1],
  ])('a hope or a goal is not yet a strength: %s', (text, positive) => {
    expect(counts(text).positive).toBe(positive);
  });

  it.each([
    'What is going well for you at school?',
    'Strengths: Ella walks to school on her own.',
    'We met in the Calm Room at the family centre.',
  ])('a question, a label or a name is not counted: %s', (text) => {
    expect(counts(text)).toEqual({ critical: 0, positive: 0 });
  });

  it.each([
    ['The old plan has not helped the family.', 0],
    ['Her phone has not been working.', 0],
    ['Dad has not helped with the school run.', 1],
    ['Ella is not happy at school.', 1],
  ])('a negated strength counts as criticism of a person, not of a thing: %s', (text, critical) => {
    expect(counts(text).critical).toBe(critical);
  });

  it.each([
    ['At the park Leo shouted "Again! Again!" every time Dad pushed the swing.', 0],
    ['Amira screamed, "Look at me!" from the top of the climbing frame.', 0],
    ['She ran in from the car and shouted: "Nanna, I got a star!"', 0],
    ['Dad was shouting at the children when I arrived.', 1],
    ['Mum shouted and swore at the health visitor.', 2],
    ['Jay screamed for ten minutes after the call ended.', 1],
  ])('a verb of speaking followed by the words said reports them; alone it counts: %s', (text, critical) => {
    expect(counts(text).critical).toBe(critical);
  });

  it.each([
    ['The local authority agreed to issue care proceedings on Friday.', 0],
    ['School will issue Mia a new laptop next week.', 0],
    ['The court issued an interim care order.', 0],
    ['There are issues with Dad\'s drinking at weekends.', 1],
    ['The main issue for Kai is his attendance.', 1],
    ['Mum said her issue is with the school, not with us.', 1],
  ])('"issue" is a problem word as a noun, not as a verb: %s', (text, critical) => {
    expect(counts(text).critical).toBe(critical);
  });

  it.each([
    ['Carers report much less challenging behaviour since March.', 0],
    ['Ella has fewer worries about school now.', 0],
    ['Kai seemed less happy after the call.', 1],
  ])('a lessening: less criticism is not counted, a lessened strength is: %s', (text, critical) => {
    expect(counts(text).critical).toBe(critical);
  });

  it('still flags a lessened deficit label', () => {
    expect(run('Carers report much less challenging behaviour since March.').messages.map((m) => m.ruleId)).toEqual(['challenging-behaviour']);
  });

  it.each([
    ['None of these is a worry about his parenting.', 0],
    ['None of this was a problem for the carers.', 0],
    ['This is a problem for the carers.', 1],
  ])('"none of these" negates what follows: %s', (text, critical) => {
    expect(counts(text).critical).toBe(critical);
  });

  it.each([
    ['We are worried that Ella is out late with older boys.', 1],
    ['Mum is struggling on her own with three children.', 1],
    ['Ella is at risk when she goes missing.', 1],
  ])('worries count as the critical side of the balance: %s', (text, critical) => {
    expect(counts(text).critical).toBe(critical);
  });
});

describe('the figures and the message', () => {
  it('counts a worries section in the figures but leaves it out of the message', () => {
    const record = ['What is working well?', 'Ella is happy and proud of her reading.', '', 'What are we worried about?', 'Dad was angry and rude, and Mum is struggling.'].join('\n');
    const file = run(record);
    expect(tone(file)).toMatchObject({ critical: 3, positive: 2 });
    expect(file.messages).toEqual([]);
  });

  it('counts worries named as such in the figures but not in the message', () => {
    const text = 'We are worried about Ella. Mum is struggling. Ella is at risk when she goes out. Dad was rude.';
    const file = run(text);
    expect(tone(file)).toMatchObject({ critical: 4, positive: 0 });
    expect(file.messages).toEqual([]);
  });

  it('lists every critical expression when there are few', () => {
    const [message] = run('Dad was evasive. Mum was rude and angry.').messages;
    expect(message!.reason).toMatch(/^This record has 3 critical expressions \(“evasive”, “rude” and “angry”\) and no positive ones/);
  });

  it('gives the count and the first of them when they repeat or are many', () => {
    const text = 'Dad was rude. Mum was rude. Dad was angry. Mum was evasive. Nan was dismissive. Dad was defensive. Mum was volatile.';
    const [message] = run(text).messages;
    expect(message!.reason).toMatch(/^This record has 7 critical expressions, including “rude”, “angry”, “evasive”, “dismissive” and “defensive”, and no positive ones/);
  });
});
