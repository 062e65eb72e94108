import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Finding } from '@carelint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupFindings, loadFixtures } from '../../../fixtures/load.js';
import { runAudit, type AuditRecord } from '../src/index.js';
import { audit, buildAudit, repoDir, temporaryDir, writeDocx } from './helpers.js';

function readRecords(out: string): AuditRecord[] {
  return readFileSync(join(out, 'records.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as AuditRecord);
}

/** `line:col rest` lines in position order, then by text. */
function byPosition(lines: readonly string[]): string[] {
  const key = (line: string) => line.split(' ', 1)[0]!.split(':').map(Number) as [number, number];
  return [...lines].sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1] || (a < b ? -1 : a > b ? 1 : 0));
}

describe('audit inputs', () => {
  let dir: string;
  beforeAll(async () => {
    await buildAudit();
    dir = temporaryDir('inputs');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives each golden fixture record the findings its expected file lists (as a JSONL export with type and child)', async () => {
    const fixtures = loadFixtures();
    const lines = fixtures.map((fixture) =>
      JSON.stringify({ id: fixture.name, text: fixture.text, type: fixture.expected.options?.documentType, child: fixture.expected.options?.childNames?.join(';') }),
    );
    // One export has one text format: the plain-text records (most of them). Markdown and HTML files are read by extension in a folder, below.
    const textOnly = fixtures.filter((fixture) => fixture.format === 'text');
    writeFileSync(join(dir, 'fixtures-text.jsonl'), `${textOnly.map((fixture) => lines[fixtures.indexOf(fixture)]).join('\n')}\n`);
    const result = await runAudit({ inputs: ['fixtures-text.jsonl'], out: 'fixtures-out', cwd: dir, failOn: 'none' });
    expect(result.summary.records).toBe(textOnly.length);
    const records = readRecords(join(dir, 'fixtures-out'));
    for (const fixture of textOnly) {
      const record = records.find((item) => item.id === fixture.name)!;
      expect('messages' in record, fixture.name).toBe(true);
      const want = fixture.expected.findings?.['care-jargon'];
      if (want === undefined) continue;
      const got = groupFindings((record as { messages: Finding[] }).messages)['care-jargon'] ?? [];
      expect(byPosition(got), fixture.name).toEqual(byPosition(want));
    }
  }, 90_000);

  it('reads a folder recursively: text, Markdown, HTML and Word files, skipping dot-folders', async () => {
    const folder = join(dir, 'records');
    mkdirSync(join(folder, 'north', '.hidden'), { recursive: true });
    writeFileSync(join(folder, 'north', 'visit.txt'), 'Contact with Dad went well on Saturday.\n');
    writeFileSync(join(folder, 'north', 'plan.md'), '# Plan\n\nShe has settled into the placement.\n');
    writeFileSync(join(folder, 'north', '.hidden', 'skip.txt'), 'Contact with Dad went well.\n');
    writeFileSync(join(folder, 'letter.html'), '<p>Your siblings asked about you.</p>');
    writeFileSync(join(folder, 'notes.csv'), 'not,a,record\n');
    writeDocx(join(folder, 'review.docx'), ['Review of the care plan.', 'The LAC review was held at school.']);
    writeFileSync(join(folder, 'broken.docx'), 'this is not a zip file');
    writeFileSync(join(folder, 'empty.txt'), '   \n');
    const result = await audit(['records', '--out', 'folder-out', '--no-progress'], { cwd: dir });
    expect(result.code).toBe(2);
    const records = readRecords(join(dir, 'folder-out'));
    expect(records.map((record) => record.id)).toEqual(['records/broken.docx', 'records/empty.txt', 'records/letter.html', 'records/north/plan.md', 'records/north/visit.txt', 'records/review.docx']);
    const byId = new Map(records.map((record) => [record.id, record]));
    const terms = (id: string) => ('messages' in byId.get(id)! ? (byId.get(id) as { messages: Finding[] }).messages.map((finding) => finding.ruleId) : ['error']);
    expect(terms('records/north/visit.txt')).toContain('contact-family');
    expect(terms('records/north/plan.md')).toContain('placement');
    expect(terms('records/letter.html')).toContain('siblings');
    expect(terms('records/review.docx')).toContain('lac-review');
    expect(byId.get('records/broken.docx')).toEqual({ id: 'records/broken.docx', meta: {}, error: 'the Word document cannot be read (it may be damaged, or not a .docx file)' });
    expect(byId.get('records/empty.txt')).toEqual({ id: 'records/empty.txt', meta: {}, error: 'the record is empty: there is no text to check' });
    expect(result.stdout).toContain('6 records = 4 checked + 2 could not be read or checked');
  });

  it('reads CSV exports with quoted multi-line fields and reports broken rows by id and line', async () => {
    writeFileSync(
      join(dir, 'mixed.csv'),
      ['ref,body,team', '1,"Contact with Dad went well.\nShe has settled into the placement.",North', '2,too,many,fields', '3,,South', '4,"Her siblings visited.",South', ''].join('\r\n'),
    );
    const result = await audit(['mixed.csv', '--out', 'csv-out', '--map', 'id=ref,text=body', '--no-progress'], { cwd: dir });
    expect(result.code).toBe(2);
    const records = readRecords(join(dir, 'csv-out'));
    expect(records.map((record) => [record.id, 'error' in record ? record.error : record.meta.team])).toEqual([
      ['1', 'North'],
      ['2', 'line 4: the row has 4 fields, not as many as the header'],
      ['3', "the 'body' field is empty: there is no text to check"],
      ['4', 'South'],
    ]);
  });

  it('reports quotes that break CSV rows, up to a quote never closed at the end', async () => {
    writeFileSync(join(dir, 'quotes.csv'), 'id,text\n1,Contact went well.\n2,ab"c def\n3,"Her siblings visited."\n4,"never closed\n');
    await audit(['quotes.csv', '--out', 'quotes-out', '--no-progress'], { cwd: dir });
    expect(readRecords(join(dir, 'quotes-out')).map((record) => [record.id, 'error' in record ? record.error : 'checked'])).toEqual([
      ['1', 'checked'],
      ['quotes.csv:3', 'line 3: a quote stands inside a field that does not start with one'],
      ['3', 'checked'],
      ['quotes.csv:5', 'line 5: a quoted field in the row is not closed properly'],
    ]);
  });

  it('exits as check does, and shows progress as a bar on a terminal and as lines otherwise', async () => {
    mkdirSync(join(dir, 'exits'), { recursive: true });
    writeFileSync(join(dir, 'exits', 'clean.txt'), 'I visited Amira at home and she showed me her drawings.\n');
    writeFileSync(join(dir, 'exits', 'jargon.txt'), 'Contact with Dad went well on Saturday.\n');
    const clean = await audit(['exits/clean.txt', '--out', 'exit-clean'], { cwd: dir });
    expect(clean.code).toBe(0);
    expect(clean.stderr).toMatch(/^carelint audit: 1 record \(100%\), \d+ records\/s, 0 errors\n$/m);
    const warned = await audit(['exits', '--out', 'exit-warned', '--fail-on', 'warning'], { cwd: dir, tty: true });
    expect(warned.code).toBe(1);
    expect(warned.stderr).toMatch(/^(\r\u001b\[2K\[█+\] 100% {2}2 records {2}\d+ records\/s {2}0 errors)+\n$/);
    expect((await audit(['exits', '--out', 'exit-warned', '--fail-on', 'none', '--no-progress'], { cwd: dir })).code).toBe(0);
  }, 90_000);

  it('turns a record that takes too long into an error row and goes on', async () => {
    writeFileSync(join(dir, 'slow.jsonl'), `${JSON.stringify({ id: 'a', text: 'Contact went well.' })}\n${JSON.stringify({ id: 'b', text: 'Her siblings visited.' })}\n`);
    // 1 ms is less than a worker needs to start: every record runs out of time, alone as well as in its batch.
    const result = await runAudit({ inputs: ['slow.jsonl'], out: 'slow-out', cwd: dir, timeoutMs: 1, jobs: 1, cacheDir: false });
    expect(result.summary).toMatchObject({ records: 2, linted: 0, errors: 2 });
    expect(readRecords(join(dir, 'slow-out')).map((record) => 'error' in record && record.error)).toEqual([
      'checking this record took longer than 0 s and was stopped (the limit is set with --timeout)',
      'checking this record took longer than 0 s and was stopped (the limit is set with --timeout)',
    ]);
  });

  it('names the relative path of records in a folder given from elsewhere', async () => {
    const result = await runAudit({ inputs: [relative(dir, join(repoDir, 'fixtures', 'records', '01-cin-home-visit.txt'))], out: 'one-out', cwd: dir, failOn: 'none' });
    expect(result.summary.records).toBe(1);
    expect(readRecords(join(dir, 'one-out'))[0]!.id).toMatch(/fixtures\/records\/01-cin-home-visit\.txt$/);
  });
});
