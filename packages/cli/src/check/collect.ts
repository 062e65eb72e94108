import { filesUnder } from '@carelint/core/node';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeError } from '../describe-error.js';
import { displayPath } from '../display-path.js';

/** Extensions checked when walking a folder; a file named explicitly is checked whatever its extension. */
export const recordExtensions = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

/** A file to check: where it is, and how to show it (relative to the working folder, `/` separators). */
export interface InputFile {
  absolute: string;
  display: string;
}

/** The files to check, in order, and one line per path that could not be used. */
export interface Collected {
  files: InputFile[];
  errors: string[];
}

const extensions = new Set<string>(recordExtensions);

/** Expands paths (files or folders, searched recursively in sorted order) into files, once each. */
export function collect(paths: readonly string[], cwd: string): Collected {
  const files: InputFile[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push({ absolute, display: displayPath(absolute, cwd) });
  };

  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      errors.push(describeError(error, path));
      continue;
    }
    if (stats.isFile()) {
      add(absolute);
    } else if (stats.isDirectory()) {
      const found: string[] = [];
      const before = errors.length;
      walk(absolute, found, errors, cwd);
      if (found.length === 0 && errors.length === before) {
        errors.push(`no ${recordExtensions.join(', ')} files in '${path}'. Check the folder, or name the files to check.`);
      }
      found.sort(compareCodeUnits).forEach(add);
    } else {
      errors.push(`'${path}' is neither a file nor a folder. Give files or folders to check.`);
    }
  }
  return { files, errors };
}

/** Collects record files under `folder` (see filesUnder: node_modules, dot-folders and symlinked folders are skipped). */
function walk(folder: string, found: string[], errors: string[], cwd: string): void {
  for (const entry of filesUnder(folder, extensions)) {
    if (entry.kind === 'file') found.push(entry.path);
    else errors.push(describeError(entry.error, displayPath(entry.folder, cwd)));
  }
}

/** Plain code-unit order, the same on every machine whatever its locale. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
