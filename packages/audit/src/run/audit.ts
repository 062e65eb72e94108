import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { Format, Level, LintOptions } from '@carelint/core';
import type { Job } from '../engine/job.js';
import { versions } from '../engine/version.js';
import { defaultMap, readInputs, resolveInputs, type FieldMap } from '../input/index.js';
import { finalize, type FinalizeResult, type SarifLogger } from '../finalize.js';
import type { RecordMeta } from '../types.js';
import { UsageError } from '../usage-error.js';
import { LintPool } from './pool.js';
import { Progress, type ProgressStream } from './progress.js';
import { shardOf, shardText, type Shard } from './shard.js';
import { files, readState, RecordsWriter, trimPartialLine, writeState, writtenIds, type AuditState } from './records-file.js';

/** `--fail-on`: the lowest level that fails the run; `none` never does. */
export type FailOn = Level | 'none';

/** Everything an audit needs; only `inputs` and `out` are required. */
export interface AuditOptions {
  /** Folders, record files, CSV or JSONL exports, `-` for JSONL on stdin; relative to `cwd`. */
  inputs: string[];
  /** Output folder (created if missing). */
  out: string;
  cwd?: string;
  stdin?: AsyncIterable<string | Uint8Array>;
  map?: FieldMap;
  /** Worker threads; default: the machine's cores. */
  jobs?: number;
  /** Continue the audit already in `out`. */
  resume?: boolean;
  /** Keep the text around each finding (records.jsonl and report.html). */
  snippets?: boolean;
  /** Write results.sarif with this formatter (the CLI's `sarifLog`). */
  sarif?: SarifLogger;
  /** Config, preset and extra dictionaries for core; validated before the run. */
  lintOptions?: LintOptions;
  /** How the text of CSV and JSONL records is read. */
  textFormat?: Format;
  /** Content-hash cache folder; `false` for none. Default: `<out>/cache`. */
  cacheDir?: string | false;
  /** Rows in report.html's table of records. */
  tableLimit?: number;
  failOn?: FailOn;
  /** Progress bar or lines; none when absent. */
  progress?: ProgressStream;
  /** Milliseconds between plain progress lines. */
  progressEveryMs?: number;
  /** The compiled worker (default: dist/worker.js). */
  workerUrl?: URL;
  /** Per-record time limit in milliseconds. */
  timeoutMs?: number;
  /** Longest record linted, in characters. */
  maxChars?: number;
  /** Records sent to a worker at once. */
  batchSize?: number;
  /** Audit only the records whose id falls in this shard (`--shard I/N`); `carelint audit merge` joins the shards. */
  shard?: Shard;
}

export interface AuditResult extends FinalizeResult {
  out: string;
  /** Records found already done by a resumed run. */
  resumed: number;
  /** Records this run linted or served from the cache. */
  thisRun: number;
  cached: number;
  elapsedMs: number;
  threads: number;
}

/** Hash of anything JSON. */
function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/**
 * The start of a records.jsonl line: the id, then in a shard the record's place in the whole input (`"at"`, which
 * `audit merge` uses to put the shards' records back in input order and then removes), then the metadata.
 */
function lineHead(id: string, at: number | undefined, meta: RecordMeta): string {
  return `{"id":${JSON.stringify(id)},${at === undefined ? '' : `"at":${at},`}"meta":${JSON.stringify(meta)}`;
}

/** A records.jsonl line for a linted record: the Report JSON with the id and metadata in front. */
function linesFor(head: string, report: string): string {
  return `${head},${report.slice(1)}`;
}

function errorLine(head: string, reason: string): string {
  return `${head},"error":${JSON.stringify(reason)}}`;
}

/**
 * Audits every record of the inputs into `out`: records.jsonl (one line per record, in input order), then the
 * summaries and report from it. Streaming with a bounded window of records in flight, on a pool of worker
 * threads; a record that cannot be read or linted becomes an error row. Resumable after any kill.
 */
export async function runAudit(options: AuditOptions): Promise<AuditResult> {
  const started = Date.now();
  const cwd = options.cwd ?? process.cwd();
  const out = resolve(cwd, options.out);
  const map = options.map ?? defaultMap;
  const textFormat = options.textFormat ?? 'text';
  const snippets = options.snippets === true;
  const lintOptions = options.lintOptions ?? { preset: 'audit' };
  const threads = Math.max(1, options.jobs ?? availableParallelism());
  const batchSize = Math.max(1, options.batchSize ?? 8);

  const inputs = await resolveInputs(options.inputs, cwd, map);
  const { audit: auditVersion, core: coreVersion } = versions();
  const salt = hash({ auditVersion, coreVersion, lintOptions, snippets });
  const shard = options.shard;
  const key = hash({ salt, inputs: inputs.map((input) => [input.kind, input.path]), map: map.fields, textFormat, ...(shard ? { shard: shardText(shard) } : {}) });
  // What shards of one audit share (paths as given, so shards run in different folders or machines still match).
  const auditKey = hash({ salt, inputs: inputs.map((input) => [input.kind, input.display]), map: map.fields, textFormat });

  mkdirSync(out, { recursive: true });
  const recordsPath = join(out, files.records);
  const previous = readState(out);
  let fresh = true;
  if (options.resume && previous !== undefined) {
    if (previous.key !== key) {
      throw new UsageError(`'${options.out}' holds an audit of other inputs or options (or another carelint version). Run without --resume to start again there, or choose another --out.`);
    }
    fresh = false;
  }
  const length = fresh ? 0 : trimPartialLine(recordsPath);
  const state: AuditState = { format: 1, key, inputs: inputs.map((input) => input.display), records: 0, complete: false, audit: auditKey, snippets, ...(shard ? { shard: shardText(shard) } : {}) };
  // A new audit replaces the last one's files at once, so a stopped run never sits beside an older summary.
  if (fresh) for (const name of [files.state, files.summaryJson, files.summaryCsv, files.report, files.sarif]) rmSync(join(out, name), { force: true });
  const writer = new RecordsWriter(recordsPath, fresh);
  writeState(out, state);

  const cacheDir = options.cacheDir === false ? undefined : options.cacheDir === undefined ? join(out, 'cache') : resolve(cwd, options.cacheDir);
  const pool = new LintPool({
    threads,
    config: { lintOptions, salt, snippets, maxChars: options.maxChars ?? 1_000_000, ...(cacheDir !== undefined ? { cacheDir } : {}) },
    ...(options.workerUrl !== undefined ? { workerUrl: options.workerUrl } : {}),
    timeoutMs: options.timeoutMs ?? 60_000,
  });

  const bytesTotal = inputs.every((input) => input.bytes !== undefined) ? inputs.reduce((sum, input) => sum + (input.bytes ?? 0), 0) : undefined;
  const progress = new Progress(options.progress, options.progressEveryMs);
  // The window: records read but not yet written, by their place in the input. Lines are written strictly in
  // input order, so records.jsonl is always a whole prefix of the input, which is what makes --resume exact.
  const waiting = new Map<number, { head: string; bytes: number; line?: string }>();
  const window = threads * batchSize * 4;
  let nextToWrite = 0;
  let written = 0;
  let errors = 0;
  let resumed = 0;
  let cached = 0;
  let bytesDone = 0;
  let lastStateSave = Date.now();
  let wake: (() => void) | undefined;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;

  const flush = () => {
    const lines: string[] = [];
    for (let entry = waiting.get(nextToWrite); entry?.line !== undefined; entry = waiting.get(nextToWrite)) {
      lines.push(entry.line);
      bytesDone += entry.bytes;
      waiting.delete(nextToWrite);
      nextToWrite += 1;
    }
    if (lines.length === 0) return;
    writer.write(lines);
    written += lines.length;
    if (Date.now() - lastStateSave > 1000) {
      writeState(out, { ...state, records: resumed + written });
      lastStateSave = Date.now();
    }
    progress.update({ records: resumed + written, thisRun: written, errors, bytesDone, bytesTotal });
    wake?.();
  };

  let batch: Job[] = [];
  let batchTimer: NodeJS.Timeout | undefined;
  const dispatch = () => {
    if (batchTimer !== undefined) clearTimeout(batchTimer);
    batchTimer = undefined;
    if (batch.length === 0) return;
    const jobs = batch;
    batch = [];
    const task = pool.lint(jobs).then((results) => {
      for (const result of results) {
        const entry = waiting.get(result.seq)!;
        if ('error' in result) {
          errors += 1;
          entry.line = errorLine(entry.head, result.error);
        } else {
          if (result.cached) cached += 1;
          entry.line = linesFor(entry.head, result.report);
        }
      }
      flush();
    });
    inFlight.add(task);
    // A failure here is a bug; it is kept and thrown below rather than left as an unhandled rejection.
    task.then(
      () => inFlight.delete(task),
      (error: unknown) => {
        inFlight.delete(task);
        failure ??= error;
        wake?.();
      },
    );
  };

  try {
    const done = fresh ? undefined : writtenIds(recordsPath, length)[Symbol.asyncIterator]();
    let seq = 0;
    // Every record's place in the whole input, counted before the shard is chosen.
    let at = -1;
    for await (const record of readInputs(inputs, { map, textFormat, cwd, ...(options.stdin ? { stdin: options.stdin } : {}) })) {
      at += 1;
      if (shard !== undefined && shardOf(record.id, shard.count) !== shard.index) {
        bytesDone += record.bytes;
        continue;
      }
      if (done !== undefined) {
        const before = await done.next();
        if (!before.done) {
          // Already in records.jsonl: the input must be the same records in the same order.
          if (before.value !== record.id) {
            throw new UsageError(`the inputs have changed since this audit started: record ${resumed + 1} is '${record.id}' now but was '${before.value}'. Run without --resume to start again.`);
          }
          resumed += 1;
          bytesDone += record.bytes;
          continue;
        }
      }
      // The first record not done before: writing resumes right after the records already in the file.
      if (seq === 0) nextToWrite = resumed;
      const place = seq + resumed;
      seq += 1;
      const head = lineHead(record.id, shard === undefined ? undefined : at, record.meta);
      if (record.kind === 'error') {
        errors += 1;
        waiting.set(place, { head, bytes: record.bytes, line: errorLine(head, record.reason) });
        flush();
      } else {
        waiting.set(place, { head, bytes: record.bytes });
        batch.push(record.kind === 'file' ? { seq: place, path: record.path } : { seq: place, text: record.text, format: record.format, ...(record.documentType ? { documentType: record.documentType } : {}), ...(record.childNames ? { childNames: record.childNames } : {}) });
        if (batch.length >= batchSize) dispatch();
        else batchTimer ??= setTimeout(dispatch, 200);
      }
      // Backpressure: stop reading while the window is full.
      while (waiting.size >= window) {
        dispatch();
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        if (failure !== undefined) throw failure;
      }
    }
    if (done !== undefined && !(await done.next()).done) {
      throw new UsageError('the inputs have fewer records than this audit had already done: they have changed. Run without --resume to start again.');
    }
    dispatch();
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    flush();
    if (failure !== undefined) throw failure;
    if (waiting.size > 0) throw new Error(`${waiting.size} records were read but not written`);
    writer.close();
    writeState(out, { ...state, records: resumed + written, complete: true });
  } catch (error) {
    if (batchTimer !== undefined) clearTimeout(batchTimer);
    await Promise.allSettled([...inFlight]);
    flush();
    writer.close();
    await pool.close();
    progress.finish();
    throw error;
  }
  await pool.close();
  progress.update({ records: resumed + written, thisRun: written, errors, bytesDone, bytesTotal }, true);
  progress.finish();

  const summary = await finalize(out, {
    snippets,
    tableLimit: options.tableLimit ?? 100_000,
    failOn: options.failOn ?? 'warning',
    inputs: state.inputs,
    versions: { audit: auditVersion, core: coreVersion },
    ...(shard ? { shard } : {}),
    ...(options.sarif ? { sarif: options.sarif } : {}),
  });
  return { ...summary, out, resumed, thisRun: written, cached, elapsedMs: Date.now() - started, threads };
}
