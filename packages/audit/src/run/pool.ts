import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Job, JobResult, WorkerConfig } from '../engine/job.js';

/** The compiled worker: beside this module in dist, or in dist when this module runs from src (tests). */
export function defaultWorkerUrl(): URL {
  const beside = new URL('./worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.ts') && existsSync(fileURLToPath(beside))) return beside;
  return new URL(import.meta.url.includes('/src/') ? '../../dist/worker.js' : '../dist/worker.js', import.meta.url);
}

/** Node flags without `--conditions`/`-C` and their values. */
function withoutConditions(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--conditions' || arg === '-C') index += 1;
    else if (!arg.startsWith('--conditions=') && !arg.startsWith('-C=')) kept.push(arg);
  }
  return kept;
}

export interface PoolOptions {
  threads: number;
  config: WorkerConfig;
  workerUrl?: URL;
  /** A batch, or a record alone, taking longer than this is stopped (its thread is replaced). */
  timeoutMs: number;
}

/**
 * A fixed pool of worker threads that lints batches of records. A batch that fails as a whole (a thread died, or it
 * ran past the time limit) is retried one record at a time, so only the record at fault becomes an error row.
 */
export class LintPool {
  private readonly piscina: Piscina<Job[], JobResult[]>;
  private readonly timeoutMs: number;

  constructor(options: PoolOptions) {
    const url = options.workerUrl ?? defaultWorkerUrl();
    if (!existsSync(fileURLToPath(url))) {
      throw new Error(`the audit worker ${fileURLToPath(url)} is missing: build it with 'pnpm --filter @carelint/audit build'`);
    }
    this.piscina = new Piscina({
      filename: url.href,
      minThreads: options.threads,
      maxThreads: options.threads,
      idleTimeout: 60_000,
      workerData: options.config,
      // Workers resolve packages as plain Node does: a parent's `--conditions source` (a test runner's) would send
      // them to TypeScript sources they cannot load.
      execArgv: withoutConditions(process.execArgv),
    });
    this.timeoutMs = options.timeoutMs;
  }

  /** Results for every job of the batch, in order; never rejects. */
  async lint(jobs: Job[]): Promise<JobResult[]> {
    const whole = await this.attempt(jobs);
    if (whole.ok) return whole.results;
    if (jobs.length === 1) return [this.failed(jobs[0]!, whole.timedOut)];
    const results: JobResult[] = [];
    for (const job of jobs) {
      const alone = await this.attempt([job]);
      results.push(...(alone.ok ? alone.results : [this.failed(job, alone.timedOut)]));
    }
    return results;
  }

  /** The error row of a record that could not be linted even alone. */
  private failed(job: Job, timedOut: boolean): JobResult {
    const error = timedOut
      ? `checking this record took longer than ${Math.round(this.timeoutMs / 1000)} s and was stopped (the limit is set with --timeout)`
      : 'the checker stopped unexpectedly on this record (its worker thread exited)';
    return { seq: job.seq, error };
  }

  /** Runs one task under the time limit. */
  private async attempt(jobs: Job[]): Promise<{ ok: true; results: JobResult[] } | { ok: false; timedOut: boolean }> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    try {
      return { ok: true, results: await this.piscina.run(jobs, { signal: controller.signal }) };
    } catch {
      return { ok: false, timedOut };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Threads in the pool. */
  get threads(): number {
    return this.piscina.threads.length;
  }

  async close(): Promise<void> {
    await this.piscina.destroy();
  }
}
