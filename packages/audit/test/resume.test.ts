import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, buildAudit, generator, temporaryDir } from './helpers.js';

const script = fileURLToPath(new URL('./fixtures/run-audit.mjs', import.meta.url));
const outputs = ['records.jsonl', 'summary.json', 'summary.csv', 'report.html'];

function lineCount(file: string): number {
  if (!existsSync(file)) return 0;
  return readFileSync(file, 'utf8').split('\n').length - 1;
}

describe('carelint audit --resume', () => {
  let dir: string;
  beforeAll(async () => {
    await buildAudit();
    dir = temporaryDir('resume');
    await generator.writeExport(join(dir, 'export.jsonl'), { count: 200, seed: 8, format: 'jsonl' });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('after kill -9 halfway, ends with the same files as a run that was never stopped', async () => {
    const args = ['export.jsonl', '--map', generator.map, '--jobs', '2', '--no-progress', '--fail-on', 'none'];
    const clean = await audit([...args, '--out', 'clean'], { cwd: dir });
    expect(clean.code).toBe(2);

    // The same audit in its own process, without a cache so it is still busy when it is killed.
    const child = spawn(process.execPath, [script, ...args, '--out', 'killed', '--no-cache'], { cwd: dir, stdio: 'ignore' });
    const records = join(dir, 'killed', 'records.jsonl');
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const deadline = Date.now() + 40_000;
    while (lineCount(records) < 30 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const done = lineCount(records);
    expect(done).toBeGreaterThanOrEqual(30);
    expect(done).toBeLessThan(200);
    expect(existsSync(join(dir, 'killed', 'summary.json'))).toBe(false);
    // As if the kill had landed in the middle of a write.
    appendFileSync(records, '{"id":"N000');

    // The rest comes from the clean run's cache (the cache is not part of what must match), to keep the test quick.
    const resumed = await audit([...args, '--out', 'killed', '--cache', 'clean/cache', '--resume'], { cwd: dir });
    expect(resumed.stderr).toBe('');
    expect(resumed.stdout).toContain(`${done} were done before --resume`);
    for (const file of outputs) {
      expect(readFileSync(join(dir, 'killed', file), 'utf8'), file).toBe(readFileSync(join(dir, 'clean', file), 'utf8'));
    }
  }, 120_000);

  it('refuses to resume an audit of other inputs or options', async () => {
    const result = await audit(['export.jsonl', '--map', generator.map, '--out', 'clean', '--resume', '--snippets'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^carelint: 'clean' holds an audit of other inputs or options/);
  });

  it('re-makes the outputs of a finished audit without checking anything again', async () => {
    const before = readFileSync(join(dir, 'clean', 'summary.json'), 'utf8');
    const result = await audit(['export.jsonl', '--map', generator.map, '--jobs', '2', '--no-progress', '--fail-on', 'none', '--out', 'clean', '--resume'], { cwd: dir });
    expect(result.stdout).toContain('200 were done before --resume; 0 in');
    expect(readFileSync(join(dir, 'clean', 'summary.json'), 'utf8')).toBe(before);
  });
});
