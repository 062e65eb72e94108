import { filesUnder } from '@carelint/core/node';
import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { InputRecord } from '../types.js';

/** Extensions read when walking a folder (.docx through mammoth); a file named on the command line is read whatever its extension. */
export const folderExtensions: ReadonlySet<string> = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.docx']);

/** How a path is shown and used as a record id: relative to the working folder, `/` separators. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const shown = rel === '' || rel.startsWith('..') ? absolute : rel;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

/** The record files under `folder` as records to read; a folder that cannot be listed becomes an error row. */
export function* walkFolder(folder: string, cwd: string): Generator<InputRecord> {
  for (const entry of filesUnder(folder, folderExtensions)) {
    if (entry.kind === 'file') yield fileRecord(entry.path, cwd);
    else yield { kind: 'error', id: displayPath(entry.folder, cwd), meta: {}, reason: `the folder could not be listed (${entry.error.code ?? 'error'})`, bytes: 0 };
  }
}

/** A file to be read and linted by a worker. */
export function fileRecord(path: string, cwd: string): InputRecord {
  let bytes = 0;
  try {
    bytes = statSync(path).size;
  } catch {
    // The worker reports why it cannot be read.
  }
  return { kind: 'file', id: displayPath(path, cwd), meta: {}, path, bytes };
}

/** Total size of the record files under `folder`, for progress (a quick walk, no file is read). */
export function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of filesUnder(folder, folderExtensions)) {
    if (entry.kind !== 'file') continue;
    try {
      total += statSync(entry.path).size;
    } catch {
      // counted as 0
    }
  }
  return total;
}
