import { closeSync, createReadStream, fdatasyncSync, fstatSync, ftruncateSync, openSync, readFileSync, readSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { splitLines } from '../input/lines.js';

/** File names in the output folder. */
export const files = {
  records: 'records.jsonl',
  state: 'audit-state.json',
  summaryJson: 'summary.json',
  summaryCsv: 'summary.csv',
  report: 'report.html',
  sarif: 'results.sarif',
} as const;

/** The small file that lets `--resume` check it is continuing the same audit. */
export interface AuditState {
  format: 1;
  /** Hash of the inputs, options and carelint version: a resume with anything else is refused. */
  key: string;
  inputs: string[];
  /** Lines of records.jsonl written when the state was saved (the file itself is the truth). */
  records: number;
  complete: boolean;
  /** The same for every shard of one audit (inputs as given, options, carelint version): `audit merge` checks it. */
  audit?: string;
  /** `I/N` when this folder holds one shard (`--shard`). */
  shard?: string;
  /** Whether the records keep snippets (`--snippets`), so a merge writes the same report. */
  snippets?: boolean;
}

export function readState(dir: string): AuditState | undefined {
  try {
    const state = JSON.parse(readFileSync(join(dir, files.state), 'utf8')) as AuditState;
    return state.format === 1 && typeof state.key === 'string' ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the state under a temporary name and renames it, so a kill never leaves half a state file. */
export function writeState(dir: string, state: AuditState): void {
  const temporary = join(dir, `.${files.state}.tmp`);
  writeFileSync(temporary, `${JSON.stringify(state)}\n`);
  renameSync(temporary, join(dir, files.state));
}

/**
 * Cuts a last line that a kill left half written, so records.jsonl holds only whole records. Returns the file's
 * length afterwards.
 */
export function trimPartialLine(path: string): number {
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch {
    return 0;
  }
  try {
    const size = fstatSync(fd).size;
    const chunk = Buffer.alloc(64 * 1024);
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      const read = readSync(fd, chunk, 0, end - start, start);
      const newline = chunk.subarray(0, read).lastIndexOf(0x0a);
      if (newline >= 0) {
        const keep = start + newline + 1;
        if (keep < size) ftruncateSync(fd, keep);
        return keep;
      }
      end = start;
    }
    if (size > 0) ftruncateSync(fd, 0);
    return 0;
  } finally {
    closeSync(fd);
  }
}

/** The id at the start of a records.jsonl line (every line starts `{"id":"…"`). */
export function idOfLine(line: string): string | undefined {
  const match = /^\{"id":("(?:[^"\\]|\\.)*")/.exec(line);
  return match ? (JSON.parse(match[1]!) as string) : undefined;
}

/** The ids already in records.jsonl, in order, streaming. */
export async function* writtenIds(path: string, length: number): AsyncGenerator<string> {
  if (length === 0) return;
  for await (const line of splitLines(createReadStream(path, { end: length - 1 }), Number.POSITIVE_INFINITY)) {
    yield idOfLine(line.text) ?? '';
  }
}

/** records.jsonl opened for appending: each flush is one write of whole lines. */
export class RecordsWriter {
  private readonly fd: number;
  private lastSync = Date.now();

  constructor(path: string, fresh: boolean) {
    this.fd = openSync(path, fresh ? 'w' : 'a');
  }

  /** Appends lines (each without its newline) in one write. */
  write(lines: readonly string[]): void {
    if (lines.length === 0) return;
    const buffer = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
    let offset = 0;
    while (offset < buffer.length) offset += writeSync(this.fd, buffer, offset);
    // The kernel keeps what was written across a kill -9; a sync now and then also covers a power cut.
    if (Date.now() - this.lastSync > 5000) this.sync();
  }

  sync(): void {
    fdatasyncSync(this.fd);
    this.lastSync = Date.now();
  }

  close(): void {
    this.sync();
    closeSync(this.fd);
  }
}
