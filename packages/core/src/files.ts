import { readdirSync, statSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';

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

/** What a folder walk finds: a record file, or a folder that could not be listed. */
export type FolderEntry = { kind: 'file'; path: string } | { kind: 'unlistable'; folder: string; error: NodeJS.ErrnoException };

/**
 * The files under `folder` with one of `extensions` (lower case, with the dot), depth first in sorted order, one
 * folder listing in memory at a time; node_modules and dot-folders are skipped, symlinked folders not followed.
 * `carelint check` and `carelint audit` both walk folders with it, so both read the same files.
 */
export function* filesUnder(folder: string, extensions: ReadonlySet<string>): Generator<FolderEntry> {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true }).sort(byCodeUnits);
  } catch (error) {
    yield { kind: 'unlistable', folder, error: error as NodeJS.ErrnoException };
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) yield* filesUnder(path, extensions);
    } else if (extensions.has(extname(entry.name).toLowerCase()) && isFile(entry, path)) {
      yield { kind: 'file', path };
    }
  }
}
