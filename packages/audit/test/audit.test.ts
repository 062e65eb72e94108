import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sarifLog } from '../../cli/src/format/sarif.js';
import type { AuditRecord, GroupSummary, Summary } from '../src/index.js';
import { audit, buildAudit, generator, temporaryDir, type Expected, type KnownCounts } from './helpers.js';

const jargonCategories = new Set(['jargon', 'acronym', 'stigmatising']);

/** The figures of a summary group that the generator knows by construction. */
function known(group: GroupSummary | undefined): Omit<KnownCounts, 'terms' | 'quotes'> {
  return {
    records: group?.records ?? -1,
    linted: group?.linted ?? -1,
    errors: group?.errors ?? -1,
    words: group?.words ?? -1,
    jargon: group?.jargon.count ?? -1,
    critical: group?.tone.critical ?? -1,
    positive: group?.tone.positive ?? -1,
  };
}

function wanted(counts: KnownCounts): Omit<KnownCounts, 'terms' | 'quotes'> {
  const { terms: _terms, quotes: _quotes, ...rest } = counts;
  return rest;
}

/** Compares every group the generator counted with the audit's summary. */
function expectKnownCounts(summary: Summary, expected: Expected): void {
  expect(summary.records).toBe(expected.count);
  expect(summary.records).toBe(summary.linted + summary.errors);
  expect(known(summary.overall)).toEqual(wanted(expected.overall));
  for (const [kind, groups] of [['byTeam', expected.byTeam], ['byMonth', expected.byMonth], ['byAuthor', expected.byAuthor]] as const) {
    expect(Object.keys(summary[kind]).sort()).toEqual(Object.keys(groups).sort());
    for (const [name, counts] of Object.entries(groups)) expect(known(summary[kind][name]), `${kind} ${name}`).toEqual(wanted(counts));
  }
  const terms = Object.fromEntries(summary.overall.topTerms.filter((term) => jargonCategories.has(term.category)).map((term) => [term.ruleId, term.count]));
  expect(terms).toEqual(expected.overall.terms);
}

describe('carelint audit of a generated export (200 records)', () => {
  let dir: string;
  let expected: Expected;
  beforeAll(async () => {
    await buildAudit();
    dir = temporaryDir('counts');
    // Seed 5 gives both kinds of broken record: a row the reader cannot parse and a record with no text.
    expected = await generator.writeExport(join(dir, 'export.csv'), { count: 200, seed: 5, format: 'csv' });
    await generator.writeExport(join(dir, 'export.jsonl'), { count: 200, seed: 5, format: 'jsonl' });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has broken records to account for', () => {
    expect(expected.overall.errors).toBeGreaterThanOrEqual(2);
    expect(expected.byTeam['unknown']?.errors).toBeGreaterThanOrEqual(1);
    expect(Object.entries(expected.byTeam).some(([team, counts]) => team !== 'unknown' && counts.errors > 0)).toBe(true);
  });

  it('matches the known counts for a CSV export, writing every output', async () => {
    const result = await audit(['export.csv', '--out', 'csv-out', '--map', generator.map, '--format', 'sarif', '--jobs', '2'], { cwd: dir, hooks: { sarifLog } });
    // Records that could not be read make the exit code 2, as unreadable files do for `check`.
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`200 records = ${expected.overall.linted} checked + ${expected.overall.errors} could not be read or checked`);
    // The headline figures and the reason for the exit code close the output.
    expect(result.stdout).toMatch(/^Jargon {9}\d+\.\d\d per 1,000 words \(/m);
    expect(result.stdout).toMatch(/^Verdicts {7}\d+ pass, \d+ warn, \d+ fail$/m);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^exit code 2: ${expected.overall.errors} records could not be read or checked`));
    const summary = JSON.parse(readFileSync(join(dir, 'csv-out', 'summary.json'), 'utf8')) as Summary;
    expectKnownCounts(summary, expected);

    const lines = readFileSync(join(dir, 'csv-out', 'records.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(200);
    const records = lines.map((line) => JSON.parse(line) as AuditRecord);
    // Input order, one line per record, error rows with an id and a reason.
    expect(records.map((record) => record.id)).toEqual(records.map((record) => record.id).sort());
    const errors = records.filter((record) => 'error' in record);
    expect(errors).toHaveLength(expected.overall.errors);
    for (const row of errors) {
      expect(row.id).toMatch(/^N\d{6}$/);
      expect('error' in row && row.error.length).toBeGreaterThan(10);
    }

    const csv = readFileSync(join(dir, 'csv-out', 'summary.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toMatch(/^group_by,group,records,linted,errors,words,jargon,jargon_per_1000,/);
    expect(csv[1]).toMatch(new RegExp(`^overall,all,200,${expected.overall.linted},${expected.overall.errors},${expected.overall.words},${expected.overall.jargon},`));
    expect(csv.filter((line) => line.startsWith('team,'))).toHaveLength(Object.keys(expected.byTeam).length);

    const log = JSON.parse(readFileSync(join(dir, 'csv-out', 'results.sarif'), 'utf8')) as ReturnType<typeof sarifLog>;
    const findings = records.reduce((sum, record) => sum + ('messages' in record ? record.messages.length : 0), 0);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results).toHaveLength(findings);
    for (const result of log.runs[0].results) expect(log.runs[0].tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
  }, 90_000);

  it('gives the same figures for the same records as JSONL on stdin', async () => {
    const stdin = readFileSync(join(dir, 'export.jsonl'), 'utf8');
    // The same texts as the CSV: the CSV run's cache serves them, so this checks the reading and the figures.
    const result = await audit(['-', '--out', 'stdin-out', '--map', generator.map, '--no-progress', '--cache', 'csv-out/cache'], { cwd: dir, stdin });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('');
    const summary = JSON.parse(readFileSync(join(dir, 'stdin-out', 'summary.json'), 'utf8')) as Summary;
    expectKnownCounts(summary, expected);
    // The unparseable line is named by its line number on stdin.
    expect(readFileSync(join(dir, 'stdin-out', 'records.jsonl'), 'utf8')).toMatch(/"id":"stdin:\d+","meta":\{\},"error":"line \d+ is not valid JSON"/);
  });

  it('serves an unchanged re-run from the cache, with the same results', async () => {
    const first = readFileSync(join(dir, 'csv-out', 'summary.json'), 'utf8');
    const records = readFileSync(join(dir, 'csv-out', 'records.jsonl'), 'utf8');
    const again = await audit(['export.csv', '--out', 'csv-out', '--map', generator.map, '--no-progress', '--format', 'sarif'], { cwd: dir, hooks: { sarifLog } });
    expect(again.stdout).toContain(`${expected.overall.linted} from the cache`);
    expect(readFileSync(join(dir, 'csv-out', 'summary.json'), 'utf8')).toBe(first);
    expect(readFileSync(join(dir, 'csv-out', 'records.jsonl'), 'utf8')).toBe(records);
  });

  it('keeps record text out of every output unless --snippets is given', async () => {
    // A sentence that is never flagged: it can only get into an output by copying record text.
    const sentence = 'showed me the drawings she had done at school';
    expect(readFileSync(join(dir, 'export.csv'), 'utf8')).toContain(sentence);
    for (const file of ['records.jsonl', 'summary.json', 'summary.csv', 'report.html', 'results.sarif']) {
      expect(readFileSync(join(dir, 'csv-out', file), 'utf8'), file).not.toContain(sentence);
    }
    await generator.writeExport(join(dir, 'small.csv'), { count: 12, seed: 2, format: 'csv' });
    const withSnippets = await audit(['small.csv', '--out', 'snippets-out', '--map', generator.map, '--snippets', '--no-progress'], { cwd: dir });
    expect(withSnippets.stderr).toBe('');
    // Each finding now carries the text around it, and the report shows it.
    const first = readFileSync(join(dir, 'snippets-out', 'records.jsonl'), 'utf8').split('\n').map((line) => (line ? (JSON.parse(line) as AuditRecord) : undefined)).find((item) => item && 'messages' in item && item.messages.length > 0) as { messages: Array<{ actual: string; snippet?: string }> };
    const snippet = first.messages[0]!.snippet!;
    expect(snippet.length).toBeGreaterThan(first.messages[0]!.actual.length + 20);
    expect(readFileSync(join(dir, 'snippets-out', 'report.html'), 'utf8')).toContain(JSON.stringify(snippet).slice(1, -1));
  }, 90_000);

  it('reports CSV columns that --map names but the export lacks, before checking anything', async () => {
    writeFileSync(join(dir, 'other.csv'), 'id,note\n1,hello\n');
    const result = await audit(['other.csv', '--out', 'bad-out', '--map', 'text=body'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("carelint: 'other.csv' has no column 'body' for the record text (from --map text=body). Its columns: id, note.\n");
  });
});
