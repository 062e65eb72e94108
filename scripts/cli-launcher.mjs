#!/usr/bin/env node
// The installed `carelint` (written by scripts/bundle-cli.mjs next to carelint.cjs, the bundled CLI). Node 20 keeps
// no compiled code between runs of an ES module, so this runs the bundle as a script with V8's code cache: the
// bytecode of every function the last run compiled, in carelint.cache. The first run, or a run on another Node
// version (V8 rejects a cache it did not make), compiles as usual and leaves a fresh cache if the folder is writable.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const folder = dirname(fileURLToPath(import.meta.url));
const filename = join(folder, 'carelint.cjs');
const cacheFile = join(folder, 'carelint.cache');

let cachedData;
try {
  // Not when debugging: code from a cache names the file where the cache was made in its stack traces.
  if (!process.env['CARELINT_DEBUG']) cachedData = readFileSync(cacheFile);
} catch {
  // no cache yet
}
// The same wrapper Node gives a CommonJS module, on the first line so that line numbers stay right. The bundle is
// ASCII only (bundle-cli.mjs makes it so), so latin1, the cheapest decoding, reads it exactly.
// `__carelintImport` is the bundle's import(): `carelint audit` and `carelint serve` load their packages through it.
const source = `(function (exports, require, module, __filename, __dirname, __carelintImport) {${readFileSync(filename, 'latin1')}\n})`;
const script = new Script(source, { filename, cachedData });
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, createRequire(filename), bundle, filename, folder, (name) => import(name));
process.exitCode = await bundle.exports.runProcess();

if ((cachedData === undefined && !process.env['CARELINT_DEBUG']) || script.cachedDataRejected) {
  // Written aside and renamed, so a run that starts meanwhile never reads half a cache.
  const partial = `${cacheFile}.${process.pid}`;
  try {
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
  } catch {
    // A read-only install: every run compiles, as without a cache.
    rmSync(partial, { force: true });
  }
}
