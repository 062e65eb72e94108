/**
 * A 10 MB input is either linted in bounded time and memory, or refused at once with a clear error by a documented
 * limit. Each lint runs in a child process (so time and peak memory can be bounded and measured) on core bundled
 * from its sources.
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleCore } from './bundle-core.js';

const child = new URL('./lint-child.mjs', import.meta.url).pathname;
const TEN_MB = 10 * 1024 * 1024;
/** What "bounded" means here: the budget a batch worker or an HTTP request could afford for one record. */
const BUDGET = { ms: 45_000, heapMiB: 2048 };

interface Outcome {
  ok: boolean;
  characters: number;
  ms: number;
  peakRssMiB?: number;
  words?: number;
  name?: string;
  message?: string;
  limit?: number;
  leaksText?: boolean;
}

let bundle = '';
let tenMb: Outcome | undefined;
beforeAll(async () => {
  bundle = await bundleCore();
}, 60_000);

/** Lints `characters` of generated records in a child process; undefined when it ran out of time or memory. */
function lintInChild(characters: number): { outcome?: Outcome; failure?: string } {
  const run = spawnSync(process.execPath, [`--max-old-space-size=${BUDGET.heapMiB}`, child, bundle, String(characters)], { encoding: 'utf8', timeout: BUDGET.ms + 15_000 });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.error || run.status !== 0 || !line.startsWith('{')) {
    return { failure: `the child ${run.error ? `was stopped (${(run.error as NodeJS.ErrnoException).code ?? run.error.message})` : `exited ${run.status ?? run.signal}`}; stderr: ${run.stderr.trim().split('\n').slice(-2).join(' ').slice(0, 300)}` };
  }
  return { outcome: JSON.parse(line) as Outcome };
}

describe('a 10 MB record', () => {
  it('is linted in bounded time and memory, or refused at once by a documented limit', { timeout: BUDGET.ms + 30_000 }, () => {
    const { outcome, failure } = lintInChild(TEN_MB);
    tenMb = outcome;
    expect(failure, `a 10 MB record was neither refused nor linted within ${BUDGET.ms / 1000} s and ${BUDGET.heapMiB} MiB of heap: core needs an input size limit (see bench/README.md, "Input size")`).toBeUndefined();
    if (!outcome) return;
    if (outcome.ok) {
      expect(outcome.ms).toBeLessThan(BUDGET.ms);
      expect(outcome.peakRssMiB).toBeLessThan(BUDGET.heapMiB + 512);
    } else {
      // Refused: at once, with a message a person can act on, that names the limit and holds none of the text.
      expect(outcome.ms).toBeLessThan(2000);
      expect(outcome.name).toBe('InputTooLargeError');
      expect(outcome.message).toMatch(/characters/);
      expect(outcome.limit).toBeGreaterThan(0);
      expect(outcome.message).toContain(outcome.limit!.toLocaleString('en-GB'));
      expect(outcome.leaksText).toBe(false);
    }
  });

  it('a record at the documented limit is linted in bounded time and memory', { timeout: BUDGET.ms + 30_000 }, () => {
    const limit = tenMb && !tenMb.ok ? tenMb.limit : undefined;
    if (limit === undefined) return; // no limit: the test above covers the whole 10 MB
    const { outcome, failure } = lintInChild(limit);
    expect(failure).toBeUndefined();
    expect(outcome?.ok, outcome?.message).toBe(true);
    expect(outcome!.ms).toBeLessThan(BUDGET.ms);
    expect(outcome!.peakRssMiB).toBeLessThan(BUDGET.heapMiB);
  });
});
