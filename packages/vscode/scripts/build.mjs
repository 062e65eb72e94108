// Builds the extension into dist/:
//   extension.cjs  the extension (vscode-languageclient bundled in; `vscode` is provided by the editor);
//   server.mjs     the carelint language server in one file (core, rules and dictionaries inside);
//   docs/rules     the rule pages the diagnostics link to.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleServer } from '@carelint/language-server/build';
import { build } from 'esbuild';

const pkg = fileURLToPath(new URL('..', import.meta.url));

/** Builds everything the .vsix ships into `dist`. */
export async function buildExtension() {
  rmSync(`${pkg}dist`, { recursive: true, force: true });
  await build({
    entryPoints: [`${pkg}src/extension.ts`],
    outfile: `${pkg}dist/extension.cjs`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022', // not 'node20': esbuild turns \p{…} regex literals into new RegExp() calls for engine targets
    external: ['vscode'],
    conditions: ['source'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  await bundleServer(`${pkg}dist`, 'server.mjs');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  await buildExtension();
  console.error(`carelint-vscode: built in ${Date.now() - started} ms`);
}
