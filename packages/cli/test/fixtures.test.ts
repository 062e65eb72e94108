import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '@carelint/core';
import { describe, expect, it } from 'vitest';
import { groupFindings, loadFixtures, recordsDir } from '../../../fixtures/load.js';
import { run } from './run.js';

// The golden records every adapter shares: through the CLI's JSON output, each record must give the
// findings its `*.expected.yaml` lists ("line:col ruleId actual"), with its options as flags.
const repo = fileURLToPath(new URL('../../../', import.meta.url));
/** Rule groups compared so far (expected-file keys). */
const compared = ['care-jargon'];
const fixtures = existsSync(recordsDir) ? loadFixtures() : [];

/** `line:col rest` lines in position order, then by text, so ties cannot reorder them. */
function byPosition(lines: readonly string[]): string[] {
  const key = (line: string) => line.split(' ', 1)[0]!.split(':').map(Number) as [number, number];
  return [...lines].sort((a, b) => {
    const [al, ac] = key(a);
    const [bl, bc] = key(b);
    return al - bl || ac - bc || (a < b ? -1 : a > b ? 1 : 0);
  });
}

describe.skipIf(!existsSync(recordsDir))('fixtures/records through carelint check --format json', () => {
  it('has records with expected files', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(fixtures)('$name', async ({ file, expected }) => {
    const { documentType, childNames = [], preset } = expected.options ?? {};
    const argv = [
      'check', '--format', 'json', '--fail-on', 'none',
      ...(documentType === undefined ? [] : ['--document-type', documentType]),
      ...(preset === undefined ? [] : ['--preset', preset]),
      ...childNames.flatMap((child) => ['--child', child]),
      relative(repo, file),
    ];
    const result = await run(argv, { cwd: repo });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [report] = JSON.parse(result.stdout) as Report[];
    const got = groupFindings(report!.messages);
    for (const group of compared) {
      const want = expected.findings?.[group];
      if (want === undefined) continue;
      expect(byPosition(got[group] ?? []), group).toEqual(byPosition(want));
    }
  });
});
