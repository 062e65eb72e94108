// Suggestions that fit: a one-click fix (`expected`) only where the words drop into the sentence.
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import retextCareJargon from '../src/index.js';

function finding(text: string, ruleId: string): { expected: string[]; reason: string } | undefined {
  const processor = unified().use(retextEnglish).use(retextCareJargon);
  const file = new VFile(text);
  processor.runSync(processor.parse(file), file);
  const message = file.messages.find((m) => m.ruleId === ruleId);
  return message ? { expected: [...(message.expected ?? [])], reason: message.reason } : undefined;
}

describe('suggestions that fit the record', () => {
  it('offers the child’s name, not “you”, in a record about the child', () => {
    expect(finding('Child: Kayden Rowe (9)\nDate: 3 May\n\nYP has been settled this week.', 'acr-yp')?.expected).toEqual(['Kayden']);
    const unnamed = finding('YP has been settled this week.', 'acr-yp');
    expect(unnamed?.expected).toEqual([]);
    expect(unnamed?.reason).toBe("Use the child's name instead of “YP”.");
  });

  it('offers “you” in a letter to the child, where it fits', () => {
    expect(finding('Dear Sam,\n\nYP will get a new laptop from school.', 'acr-yp')?.expected).toEqual(['you']);
    expect(finding('Dear Sam,\n\nYP has a new laptop from school.', 'acr-yp')?.expected).toEqual([]);
  });

  it('names a parent only when the sentence does, and never before “with”', () => {
    const withDad = finding('Contact with Dad went well.', 'contact-family')?.expected ?? [];
    expect(withDad).toContain('family time');
    expect(withDad.some((alt) => /mum|dad/i.test(alt))).toBe(false);
    const mum = finding('Contact went well and Mum brought a cake.', 'contact-family')?.expected ?? [];
    expect(mum).toContain('time with Mum');
    expect(mum).not.toContain('time with Dad');
  });

  it('keeps number and the slot after a determiner', () => {
    expect(finding('Two placements ended this year.', 'placement')?.expected).toContain('homes');
    const her = finding('Her placement is settled.', 'placement')?.expected ?? [];
    expect(her).toContain('home');
    expect(her.some((alt) => /^(your|where|living|moving)\b/.test(alt))).toBe(false);
  });

  it('makes an irregular plural right and reads an alternative’s number from its head noun', () => {
    const many = finding('All looked after children get a free bus pass.', 'looked-after-child')?.expected ?? [];
    expect(many).toEqual(['children', 'children in care', 'young people in care']);
    const one = finding('Sam has been a looked after child since 2019.', 'looked-after-child')?.expected ?? [];
    expect(one).toEqual(['child']);
    // An acronym does not show its number: its expansion fits whatever it holds ("and" included).
    expect(finding('Maya has an EHCP from Year 3.', 'acr-ehcp')?.expected).toContain('education, health and care plan');
  });

  it('says nothing on the record’s own title', () => {
    expect(finding('LAC REVIEW - RECORD\n\nDate: 1 May 2025\n\nShe is settled.', 'lac-review')).toBeUndefined();
    expect(finding('Date: 1 May 2025\nVisit type: Statutory visit\n\nShe is settled.', 'lac-visit')).toBeUndefined();
  });
});

describe('acronyms explained beside their expansion', () => {
  it('takes “IRO (Independent Reviewing Officer)” and “CLA (children looked after)” as explained, with no finding on the expansion', () => {
    const processor = unified().use(retextEnglish).use(retextCareJargon);
    const file = new VFile('Her IRO (Independent Reviewing Officer) will visit. The IRO is Sam. The CLA (children looked after) team met.');
    processor.runSync(processor.parse(file), file);
    expect(file.messages.map((m) => m.ruleId)).toEqual([]);
  });

  it('does not take a role after initials as a gloss', () => {
    const processor = unified().use(retextEnglish).use(retextCareJargon);
    const file = new VFile('Present: AW and PW (foster carers), KL (school).');
    processor.runSync(processor.parse(file), file);
    expect(file.messages.map((m) => m.ruleId)).toEqual(['foster-carers']);
  });
});
