import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis.js';
import { SenseReader, type SensesSpec } from '../src/sense.js';

const classes = new Map<string, string[]>([
  ['class-family', ['mum', 'dad', 'sister', 'brother', 'nan']],
  ['class-parent', ['mum', 'dad', 'nan']],
  ['class-professional', ['school', 'gp', 'police']],
  ['class-medium', ['email', 'phone']],
  ['class-child', ['twins', 'children', 'baby']],
  ['class-thing', ['cot', 'gate', 'monitor']],
]);
const reader = new SenseReader(classes);

/** The verdict on `word` (its first use) in `text`. */
function sense(spec: SensesSpec, text: string, word: string): string {
  const file = new VFile(text);
  const tree = unified().use(retextEnglish).parse(file);
  for (const sentence of analyse(tree, file).sentences) {
    const index = sentence.tokens.findIndex((t) => t.norm === word);
    if (index >= 0) return reader.read(reader.compile(spec), sentence, index, index).sense;
  }
  throw new Error(`no ${word}`);
}

describe('SenseReader', () => {
  const meeting: SensesSpec = {
    default: 'care',
    care: { object: { with: ['class-family', 'name'] } },
    other: { object: { with: ['class-professional'], by: ['class-medium'] }, before: ['eye'], adults: true },
  };

  it('reads the class of what the word governs, past determiners, possessives and adjectives', () => {
    expect(sense(meeting, 'Ruby had a meeting with her older sister.', 'meeting')).toBe('care');
    expect(sense(meeting, 'Ruby had a meeting with Jon Bell.', 'meeting')).toBe('care');
    expect(sense(meeting, 'I had a meeting with the school.', 'meeting')).toBe('other');
    expect(sense(meeting, 'They asked for a meeting by email.', 'meeting')).toBe('other');
  });

  it('lets a cue for another sense win, and falls back to the default', () => {
    expect(sense(meeting, 'He made eye meeting with Dad.', 'meeting')).toBe('other');
    expect(sense(meeting, 'The meeting went well.', 'meeting')).toBe('care');
    expect(sense({ default: 'info' }, 'The meeting went well.', 'meeting')).toBe('info');
    expect(sense({ default: 'other', care: { after: ['went'] } }, 'The meeting went well.', 'meeting')).toBe('care');
  });

  it('tells an adult and a relative of their own from a child and a parent', () => {
    expect(sense(meeting, 'Mum has a meeting with her sister.', 'meeting')).toBe('other');
    expect(sense(meeting, 'Tia has a meeting with her sister.', 'meeting')).toBe('care');
  });

  it('reads who the word is said of', () => {
    const carer: SensesSpec = { default: 'care', other: { about: ['class-parent'] } };
    expect(sense(carer, 'Dad is to be assessed as a possible carer.', 'carer')).toBe('other');
    expect(sense(carer, 'Nan is a carer for Jo.', 'carer')).toBe('other');
    expect(sense(carer, 'Jo likes her carer.', 'carer')).toBe('care');
  });

  it('takes the last of a compound as its head: "the baby monitor" is a thing', () => {
    const placing: SensesSpec = { default: 'care', other: { object: { of: ['class-thing'] } } };
    expect(sense(placing, 'We discussed the placing of the cot.', 'placing')).toBe('other');
    expect(sense(placing, "We discussed the placing of Ava's new gate.", 'placing')).toBe('other');
    expect(sense(placing, 'We discussed the placing of the twins.', 'placing')).toBe('care');
    expect(sense(placing, 'We discussed the placing of the baby monitor.', 'placing')).toBe('other');
  });
});
