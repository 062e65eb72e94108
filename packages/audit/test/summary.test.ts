import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { finalize, type Summary } from '../src/index.js';
import { Aggregator } from '../src/summary/aggregate.js';
import { temporaryDir } from './helpers.js';
import { measuredRecords, record, tone } from './measured.js';

describe('the summary', () => {
  it('adds up the child’s voice, tone and plan figures, and counts error rows', () => {
    const aggregator = new Aggregator();
    for (const item of measuredRecords) aggregator.add(item);
    const { overall, byTeam, byMonth } = aggregator.result();
    expect(overall).toMatchObject({ records: 5, linted: 4, errors: 1, words: 400, jargon: { count: 4, per1000: 10 } });
    // Of the 3 records about a child, 2 have the child's voice.
    expect(overall.childVoice).toEqual({ measured: 4, present: 2, absent: 1, notApplicable: 1, share: 0.6667 });
    // Ratios 0.5, 6 and 2 (record c has no critical wording): median 2.
    expect(overall.tone).toEqual({ measured: 4, critical: 7, positive: 18, median: 2, distribution: { 'no-critical': 1, 'below-1': 1, 'below-target': 1, 'at-target': 1 } });
    expect(overall.plan).toEqual({ measured: 4, actions: 7, complete: 4, vague: 3, share: 0.5714 });
    expect(overall.topTerms.map((term) => [term.term, term.count, term.records, term.alternatives])).toEqual([
      ['placement', 2, 2, ['not placement']],
      ['contact-family', 1, 1, ['not contact-family']],
      ['siblings', 1, 1, ['not siblings']],
    ]);
    expect(byTeam['South']).toMatchObject({ records: 3, linted: 2, errors: 1 });
    expect(Object.keys(byMonth)).toEqual(['2025-01', '2025-02', 'unknown']);
    expect(byMonth['unknown']).toMatchObject({ records: 1, errors: 1 });
  });

  it('is the same whatever order the records come in', () => {
    const forwards = new Aggregator();
    const backwards = new Aggregator();
    for (const item of measuredRecords) forwards.add(item);
    for (const item of [...measuredRecords].reverse()) backwards.add(item);
    expect(JSON.stringify(backwards.result())).toBe(JSON.stringify(forwards.result()));
  });

  it('leaves the child’s voice and plan shares empty when core does not report them', () => {
    const aggregator = new Aggregator();
    aggregator.add(record('x', {}, { tone: tone(1, 1) }));
    const { overall } = aggregator.result();
    expect(overall.childVoice.share).toBeNull();
    expect(overall.childVoice.measured).toBe(0);
    expect(overall.plan.share).toBeNull();
  });

  describe('finalize', () => {
    const dir = temporaryDir('finalize');
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('writes summary.json and summary.csv from records.jsonl alone', async () => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'records.jsonl'), measuredRecords.map((item) => `${JSON.stringify(item)}\n`).join(''));
      const result = await finalize(dir, { snippets: false, tableLimit: 10, failOn: 'warning', inputs: ['made-up'], versions: { audit: 'test', core: 'test' } });
      expect(result.failed).toBe(true);
      const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Summary;
      expect(summary).toMatchObject({ records: 5, linted: 4, errors: 1, inputs: ['made-up'] });
      const csv = readFileSync(join(dir, 'summary.csv'), 'utf8').split('\r\n');
      expect(csv[1]).toBe('overall,all,5,4,1,400,4,10,2,1,1,0.6667,4,2,1,1,1,1,7,4,3,0.5714,1,3,0,placement (2); contact-family (1); siblings (1)');
      expect(csv).toContain('month,unknown,1,0,1,0,0,0,0,0,0,,0,,0,0,0,0,0,0,0,,0,0,0,');
    });

    it('keeps spreadsheet formulas in metadata from running', async () => {
      writeFileSync(join(dir, 'records.jsonl'), `${JSON.stringify(record('f', { team: '=HYPERLINK("x")' }, {}))}\n`);
      await finalize(dir, { snippets: false, tableLimit: 10, failOn: 'none', inputs: [], versions: { audit: 'test', core: 'test' } });
      expect(readFileSync(join(dir, 'summary.csv'), 'utf8')).toContain(`team,"'=HYPERLINK(""x"")",1,`);
    });
  });
});
