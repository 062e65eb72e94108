import { readdirSync, statSync, type Dirent } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { InputRecord } from '../types.js';

/** Extensions read when walking a folder (.docx through mammoth); a file named on the command line is read whatever its extension. */
export const folderExtensions: ReadonlySet<string> = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.docx']);

/** How a path is shown and used as a record id: relative to the working folder, `/` separators. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  const shown = rel === '' || rel.startsWith('..') ? absolute : rel;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

/** Plain code-unit order, the same on every machine whatever its locale. */
function byCodeUnits(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** A regular file, or a symlink to one. */
function isFile(entry: Dirent, path: string): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The record files under `folder`, depth first in sorted order, one folder listing in memory at a time;
 * node_modules and dot-folders are skipped, symlinked folders not followed. A folder that cannot be listed
 * becomes an error row.
 */
export function* walkFolder(folder: string, cwd: string): Generator<InputRecord> {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true }).sort(byCodeUnits);
  } catch (error) {
    yield { kind: 'error', id: displayPath(folder, cwd), meta: {}, reason: `the folder could not be listed (${(error as NodeJS.ErrnoException).code ?? 'error'})`, bytes: 0 };
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) yield* walkFolder(path, cwd);
    } else if (folderExtensions.has(extname(entry.name).toLowerCase()) && isFile(entry, path)) {
      yield fileRecord(path, cwd);
    }
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
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) total += folderBytes(path);
    } else if (folderExtensions.has(extname(entry.name).toLowerCase())) {
      try {
        total += statSync(path).size;
      } catch {
        // counted as 0
      }
    }
  }
  return total;
}
