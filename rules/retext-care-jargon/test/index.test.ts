import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import retextCareJargon, { type Options } from '../src/index.js';

/** Runs the plugin alone in a plain retext pipeline and returns "line:col-line:col ruleId actual" per message. */
function check(text: string, options?: Options): string[] {
  const processor = unified().use(retextEnglish).use(retextCareJargon, options);
  const file = new VFile(text);
  processor.runSync(processor.parse(file), file);
  return file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.actual}`);
}

describe('retext-care-jargon', () => {
  it('exposes a plugin', () => {
    expect(typeof retextCareJargon).toBe('function');
  });

  it('emits a whole message per the contract', () => {
    const processor = unified().use(retextEnglish).use(retextCareJargon);
    const file = new VFile('Respite is booked.');
    processor.runSync(processor.parse(file), file);
    const [message] = file.messages;
    expect(message).toMatchObject({
      source: 'retext-care-jargon',
      ruleId: 'respite',
      actual: 'Respite',
      fatal: false,
      url: 'docs/rules/stigmatising.md#respite',
      place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 8, offset: 7 } },
    });
    expect(message!.expected).toContain('short break');
    expect(message!.reason).toBe('Consider “short break” or “sleepover” instead of “Respite”.');
    expect(message!.note).toMatch(/Source: /);
    expect((message as unknown as { data: { category: string } }).data.category).toBe('stigmatising');
  });

  it('flags "contact" only in the family-time sense', () => {
    expect(check('Contact with Dad went well. Her contact was cancelled. Contact took place at the centre.')).toEqual([
      '1:1 contact-family Contact',
      '1:33 contact-family contact',
      '1:56 contact-family Contact',
    ]);
    expect(check('I will contact school. Please contact me. Update her contact details. She made eye contact. I made contact with the GP.')).toEqual([]);
  });

  it('flags "placement" but not a work or student placement', () => {
    expect(check('Her placement is settled. Two placements ended.')).toEqual(['1:5 placement placement', '1:31 placement placements']);
    expect(check('Jo starts a work placement at the garage. Anna is here on a student placement.')).toEqual([]);
  });

  it('flags "unit" but not units of alcohol', () => {
    expect(check('Kai moved to the residential unit.')).toEqual(['1:18 unit residential unit']);
    expect(check('Mum drinks 30 units of alcohol a week.')).toEqual([]);
  });

  it('matches inflections and acronyms by case', () => {
    expect(check('Jade absconded twice.')).toEqual(['1:6 abscond absconded']);
    expect(check('The LAC review is on Monday.')).toEqual(['1:5 lac-review LAC review']);
    expect(check('A 2cm lac on her knee was cleaned.')).toEqual([]);
  });

  it('never flags what someone said in quotation marks', () => {
    expect(check('Jade said, “I hate contact, it’s boring.”')).toEqual([]);
    expect(check("Mum said 'respite is a break for me' and smiled.")).toEqual([]);
  });

  it('does not flag an acronym again once it is explained', () => {
    expect(check('Sam is your Independent Reviewing Officer (IRO). The IRO will visit in May.')).toEqual([]);
    // Every unexplained use is flagged: a reader may start anywhere (the labelled corpus counts each use).
    expect(check('The IRO will visit. The IRO is Sam.')).toEqual(['1:5 acr-iro IRO', '1:25 acr-iro IRO']);
  });

  it('reads the words after a name and its initials in a list as the writer\'s own', () => {
    expect(check('Present: Mark Dobson (MD) and Lorraine Dobson (LD), foster carers; Gareth Evans (GE), designated teacher.')).toEqual([
      '1:53 foster-carers foster carers',
      '1:87 designated-teacher designated teacher',
    ]);
    expect(check('The CLA (children looked after) review is on Monday.')).toEqual([]);
  });

  it('does not take a name in brackets for an acronym being explained', () => {
    expect(check('The foster carer (Bev) brought the children.')).toEqual(['1:5 foster-carers foster carer']);
    expect(check('Her key worker (Sam) rang.')).toEqual([]);
    expect(check('The Independent Reviewing Officer (IRO) rang, and the IRO will visit.')).toEqual([]);
    expect(check('Kai goes to the Child in Need (CiN) meetings.')).toEqual([]);
  });

  it('takes words in brackets for a gloss only when they say what the letters mean, not where things stand', () => {
    expect(check('Dr Khan, CAMHS (report received), sent apologies.')).toEqual(['1:10 acr-camhs CAMHS']);
    expect(check('The MARAC (not yet held) will discuss it.')).toEqual(['1:5 acr-marac MARAC']);
    expect(check('The ECHO (by phone) joined late.')).toEqual(['1:5 unexplained-acronym ECHO']);
    // A gloss of the writer's own still explains.
    expect(check('Kai uses PECS (picture exchange cards) at school, and his PECS book is in his bag.')).toEqual([]);
    expect(check('The MACE (exploitation panel meeting) met, and MACE will meet again.')).toEqual([]);
  });

  it('reads an acronym named as the short form of the words before it as explained', () => {
    expect(check("I'm your Independent Reviewing Officer, or IRO for short. The IRO checks your plan.")).toEqual([]);
    expect(check('Kai has a personal education plan, known as a PEP. His PEP is in May.')).toEqual([]);
    expect(check('The referral went to the Multi-Agency Safeguarding Hub, called the MASH, and the MASH rang.')).toEqual([]);
    // Words that do not spell it explain nothing.
    expect(check('Mum can ring the school or IRO about it.')).toEqual(['1:28 acr-iro IRO']);
    expect(check('We talked about the review, or IRO meeting, on Monday.')).toEqual(['1:32 acr-iro IRO']);
    expect(check('Kai is on a Child in Need or CP plan.')).toEqual(['1:30 acr-cp CP']);
  });

  it('flags an unknown acronym once, and leaves common ones alone', () => {
    expect(check('The SALT report came. The SALT will call. Kai watched TV and did PE.')).toEqual(['1:5 unexplained-acronym SALT']);
  });

  it('leaves a common word of five letters or more in capitals alone (a card\'s label, emphasis), not a shorter one', () => {
    expect(check('I put the SCHOOL photo on the table and he chose the HOUSE card.')).toEqual([]);
    expect(check('Mum said the FAMILY meeting was moved.')).toEqual([]);
    expect(check('Kai goes to ARC on Fridays and the PLAZO team rang.')).toEqual(['1:13 unexplained-acronym ARC', '1:36 unexplained-acronym PLAZO']);
  });

  it('leaves counted-only entries to the rules that count them', () => {
    expect(check('The child protection plan was reviewed. The child was asleep.')).toEqual([]);
  });

  it('honours allow lists and a child’s own words', () => {
    expect(check('Her placement is settled.', { allow: ['placement'] })).toEqual([]);
    const processor = unified().use(retextEnglish).use(retextCareJargon, { preferred: { 'contact-family': ['time with Dad'] } });
    const file = new VFile('Contact went well.');
    processor.runSync(processor.parse(file), file);
    expect(file.messages[0]!.expected![0]).toBe('time with Dad');
  });
});
