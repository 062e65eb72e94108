import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '@carelint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../src/version.js';

// The built command, run for real: shebang, exit codes through process.exitCode, real stdin and stdout.
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const record = 'Jamie had contact with his mum on Saturday and talked about his placement.\n';

describe('dist/bin.js', () => {
  let root: string;
  beforeAll(() => {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: run 'pnpm build' first`);
    root = mkdtempSync(join(tmpdir(), 'carelint-bin-'));
    // Jargon as warnings and nothing else, so the exit codes below do not depend on other rules' defaults.
    const rules = { 'child-voice': 'off', tone: 'off', deficit: 'off', plan: 'off', readability: 'off', 'care-jargon': 'warning' };
    writeFileSync(join(root, 'carelint.config.json'), JSON.stringify({ rules }));
    writeFileSync(join(root, 'visit.txt'), record);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const spawn = (args: string[], input?: string) =>
    spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, input: input ?? '' });

  it('runs as an executable with a shebang', () => {
    const result = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });

  it('checks a file, prints JSON reports and exits 1 on a warning', () => {
    const result = spawn(['check', '--format', 'json', 'visit.txt']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const reports = JSON.parse(result.stdout) as Report[];
    expect(reports[0]?.path).toBe('visit.txt');
    expect(reports[0]?.messages.some((finding) => finding.ruleId === 'contact-family')).toBe(true);
  });

  it('reads stdin and exits 0 under --fail-on error', () => {
    const result = spawn(['check', '--fail-on', 'error', '-'], record);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('<stdin>');
  });

  it('exits 2 for a missing file, with the path on stderr', () => {
    const result = spawn(['check', 'missing.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("carelint: 'missing.txt' does not exist. Check the path.\n");
  });
});
