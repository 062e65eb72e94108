import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { finalize, type FinalizeResult, type SarifLogger } from '../finalize.js';
import { splitLines } from '../input/lines.js';
import type { Summary } from '../summary/summary.js';
import { UsageError } from '../usage-error.js';
import type { FailOn } from './audit.js';
import { files, readState, RecordsWriter, writeState, type AuditState } from './records-file.js';
import { parseShard } from './shard.js';

/** What `carelint audit merge` needs: the shards' output folders and where the whole audit goes. */
export interface MergeOptions {
  folders: string[];
  out: string;
  cwd?: string;
  tableLimit?: number;
  failOn?: FailOn;
  sarif?: SarifLogger;
}

export interface MergeResult extends FinalizeResult {
  out: string;
  shards: number;
  elapsedMs: number;
}

/** The id and input place at the start of a shard's line: `{"id":"…","at":N,`. */
const head = /^\{"id":("(?:[^"\\]|\\.)*"),"at":(\d+),/;

/** A shard folder, checked: a finished audit of one shard, with its state and summary. */
function shardFolder(folder: string, cwd: string): { path: string; state: AuditState; summary: Summary } {
  const path = resolve(cwd, folder);
  const state = readState(path);
  if (state === undefined || !existsSync(join(path, files.records))) throw new UsageError(`'${folder}' holds no audit: give the --out folders of 'carelint audit … --shard I/N'.`);
  if (state.shard === undefined || state.audit === undefined) throw new UsageError(`'${folder}' is a whole audit, not a shard: only folders written with --shard can be merged.`);
  if (!state.complete) throw new UsageError(`shard ${state.shard} in '${folder}' did not finish: run it again with --resume, then merge.`);
  let summary: Summary;
  try {
    summary = JSON.parse(readFileSync(join(path, files.summaryJson), 'utf8')) as Summary;
  } catch {
    throw new UsageError(`'${folder}' has no summary.json: run its shard again with --resume, then merge.`);
  }
  return { path, state, summary };
}

/** The shards must be every shard of one audit, once each. */
function checkSet(shards: ReadonlyArray<{ state: AuditState }>, folders: readonly string[]): number {
  const first = shards[0]!.state;
  const count = parseShard(first.shard!).count;
  const seen = new Map<number, string>();
  shards.forEach(({ state }, i) => {
    if (state.audit !== first.audit) throw new UsageError(`'${folders[i]}' is a shard of another audit (other inputs, options or carelint version) than '${folders[0]}'.`);
    const shard = parseShard(state.shard!);
    if (shard.count !== count) throw new UsageError(`'${folders[i]}' is shard ${state.shard}, but '${folders[0]}' is one of ${count} shards.`);
    const other = seen.get(shard.index);
    if (other !== undefined) throw new UsageError(`shard ${state.shard} is given twice: '${other}' and '${folders[i]}'.`);
    seen.set(shard.index, folders[i]!);
  });
  const missing = Array.from({ length: count }, (_, index) => index).filter((index) => !seen.has(index));
  if (missing.length > 0) throw new UsageError(`shard${missing.length > 1 ? 's' : ''} ${missing.map((index) => `${index}/${count}`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing: a merge needs every shard, or records would be left out.`);
  return count;
}

/**
 * Joins the output folders of every shard of an audit into one folder that holds exactly what one audit of all the
 * records would have written: records.jsonl in input order (each shard's records carry their place in the input),
 * then summary.json, summary.csv and report.html made from it (and results.sarif when asked for).
 */
export async function mergeAudits(options: MergeOptions): Promise<MergeResult> {
  const started = Date.now();
  const cwd = options.cwd ?? process.cwd();
  if (options.folders.length === 0) throw new UsageError("no shard folders: give the --out folders of every 'carelint audit … --shard I/N', as in 'carelint audit merge shard-0 shard-1 --out audit/'.");
  const shards = options.folders.map((folder) => shardFolder(folder, cwd));
  const count = checkSet(shards, options.folders);
  const out = resolve(cwd, options.out);
  if (shards.some((shard) => shard.path === out)) throw new UsageError('--out must be a new folder, not one of the shards.');
  const first = shards[0]!;

  mkdirSync(out, { recursive: true });
  for (const name of [files.state, files.summaryJson, files.summaryCsv, files.report, files.sarif]) rmSync(join(out, name), { force: true });
  const writer = new RecordsWriter(join(out, files.records), true);
  let records = 0;
  try {
    // A k-way merge by place in the input: each shard's records.jsonl is already in input order.
    const readers = shards.map((shard) => splitLines(createReadStream(join(shard.path, files.records)), Number.POSITIVE_INFINITY)[Symbol.asyncIterator]());
    const next = async (i: number): Promise<{ at: number; line: string } | undefined> => {
      for (;;) {
        const item = await readers[i]!.next();
        if (item.done) return undefined;
        if (item.value.text === '') continue;
        const match = head.exec(item.value.text);
        if (!match) throw new UsageError(`'${options.folders[i]}' has a line ${item.value.number} in records.jsonl that is not from a shard: run that shard again.`);
        return { at: Number(match[2]), line: `{"id":${match[1]},${item.value.text.slice(match[0].length)}` };
      }
    };
    const heads = await Promise.all(readers.map((_, i) => next(i)));
    let last = -1;
    let lines: string[] = [];
    for (;;) {
      let best = -1;
      for (let i = 0; i < heads.length; i += 1) if (heads[i] !== undefined && (best < 0 || heads[i]!.at < heads[best]!.at)) best = i;
      if (best < 0) break;
      const { at, line } = heads[best]!;
      if (at <= last) throw new UsageError(`record ${at + 1} of the input is in more than one shard: the shards are not of one audit.`);
      last = at;
      lines.push(line);
      records += 1;
      if (lines.length >= 1000) {
        writer.write(lines);
        lines = [];
      }
      heads[best] = await next(best);
    }
    writer.write(lines);
  } finally {
    writer.close();
  }
  writeState(out, { format: 1, key: `merge:${first.state.audit}`, inputs: first.state.inputs, records, complete: true, audit: first.state.audit!, snippets: first.state.snippets === true });

  const result = await finalize(out, {
    snippets: first.state.snippets === true,
    tableLimit: options.tableLimit ?? 100_000,
    failOn: options.failOn ?? 'warning',
    inputs: first.state.inputs,
    versions: first.summary.carelint,
    ...(options.sarif ? { sarif: options.sarif } : {}),
  });
  return { ...result, out, shards: count, elapsedMs: Date.now() - started };
}
