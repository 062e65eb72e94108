import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LintOptions, Report } from '@carelint/core';
import type { LintAnswer, LintRequest } from './lint-worker.js';

/** Why a lint did not produce a report; the server turns each kind into its own status. */
export class LintFailure extends Error {
  override name = 'LintFailure';
  constructor(
    readonly kind: 'timeout' | 'busy' | 'config' | 'internal' | 'closed' | 'too-large' | 'not-text',
    message: string,
  ) {
    super(message);
  }
}

export interface PoolOptions {
  /** URL of the built lint worker (dist/lint-worker.js). */
  worker: URL;
  /** URL of the browser build of core the workers load (dist/carelint.browser.js). */
  bundle: URL;
  /** Worker threads (default: the number of cores, at most 2). */
  size?: number;
  /** Records waiting for a worker before new ones are turned away with `busy` (default 256). */
  maxQueue?: number;
}

interface Job {
  id: number;
  text: string;
  options: LintOptions;
  timer: ReturnType<typeof setTimeout>;
  resolve: (report: Report) => void;
  reject: (failure: LintFailure) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  live: boolean;
  job?: Job | undefined;
}

/**
 * Worker threads that lint records off the main thread. Each record has a deadline: past it, a waiting
 * record is dropped and a running one has its worker ended and replaced, so one slow record never holds the
 * service. Records and reports travel only between threads of this process.
 */
export class LintPool {
  readonly size: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly maxQueue: number;
  private nextId = 1;
  private closed = false;
  private broken: string | undefined;

  /** A pool running the worker and the browser build found in `folder` (this package's dist by default). */
  static fromAssets(folder: URL, size?: number): LintPool {
    const base = folder.href.endsWith('/') ? folder : new URL(`${folder.href}/`);
    return new LintPool({ worker: new URL('lint-worker.js', base), bundle: new URL('carelint.browser.js', base), ...(size ? { size } : {}) });
  }

  constructor(private readonly options: PoolOptions) {
    for (const [what, url] of [['browser build of core', options.bundle], ['lint worker', options.worker]] as const) {
      if (url.protocol === 'file:' && !existsSync(fileURLToPath(url))) {
        throw new Error(`the ${what} is missing (${fileURLToPath(url)}); run 'pnpm --filter @carelint/server build' first`);
      }
    }
    this.size = Math.max(1, options.size ?? Math.min(2, availableParallelism()));
    this.maxQueue = options.maxQueue ?? 256;
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  /** Resolves once every worker has loaded core and linted a warm-up record. */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.ready));
  }

  /** Counts for /healthz. */
  stats(): { workers: number; ready: number; busy: number; queued: number } {
    return {
      workers: this.slots.length,
      ready: this.slots.filter((slot) => slot.live).length,
      busy: this.slots.filter((slot) => slot.job).length,
      queued: this.queue.length,
    };
  }

  /** Lints `text` in a worker; rejects with a LintFailure when `timeoutMs` passes first. */
  lint(text: string, options: LintOptions, timeoutMs: number): Promise<Report> {
    if (this.closed) return Promise.reject(new LintFailure('closed', 'The service is shutting down; try again shortly.'));
    if (this.broken) return Promise.reject(new LintFailure('internal', this.broken));
    if (this.queue.length >= this.maxQueue) {
      return Promise.reject(new LintFailure('busy', `The service has ${this.queue.length} records waiting; try again shortly.`));
    }
    return new Promise<Report>((resolve, reject) => {
      const id = this.nextId++;
      const timer = setTimeout(() => this.expire(id), Math.max(1, timeoutMs));
      this.queue.push({ id, text, options, timer, resolve, reject });
      this.dispatch();
    });
  }

  /** Ends every worker; waiting and running records are turned away. */
  async close(): Promise<void> {
    this.closed = true;
    const closing = new LintFailure('closed', 'The service is shutting down; try again shortly.');
    for (const job of this.queue.splice(0)) settle(job).reject(closing);
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.job) settle(slot.job).reject(closing);
        slot.job = undefined;
        await slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.worker, { workerData: { bundle: this.options.bundle.href } });
    // Idle workers must not keep a process alive (tests, embedding apps); a running record holds a timer instead.
    worker.unref();
    let markReady = () => {};
    let markFailed = (_: Error) => {};
    const slot: Slot = {
      worker,
      live: false,
      ready: new Promise<void>((resolve, reject) => {
        markReady = resolve;
        markFailed = reject;
      }),
    };
    slot.ready.catch(() => undefined);
    worker.on('message', (message: LintAnswer | { ready: true }) => {
      if ('ready' in message) {
        slot.live = true;
        markReady();
        this.dispatch();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      slot.job = undefined;
      settle(job);
      if ('report' in message) job.resolve(message.report);
      else if (message.error.name === 'ConfigError') job.reject(new LintFailure('config', message.error.message ?? 'The settings are not valid.'));
      // core's refusals say why in words that never quote the record.
      else if (message.error.name === 'InputTooLargeError') job.reject(new LintFailure('too-large', message.error.message ?? 'The record is too long to check.'));
      else if (message.error.name === 'BinaryInputError') job.reject(new LintFailure('not-text', message.error.message ?? 'The record does not look like text.'));
      else job.reject(new LintFailure('internal', `internal error (${message.error.name}) while checking the record`));
      this.dispatch();
    });
    worker.on('error', (error) => {
      if (!slot.live) {
        // It never loaded core: starting another would fail the same way, so the pool stops taking records.
        // No record has reached it yet, so the message is about the build, not anyone's text.
        this.broken = `the lint workers could not start (${error.name}: ${error.message.split('\n', 1)[0]})`;
        markFailed(new Error(this.broken));
        for (const job of this.queue.splice(0)) settle(job).reject(new LintFailure('internal', this.broken));
      }
      // A crash mid-record: that record gets an internal error, without the error's message (it could quote it).
      this.replace(slot, new LintFailure('internal', `internal error (${error.name}) in a lint worker`));
    });
    worker.on('exit', () => {
      if (!this.closed) this.replace(slot, new LintFailure('internal', 'a lint worker stopped unexpectedly'));
    });
    return slot;
  }

  /** A record's deadline passed: drop it if it waits; end and replace its worker if it runs. */
  private expire(id: number): void {
    const waiting = this.queue.findIndex((job) => job.id === id);
    if (waiting !== -1) {
      this.queue.splice(waiting, 1)[0]!.reject(timedOut());
      return;
    }
    const slot = this.slots.find((candidate) => candidate.job?.id === id);
    if (slot) this.replace(slot, timedOut());
  }

  /** Swaps a worker that timed out or failed for a fresh one, failing the record it held. */
  private replace(slot: Slot, failure: LintFailure): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots.splice(index, 1);
    const job = slot.job;
    slot.job = undefined;
    if (job) settle(job).reject(failure);
    void slot.worker.terminate();
    if (!this.closed && !this.broken) this.slots.push(this.spawn());
  }

  /** Hands waiting records to ready, idle workers. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((candidate) => candidate.live && !candidate.job);
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      const request: LintRequest = { id: job.id, text: job.text, options: job.options };
      slot.worker.postMessage(request);
    }
  }
}

function settle(job: Job): Job {
  clearTimeout(job.timer);
  return job;
}

function timedOut(): LintFailure {
  return new LintFailure('timeout', 'Checking the record took longer than the service allows; send a shorter record or try again.');
}
