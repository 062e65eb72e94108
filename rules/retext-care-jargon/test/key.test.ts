import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import retextCareJargon from '../src/index.js';

/** Runs the plugin alone in a plain retext pipeline and returns "line:col ruleId actual" per message. */
function check(text: string): string[] {
  const processor = unified().use(retextEnglish).use(retextCareJargon);
  const file = new VFile(text);
  processor.runSync(processor.parse(file), file);
  return file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.actual}`);
}

describe('a key or glossary explains its acronyms', () => {
  it('reads a key line at the top as explaining them for the whole record', () => {
    const record = [
      'Chronology: Osian Pryce (6)',
      'Allocated SW: Dana Lloyd',
      'Key: PGM = paternal grandmother; SW = social worker; HV – health visitor',
      '',
      '04/03 PGM phoned the duty line about the bruise. SW visited the next day with the HV.',
      'The PGM will have Osian on Saturdays.',
    ].join('\n');
    expect(check(record)).toEqual([]);
  });

  it('reads a key line that parts its entries with commas, has single letters among them and asides in brackets', () => {
    const record = [
      'Chronology of events: Tegan Ross',
      'Key: M = mother, F = father, MGM = maternal grandmother (Jean Ross), PGF = paternal grandfather, T = Tegan',
      '',
      '03/2020  MGM collected T from nursery. PGF rang the school about the trip.',
    ].join('\n');
    expect(check(record)).toEqual([]);
    // A single letter opening a line is a speaker outside a key, and explains nothing.
    expect(check('Visit to Tegan (6).\nM: said she is fine.\nMGM came too.')).toEqual(['3:1 acr-family-shorthand MGM']);
  });

  it('reads a block headed KEY, with bracket, dash and colon entries, for the record, a title above it included', () => {
    const record = [
      'MGF and FC visit notes',
      'KEY',
      'MGF – maternal grandfather',
      'FC: foster carer',
      'PCSO (police community support officer)',
      'CIN – child in need: the plan that helps your family',
      '',
      'MGF arrived at 2pm with a cake. The FC said Lowri had been excited all morning.',
      'A PCSO came by about the stolen bike. The CIN meeting is on 3 May.',
    ].join('\n');
    expect(check(record)).toEqual([]);
  });

  it('reads a key of bracketed meanings for the lines above it too, and leaves the jargon in its meanings to it', () => {
    const record = [
      'Review minutes for Cerys (12)',
      'Present: Cerys, her PGF and the ISW',
      'Abbreviations used: PGF (paternal grandfather), LAC (looked after child), ISW (independent social worker).',
      '',
      'PGF said Cerys is happy at school. The ISW will finish her report in May.',
    ].join('\n');
    expect(check(record)).toEqual([]);
  });

  it('reads a key further down as explaining its acronyms from where it stands', () => {
    const record = [
      'MGM brought Alfie to the office this morning because his mum was unwell and could not get him to school.',
      'Key: MGM = maternal grandmother',
      'MGM stayed with him until lunch.',
    ].join('\n');
    expect(check(record)).toEqual(['1:1 acr-family-shorthand MGM']);
  });

  it('reads the rows of a two-column table of abbreviations', () => {
    const record = [
      '| Abbreviation | Meaning |',
      '| --- | --- |',
      '| EWO | education welfare officer |',
      '| DSL | designated safeguarding lead |',
      '',
      'The EWO and the DSL met Mum on Monday about Tyler missing mornings.',
    ].join('\n');
    expect(check(record)).toEqual([]);
  });

  it('reads a list item of its own as explaining the acronym from there on', () => {
    const record = [
      'The FSW rang on Tuesday.',
      'Who is involved:',
      '- FSW – family support worker',
      '- JT: Jac Thomas, Kerry’s teacher',
      '',
      'The FSW will see Kerry and her dad next week.',
    ].join('\n');
    expect(check(record)).toEqual(['1:5 acr-fsw FSW']);
  });
});

describe('a label followed by a sentence explains nothing', () => {
  it('leaves an owner in a plan line flagged', () => {
    expect(check('Actions\n- SW: visit Mum on Friday to talk about school runs.\n- SW: ring Nia\'s school.')).toEqual([
      '2:3 acr-sw SW',
      '3:3 acr-sw SW',
    ]);
  });

  it('leaves a speaker in minutes flagged', () => {
    const minutes = [
      'Minutes of the core group',
      'HV: said baby is gaining weight and feeding well.',
      'HV: have a look at the rash again next week.',
      'HV: home visit, Mum was out.',
    ].join('\n');
    expect(check(minutes)).toEqual(['2:1 acr-hv HV', '3:1 acr-hv HV', '4:1 acr-hv HV']);
  });

  it('does not take a "Key worker" field or "Key points" for a key', () => {
    const record = [
      'Key worker: Dana Price',
      'MGM: brought the twins in at nine',
      '',
      'Key points',
      'PGM: wants more time with the twins',
    ].join('\n');
    expect(check(record)).toEqual(['2:1 acr-family-shorthand MGM', '5:1 acr-family-shorthand PGM']);
  });
});
