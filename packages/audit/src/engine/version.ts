import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This package's folder, found upwards from this module (it runs from src in tests, from dist when built). */
export function packageDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === '@carelint/audit') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the @carelint/audit package folder');
    dir = parent;
  }
}

function versionIn(file: string): string {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** core's package.json as Node would find it from here: in a node_modules folder at or above this package. */
function corePackageJson(from: string): string {
  let dir = from;
  for (;;) {
    const file = join(dir, 'node_modules', '@carelint', 'core', 'package.json');
    if (existsSync(file)) return file;
    const parent = dirname(dir);
    if (parent === dir) return file;
    dir = parent;
  }
}

/** Versions that change what a Report holds: part of every cache key and of the summary. */
export function versions(): { audit: string; core: string } {
  const dir = packageDir();
  return { audit: versionIn(join(dir, 'package.json')), core: versionIn(corePackageJson(dir)) };
}
