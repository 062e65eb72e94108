import { createReadStream, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Format } from '@carelint/core';
import type { InputRecord } from '../types.js';
import { UsageError } from '../usage-error.js';
import { checkCsvColumns, readCsv } from './csv.js';
import { displayPath, fileRecord, folderBytes, walkFolder } from './folder.js';
import { readJsonl } from './jsonl.js';
import type { FieldMap } from './map.js';

export { defaultMap, mapKeys, parseMap, type FieldMap, type MapKey } from './map.js';
export { monthOf } from './dates.js';
export { displayPath } from './folder.js';

/** How an input is read: an export (CSV, JSONL, or JSONL on stdin), a folder of record files, or one record file. */
export type InputKind = 'csv' | 'jsonl' | 'stdin' | 'folder' | 'file';

export interface Input {
  kind: InputKind;
  /** Absolute path; `-` for stdin. */
  path: string;
  display: string;
  /** Size in bytes, for progress; unknown for stdin. */
  bytes: number | undefined;
}

/** The kind of a path: .csv and .jsonl/.ndjson are exports; any other file is one record. */
function kindOf(path: string, isFolder: boolean): InputKind {
  if (isFolder) return 'folder';
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  return 'file';
}

/** Checks every input before anything is linted: each exists, stdin is named once, CSV exports have the mapped columns. */
export async function resolveInputs(args: readonly string[], cwd: string, map: FieldMap): Promise<Input[]> {
  if (args.length === 0) throw new UsageError("no input. Give folders, CSV or JSONL exports, or '-' for JSONL on stdin. Run 'carelint audit --help' for examples.");
  if (args.filter((arg) => arg === '-').length > 1) throw new UsageError("'-' (JSONL on stdin) can be given once.");
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin', path: '-', display: 'stdin', bytes: undefined });
      continue;
    }
    const path = resolve(cwd, arg);
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ENOENT' ? `'${arg}' does not exist. Check the path.` : `'${arg}' cannot be read (${code ?? 'error'}). Check the path and its permissions.`);
    }
    if (!stats.isFile() && !stats.isDirectory()) throw new UsageError(`'${arg}' is neither a file nor a folder.`);
    const kind = kindOf(path, stats.isDirectory());
    const display = displayPath(path, cwd);
    if (kind === 'csv') await checkCsvColumns(path, display, map);
    inputs.push({ kind, path, display, bytes: kind === 'folder' ? folderBytes(path) : stats.size });
  }
  return inputs;
}

export interface ReadOptions {
  map: FieldMap;
  /** How the text of CSV and JSONL records is read. */
  textFormat: Format;
  cwd: string;
  stdin?: AsyncIterable<string | Uint8Array>;
}

/** Every record of every input, in order, streaming: at most one export row or one folder listing at a time. */
export async function* readInputs(inputs: readonly Input[], options: ReadOptions): AsyncGenerator<InputRecord> {
  for (const input of inputs) {
    switch (input.kind) {
      case 'csv':
        yield* readCsv(input.path, input.display, options.map, options.textFormat);
        break;
      case 'jsonl':
        yield* readJsonl(createReadStream(input.path), input.display, options.map, options.textFormat);
        break;
      case 'stdin':
        if (options.stdin === undefined) throw new UsageError("'-' reads JSONL from stdin, but there is no stdin here.");
        yield* readJsonl(options.stdin, input.display, options.map, options.textFormat);
        break;
      case 'folder':
        yield* walkFolder(input.path, options.cwd);
        break;
      case 'file':
        yield fileRecord(input.path, options.cwd);
        break;
    }
  }
}
