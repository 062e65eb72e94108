// The CLI and everything `carelint check` uses (core, the rules, the word lists, their dependencies) as one
// minified ES module: one file to read and compile at start-up instead of hundreds of modules. `carelint audit`
// and `carelint serve` stay outside it, loaded from node_modules only when they run.
// Used by scripts/pack-cli.mjs (the installable package) and bench/cold.mjs (start-up time).
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Writes the bundled CLI to `outfile` (needs the workspace packages built: it bundles their dist). */
export async function bundleCli(outfile) {
  // esbuild comes with tsup, a root dev dependency.
  const fromTsup = createRequire(createRequire(join(root, 'package.json')).resolve('tsup/package.json'));
  const esbuild = await import(fromTsup.resolve('esbuild'));
  await esbuild.build({
    entryPoints: [join(root, 'packages', 'cli', 'src', 'bin.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022', // as tsup.config.ts: an engine target would turn \p{…} regex literals into RegExp calls
    minify: true,
    legalComments: 'none',
    external: ['@carelint/audit', '@carelint/server'],
    // Bundled CommonJS dependencies call require(); an ES module has none of its own.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __carelintRequire } from 'node:module';\nconst require = __carelintRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}
