import { describe, expect, it } from 'vitest';
import { parseAuditArgs } from '../src/index.js';
import { audit, temporaryDir } from './helpers.js';

describe('carelint audit arguments', () => {
  it('reads every option', () => {
    const args = parseAuditArgs(['a.csv', '-', '--out', 'o', '--map', 'id=ref,text=body,team=unit', '--jobs', '3', '--resume', '--snippets', '--format', 'sarif', '--fail-on', 'none', '--preset', 'strict', '--text-format', 'html', '--no-cache', '--table-limit', '10', '--timeout', '5', '--max-chars', '99', '--no-progress']);
    expect(args).toMatchObject({ inputs: ['a.csv', '-'], out: 'o', jobs: 3, resume: true, snippets: true, sarif: true, failOn: 'none', preset: 'strict', textFormat: 'html', cache: false, tableLimit: 10, timeoutSeconds: 5, maxChars: 99, progress: false });
    expect(args.map.fields).toMatchObject({ id: 'ref', text: 'body', team: 'unit', date: 'date' });
    expect(args.map.explicit).toEqual(['id', 'text', 'team']);
  });

  it.each([
    [['a.csv'], "--out is missing: name the folder the results go to, as in 'carelint audit export.csv --out audit/'."],
    [['--out', 'o'], "no input. Give folders, CSV or JSONL exports, or '-' for JSONL on stdin, and --out. Run 'carelint audit --help' for examples."],
    [['a.csv', '--out', 'o', '--bogus'], "unknown option '--bogus'. Run 'carelint audit --help' for the options."],
    [['a.csv', '--out', 'o', '--map', 'name=x'], '--map: unknown key \'name\'. Keys: id, text, date, team, author, type, child, as in --map id=note_id,text=body.'],
    [['a.csv', '--out', 'o', '--map', 'text='], "--map: 'text' needs a column name, as in --map text=column_name."],
    [['a.csv', '--out', 'o', '--jobs', '0'], "option '--jobs' must be a whole number from 1 to 256 (got '0')."],
    [['a.csv', '--out', 'o', '--format', 'json'], "option '--format' can only be sarif (got 'json'): records.jsonl, the summaries and report.html are always written."],
    [['a.csv', '--out', 'o', '--fail-on', 'never'], "option '--fail-on' must be one of error, warning, info, none (got 'never')."],
    [['a.csv', '--out', 'o', '--cache', 'c', '--no-cache'], "'--cache' and '--no-cache' cannot be used together."],
  ])('%j is refused', (argv, message) => {
    expect(() => parseAuditArgs(argv)).toThrow(message);
  });

  it('prints its help and exits 0', async () => {
    const result = await audit(['--help'], { cwd: temporaryDir('help') });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage\n {2}carelint audit <input\.\.\.> --out <folder> \[options\]/);
    expect(result.stdout).not.toContain('{cores}');
  });

  it('exits 2 with one line for a usage error, a missing input, and --format sarif without the CLI formatter', async () => {
    const cwd = temporaryDir('usage');
    expect(await audit(['x.csv'], { cwd })).toEqual({ code: 2, stdout: '', stderr: "carelint: --out is missing: name the folder the results go to, as in 'carelint audit export.csv --out audit/'.\n" });
    expect(await audit(['x.csv', '--out', 'o'], { cwd })).toEqual({ code: 2, stdout: '', stderr: "carelint: 'x.csv' does not exist. Check the path.\n" });
    expect((await audit(['x.csv', '--out', 'o', '--format', 'sarif'], { cwd })).stderr).toBe("carelint: --format sarif needs the carelint command line's SARIF formatter; run it as 'carelint audit'.\n");
  });
});

describe('wiring into the CLI dispatcher', () => {
  it('fits packages/cli’s Command and Io types, as the lead will add it', async () => {
    const { sarifLog } = await import('../../cli/src/format/sarif.js');
    type Command = import('../../cli/src/commands.js').Command;
    // The entry proposed for packages/cli/src/commands.ts.
    const entry: Command = {
      name: 'audit',
      summary: 'Audit many records (folders, CSV or JSONL exports) into figures by team and month, and a report',
      run: async (argv, io) => (await import('../src/index.js')).runAuditCommand(argv, io, { sarifLog }),
    };
    let stdout = '';
    const code = await entry.run(['--help'], { stdout: { write: (chunk: string) => (stdout += chunk) }, stderr: { write: () => true }, stdin: (async function* () {})(), cwd: process.cwd(), env: {} });
    expect(code).toBe(0);
    expect(stdout).toContain('carelint audit <input...> --out <folder>');
  });
});
