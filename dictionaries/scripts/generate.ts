// Validates dictionaries/data/*.yaml and writes src/generated.ts and the docs/rules tables.
// `--check` writes nothing and exits 1 when a generated file is out of date (for CI).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { DictionaryError, loadDictionaries } from '../src/validate.js';
import { readDataFiles, readIfExists, repoRoot } from './data-files.js';
import { renderOutputs, type Output } from './outputs.js';

function main(): number {
  const check = process.argv.includes('--check');
  let outputs: Output[];
  try {
    outputs = renderOutputs(loadDictionaries(readDataFiles()));
  } catch (error) {
    if (error instanceof DictionaryError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const stale = outputs.filter((output) => readIfExists(output.path) !== output.text);
  for (const output of stale) {
    const name = relative(repoRoot, output.path);
    if (check) {
      console.error(`${name} is out of date: run \`pnpm --filter @carelint/dictionaries generate\``);
      continue;
    }
    mkdirSync(dirname(output.path), { recursive: true });
    writeFileSync(output.path, output.text);
    console.log(`wrote ${name}`);
  }
  return check && stale.length > 0 ? 1 : 0;
}

process.exitCode = main();
