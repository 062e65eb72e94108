/** Zips the built extension for a store upload, with fflate (deflate, fixed timestamps: same files, same zip). */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** 1 Jan 2025 00:00: a fixed time for every entry, so the same input gives the same zip. */
const FIXED_TIME = new Date(2025, 0, 1);

/** Every file under a folder, as zip paths (forward slashes), sorted so the zip is the same for the same files. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/** Zips a folder's contents (paths relative to it, so manifest.json sits at the zip's root); returns its size. */
export function zipFolder(dir: string, zipPath: string): number {
  const files: Zippable = {};
  for (const path of filesUnder(dir)) files[path] = [readFileSync(join(dir, path)), { level: 9, mtime: FIXED_TIME }];
  const zip = zipSync(files);
  writeFileSync(zipPath, zip);
  return zip.length;
}
