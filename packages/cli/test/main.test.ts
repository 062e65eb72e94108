import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Report } from '@carelint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../src/version.js';
import { run } from './run.js';

// A record with care jargon ("contact" as family time, "placement") and nothing else to find once the
// other categories are off. Configs below set the jargon's level, so exit codes do not depend on preset tuning.
const jargon = 'Jamie had contact with his mum on Saturday. He said it went well and he likes his placement.\n';
const plain = 'Jamie and I went to the park on Saturday. He told me he likes football.\n';
const only = (level: string) => ({
  rules: { 'child-voice': 'off', tone: 'off', deficit: 'off', plan: 'off', readability: 'off', 'care-jargon': level },
});

let root: string;
function write(path: string, content: string | object): string {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}
const inRoot = (argv: string[], stdin?: string) => run(argv, { cwd: root, ...(stdin === undefined ? {} : { stdin }) });
const reportsOf = (stdout: string) => JSON.parse(stdout) as Report[];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'carelint-main-'));
  // One folder per level of jargon finding, each with its own config (found by searching upwards).
  for (const level of ['error', 'warning', 'info']) {
    write(`${level}/carelint.config.json`, only(level));
    write(`${level}/visit.txt`, jargon);
    write(`${level}/park.txt`, plain);
  }
  write('broken/.carelintrc.json', { rulez: {} });
  write('broken/a.txt', jargon);
  write('broken/b.txt', jargon);
  write('elsewhere/strict.json', only('error'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('carelint', () => {
  it('prints its version and help', async () => {
    expect(await inRoot(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const help = await inRoot(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('carelint <command> [options]');
    expect(help.stdout).toContain('check');
    expect((await inRoot(['check', '--help'])).stdout).toContain('--fail-on <level>');
    expect((await inRoot(['help', 'check'])).stdout).toContain('--fail-on <level>');
  });

  it('exits 2 with the help on stderr when called with nothing', async () => {
    const result = await inRoot([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Commands');
  });

  it('exits 2 for an unknown command, listing the commands', async () => {
    const result = await inRoot(['records/']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("carelint: unknown command 'records/'. Commands: check, audit, serve. To check files, run 'carelint check records/'.\n");
  });

  it('exits 2 for an unknown option or a bad value, naming it', async () => {
    expect(await inRoot(['check', '--frail', 'info'])).toMatchObject({ code: 2, stdout: '' });
    expect((await inRoot(['check', '--frail', 'info'])).stderr).toContain("'--frail'");
    expect((await inRoot(['check', '--fail-on', 'warn', 'info'])).stderr).toContain("'--fail-on'");
    expect((await inRoot(['--format', 'json', 'check', 'info'])).code).toBe(2);
  });
});

describe('carelint check exit codes', () => {
  it('exits 0 when nothing is found', async () => {
    const result = await inRoot(['check', '--format', 'json', 'warning/park.txt']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(reportsOf(result.stdout)[0]?.messages).toEqual([]);
  });

  it('fails on warnings by default', async () => {
    expect((await inRoot(['check', 'warning'])).code).toBe(1);
    expect((await inRoot(['check', 'info'])).code).toBe(0);
    expect((await inRoot(['check', 'error'])).code).toBe(1);
  });

  it('fails at or above --fail-on', async () => {
    const cases: Array<[string, string, number]> = [
      ['error', 'error', 1],
      ['warning', 'error', 0],
      ['info', 'error', 0],
      ['warning', 'warning', 1],
      ['info', 'warning', 0],
      ['info', 'info', 1],
      ['warning', 'info', 1],
      ['error', 'none', 0],
    ];
    for (const [folder, failOn, code] of cases) {
      expect((await inRoot(['check', '--fail-on', failOn, folder])).code, `${folder} --fail-on ${failOn}`).toBe(code);
    }
  });

  it('with --quiet, shows and counts only errors', async () => {
    const warnings = await inRoot(['check', '--quiet', 'warning']);
    expect(warnings).toEqual({ code: 0, stdout: '', stderr: '' });
    const errors = await inRoot(['check', '--quiet', '--format', 'json', 'error']);
    expect(errors.code).toBe(1);
    for (const report of reportsOf(errors.stdout)) for (const finding of report.messages) expect(finding.severity).toBe('error');
  });
});

describe('carelint check input errors', () => {
  it('exits 2 for a missing file, naming it, and still reports the others', async () => {
    const result = await inRoot(['check', '--format', 'json', 'warning/park.txt', 'records/missing.txt', 'info/park.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("carelint: 'records/missing.txt' does not exist. Check the path.\n");
    expect(reportsOf(result.stdout).map((report) => report.path)).toEqual(['warning/park.txt', 'info/park.txt']);
  });

  it('exits 2 for a bad config key, naming the key, once however many files it covers', async () => {
    const result = await inRoot(['check', 'broken']);
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^carelint: broken\/\.carelintrc\.json: .*"rulez"/);
  });

  it('exits 2 for a bad --config file before checking anything', async () => {
    const result = await inRoot(['check', '--config', 'broken/.carelintrc.json', 'warning']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('rulez');
    expect((await inRoot(['check', '--config', 'nope.json', 'warning'])).stderr).toContain('nope.json');
  });

  it('never prints record text in an error message', async () => {
    const results = [await inRoot(['check', 'broken']), await inRoot(['check', 'nope.txt', 'warning'])];
    for (const result of results) expect(result.stderr).not.toMatch(/contact|placement|mum/);
  });
});

describe('carelint check options', () => {
  it('prints an array of Reports with --format json, paths relative to the working folder', async () => {
    const result = await inRoot(['check', '--format', 'json', 'warning']);
    const reports = reportsOf(result.stdout);
    expect(reports.map((report) => report.path)).toEqual(['warning/park.txt', 'warning/visit.txt']);
    const visit = reports[1]!;
    expect(visit.format).toBe('text');
    expect(typeof visit.metrics.words).toBe('number');
    expect(visit.messages.map((finding) => finding.ruleId)).toContain('contact-family');
    for (const finding of visit.messages) {
      expect(finding.severity).toBe('warning');
      expect(jargon.slice(finding.place.start.offset, finding.place.end.offset).toLowerCase()).toContain(finding.actual.toLowerCase());
    }
  });

  it('uses --config instead of the config it would find', async () => {
    const result = await inRoot(['check', '--config', 'elsewhere/strict.json', '--format', 'json', 'info/visit.txt']);
    expect(result.code).toBe(1);
    expect(reportsOf(result.stdout)[0]?.messages.every((finding) => finding.severity === 'error')).toBe(true);
  });

  it('passes --document-type and --preset to core', async () => {
    const result = await inRoot(['check', '--document-type', 'plan', '--preset', 'strict', '--format', 'json', 'warning/park.txt']);
    expect(reportsOf(result.stdout)[0]?.documentType).toBe('plan');
  });

  it('reads stdin with -', async () => {
    const result = await inRoot(['check', '--config', 'warning/carelint.config.json', '--format', 'json', '-'], jargon);
    expect(result.code).toBe(1);
    const [report] = reportsOf(result.stdout);
    expect(report?.path).toBeUndefined();
    expect(report?.format).toBe('text');
    expect(report?.messages.map((finding) => finding.ruleId)).toContain('contact-family');
  });

  it('names stdin and reads its format with --stdin-filename, finding config from its folder', async () => {
    const result = await inRoot(['check', '--format', 'json', '-', '--stdin-filename', 'info/note.md'], `# Visit\n\n${jargon}`);
    expect(result.code).toBe(0);
    const [report] = reportsOf(result.stdout);
    expect(report).toMatchObject({ path: 'info/note.md', format: 'markdown' });
    expect(report?.messages.length).toBeGreaterThan(0);
    expect(report?.messages.every((finding) => finding.severity === 'info')).toBe(true);
    const html = await inRoot(['check', '--format', 'json', '-', '--stdin-format', 'html'], `<p>${jargon}</p>`);
    expect(reportsOf(html.stdout)[0]?.format).toBe('html');
  });

  it('prints stylish output without colour when not a terminal, and with colour when forced', async () => {
    const result = await inRoot(['check', 'warning']);
    expect(result.stdout).toContain('warning/visit.txt');
    expect(result.stdout).toContain('contact-family');
    expect(result.stdout).not.toMatch(/\u001B\[/);
    expect((await run(['check', 'warning'], { cwd: root, tty: true })).stdout).toMatch(/\u001B\[/);
    expect((await run(['check', 'warning'], { cwd: root, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001B\[/);
    expect((await run(['check', '--no-color', 'warning'], { cwd: root, tty: true })).stdout).not.toMatch(/\u001B\[/);
    expect((await inRoot(['check', '--color', 'warning'])).stdout).toMatch(/\u001B\[/);
  });
});
