/**
 * Issue 15: the same bad input gives the same clear answer at every entry point: nested markup a finding-free report
 * (no stack overflow), binary text and over-long input a named refusal (never "internal error" or a 500), and the
 * input is read only up to the size limit.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BinaryInputError, InputTooLargeError, lint, type Format } from '../../packages/core/src/index.js';
import { readTextFile, readTextStream } from '../../packages/core/src/node.js';
import { main } from '../../packages/cli/src/main.js';
import { runAuditCommand } from '../../packages/audit/src/index.js';

const NESTED: Array<[string, Format]> = [
  ['<b>'.repeat(1837), 'html'],
  ['<ul><li>'.repeat(919), 'html'],
  ['<div>'.repeat(1839), 'html'],
  ['<b>'.repeat(20_000), 'html'],
  ['1. '.repeat(2468), 'markdown'],
  ['> '.repeat(4924), 'markdown'],
  ['> '.repeat(30_000), 'markdown'],
  ['- '.repeat(2) + '+ '.repeat(20_000), 'markdown'],
];
const BINARY = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256));

async function cli(argv: string[], cwd: string, stdin: Buffer | string = '') {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : stdin]),
    cwd,
    env: {},
  });
  return { code, stdout, stderr };
}

describe('nested markup', () => {
  it('core lints it without a stack overflow', () => {
    for (const [text, format] of NESTED) expect(() => lint(text, { format }), `${text.slice(0, 9)}… as ${format}`).not.toThrow();
  });
});

describe('binary or mostly-invalid UTF-8', () => {
  it('core refuses it by name, with a message that quotes none of it', () => {
    const text = BINARY.toString('utf8');
    expect(() => lint(text)).toThrow(BinaryInputError);
    try {
      lint(text);
    } catch (error) {
      expect((error as Error).message).toMatch(/does not look like text/);
      expect((error as Error).message).not.toContain(text.slice(0, 20));
    }
    // Ordinary text with a stray control character or two is still checked.
    expect(() => lint('Contact with Dad went well.\u0000 The LAC review\u0007 is next week.')).not.toThrow();
  });

  it('check prints the refusal (not "internal error") and exits 2; the audit makes it an error row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carelint-binary-'));
    mkdirSync(join(dir, 'records'));
    writeFileSync(join(dir, 'records', 'photo.txt'), BINARY);
    writeFileSync(join(dir, 'records', 'visit.txt'), 'Contact with Dad went well.\n');
    const checked = await cli(['check', 'records/photo.txt'], dir);
    expect(checked.code).toBe(2);
    expect(checked.stderr).toMatch(/does not look like text/);
    expect(checked.stderr).not.toMatch(/internal error/);
    const piped = await cli(['check', '-'], dir, BINARY);
    expect(piped.stderr).toMatch(/does not look like text/);
    let stdout = '';
    const code = await runAuditCommand(['records', '--out', 'out', '--no-progress'], {
      stdout: { write: (chunk: string) => (stdout += chunk), isTTY: false },
      stderr: { write: () => true, isTTY: false },
      stdin: Readable.from([]),
      cwd: dir,
      env: {},
    } as never);
    expect(code).toBe(2);
    expect(stdout).toContain('2 records = 1 checked + 1 could not be read or checked');
    const rows = readFileSync(join(dir, 'out', 'records.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; error?: string });
    expect(rows.find((row) => row.id === 'records/photo.txt')?.error).toMatch(/^the record does not look like text/);
  });
});

describe('size limits', () => {
  it('a file and a stream are read only up to the limit (+1 chunk), then refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carelint-size-'));
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'word '.repeat(400_000)); // 2 MB
    expect(() => readTextFile(path, 1000)).toThrow(InputTooLargeError);
    expect(readTextFile(path, 3_000_000)).toHaveLength(2_000_000);
    // A stream that never ends is refused once it passes the limit: it is not read to its end.
    let pulled = 0;
    const endless = (async function* () {
      for (;;) {
        pulled += 1;
        yield Buffer.from('word '.repeat(1000));
      }
    })();
    await expect(readTextStream(endless, 100_000)).rejects.toThrow(/more than 100,000 characters/);
    expect(pulled).toBeLessThan(25);
  });

  it('check - refuses a stream over the limit with the size message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carelint-stdin-'));
    writeFileSync(join(dir, 'carelint.config.json'), JSON.stringify({ maxLength: 1000 }));
    const result = await cli(['check', '-'], dir, 'Contact with Dad. '.repeat(200));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/more than 1,000 characters long/);
  });
});
