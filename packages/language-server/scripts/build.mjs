// Builds @carelint/language-server:
//   dist/server.js   the whole server in one ESM file (core, rules and dictionaries bundled in), run by the bin
//                    and shipped inside the VS Code extension;
//   dist/docs/rules  the rule pages diagnostics link to (file:// URIs, so links work offline);
//   dist/index.js    the library entry, with types.
// `node scripts/build.mjs --server-only` skips the library (what the tests need).
import { chmodSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const repoDocs = fileURLToPath(new URL('../../../docs/rules', import.meta.url));

/** Bundles the server and copies the rule pages beside it; `outDir` defaults to this package's dist. */
export async function bundleServer(outDir = `${pkg}dist`, outName = 'server.js') {
  const outfile = `${outDir}/${outName}`;
  await build({
    entryPoints: [`${pkg}src/bin.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022', // not 'node20': esbuild turns \p{…} regex literals into new RegExp() calls for engine targets
    // Workspace packages resolve to their TypeScript sources, so a fresh clone needs no other build first.
    conditions: ['source'],
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __carelintRequire } from 'node:module';\nconst require = __carelintRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
  });
  chmodSync(outfile, 0o755);
  mkdirSync(`${outDir}/docs`, { recursive: true });
  cpSync(repoDocs, `${outDir}/docs/rules`, { recursive: true });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const serverOnly = process.argv.includes('--server-only');
  if (!serverOnly) rmSync(`${pkg}dist`, { recursive: true, force: true });
  const started = Date.now();
  await bundleServer();
  if (!serverOnly) {
    const { build: tsup } = await import('tsup');
    await tsup({ entry: [`${pkg}src/index.ts`, `${pkg}src/protocol.ts`], outDir: `${pkg}dist`, format: ['esm'], dts: true, target: 'es2022', silent: true });
  }
  console.error(`@carelint/language-server: built in ${Date.now() - started} ms`);
}
