import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseShard, shardOf, type Summary } from '../src/index.js';
import { audit, buildAudit, generator, temporaryDir, type Expected } from './helpers.js';

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');
const lines = (dir: string) => read(dir, 'records.jsonl').trimEnd().split('\n');

describe('shards', () => {
  it('puts every id in exactly one shard, the same one every time', () => {
    const ids = Array.from({ length: 4000 }, (_, i) => `N${String(i).padStart(6, '0')}`);
    const counts = [0, 0, 0, 0];
    for (const id of ids) {
      const shard = shardOf(id, 4);
      expect(shard).toBe(shardOf(id, 4));
      counts[shard]! += 1;
    }
    expect(counts.reduce((a, b) => a + b)).toBe(ids.length);
    // A hash spreads the records: no shard is far from a quarter.
    for (const count of counts) expect(Math.abs(count - 1000)).toBeLessThan(120);
    expect(shardOf('anything', 1)).toBe(0);
  });

  it('reads --shard I/N counted from 0 and refuses anything else', () => {
    expect(parseShard('0/4')).toEqual({ index: 0, count: 4 });
    expect(parseShard('3/4')).toEqual({ index: 3, count: 4 });
    expect(() => parseShard('4/4')).toThrow(/counted from 0/);
    expect(() => parseShard('1/0')).toThrow(/at least 1/);
    expect(() => parseShard('a/4')).toThrow(/must be I\/N/);
  });
});

describe('4 shards and a merge against one audit of a generated export', () => {
  let dir: string;
  let expected: Expected;
  beforeAll(async () => {
    await buildAudit();
    dir = temporaryDir('shards');
    expected = await generator.writeExport(join(dir, 'export.csv'), { count: 240, seed: 11, format: 'csv' });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same summary.json, summary.csv, records.jsonl and report.html', async () => {
    const base = ['export.csv', '--map', generator.map, '--no-progress', '--no-cache', '--jobs', '1'];
    const started = Date.now();
    const one = await audit([...base, '--out', 'one'], { cwd: dir });
    const oneMs = Date.now() - started;
    expect(one.stderr).toBe('');
    const shardCounts: number[] = [];
    for (let index = 0; index < 4; index += 1) {
      const run = await audit([...base, '--out', `shard-${index}`, '--shard', `${index}/4`], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain(`Shard          ${index}/4`);
      const summary = JSON.parse(read(join(dir, `shard-${index}`), 'summary.json')) as Summary;
      expect(summary.shard).toBe(`${index}/4`);
      shardCounts.push(summary.records);
    }
    const mergeStarted = Date.now();
    const merged = await audit(['merge', 'shard-0', 'shard-1', 'shard-2', 'shard-3', '--out', 'merged'], { cwd: dir });
    const mergeMs = Date.now() - mergeStarted;
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(one.code);
    expect(merged.stdout).toContain(`merged 4 shards: 240 records = ${expected.overall.linted} checked + ${expected.overall.errors} could not be read or checked`);

    // Shards never overlap and together hold every record.
    expect(shardCounts.reduce((a, b) => a + b)).toBe(240);
    const shardIds = [0, 1, 2, 3].flatMap((index) => lines(join(dir, `shard-${index}`)).map((line) => (JSON.parse(line) as { id: string }).id));
    expect(new Set(shardIds).size).toBe(240);

    const oneSummary = JSON.parse(read(join(dir, 'one'), 'summary.json')) as Summary;
    const mergedSummary = JSON.parse(read(join(dir, 'merged'), 'summary.json')) as Summary;
    expect(mergedSummary).toEqual(oneSummary);
    expect(mergedSummary.records).toBe(expected.count);
    expect(mergedSummary.overall.words).toBe(expected.overall.words);
    expect([...lines(join(dir, 'merged'))].sort()).toEqual([...lines(join(dir, 'one'))].sort());
    // Better than equal after sorting: the merge puts records back in input order, so every file is the same.
    for (const name of ['records.jsonl', 'summary.json', 'summary.csv', 'report.html']) expect(read(join(dir, 'merged'), name), name).toBe(read(join(dir, 'one'), name));
    console.log(`shard test: 240 records, shards of ${shardCounts.join(' + ')}; one audit ${oneMs} ms, merge ${mergeMs} ms; jargon ${mergedSummary.overall.jargon.per1000} per 1,000 words, verdicts ${JSON.stringify(mergedSummary.overall.verdicts)}, errors ${mergedSummary.errors}`);
  }, 240_000);

  it('refuses a set of shards that is not every shard of one audit, once', async () => {
    const missing = await audit(['merge', 'shard-0', 'shard-1', 'shard-3', '--out', 'bad'], { cwd: dir });
    expect(missing).toMatchObject({ code: 2, stderr: 'carelint: shard 2/4 is missing: a merge needs every shard, or records would be left out.\n' });
    const twice = await audit(['merge', 'shard-0', 'shard-1', 'shard-2', 'shard-2', 'shard-3', '--out', 'bad'], { cwd: dir });
    expect(twice.stderr).toContain('shard 2/4 is given twice');
    const whole = await audit(['merge', 'one', 'shard-1', '--out', 'bad'], { cwd: dir });
    expect(whole.stderr).toContain("'one' is a whole audit, not a shard");
    const other = await audit(['export.csv', '--map', generator.map, '--no-progress', '--out', 'other-0', '--shard', '0/4', '--snippets'], { cwd: dir });
    expect(other.stderr).toBe('');
    const mixed = await audit(['merge', 'other-0', 'shard-1', 'shard-2', 'shard-3', '--out', 'bad'], { cwd: dir });
    expect(mixed.stderr).toContain("'shard-1' is a shard of another audit");
  }, 120_000);
});
