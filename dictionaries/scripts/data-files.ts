// Reads the data folder and locates the files the generator writes (Node only: used by the generator and tests).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RulePage } from '../src/pages.js';
import type { DictionaryText } from '../src/validate.js';

/** The dictionaries package folder. */
export const packageDir = fileURLToPath(new URL('..', import.meta.url));
/** The workspace root, which error messages and docs paths are relative to. */
export const repoRoot = join(packageDir, '..');
/** The generated typed module. */
export const moduleFile = join(packageDir, 'src', 'generated.ts');

/** Every `*.yaml` file under dictionaries/data, in name order, named relative to the workspace root. */
export function readDataFiles(dataDir = join(packageDir, 'data')): DictionaryText[] {
  return readdirSync(dataDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ file: `dictionaries/data/${name}`, text: readFileSync(join(dataDir, name), 'utf8') }));
}

/** The docs page of a rule page (docs/rules/jargon.md, …). */
export function pageFile(page: RulePage): string {
  return join(repoRoot, 'docs', 'rules', `${page}.md`);
}

/** A file's text, or undefined when it does not exist yet. */
export function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
