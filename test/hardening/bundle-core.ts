/** Bundles @carelint/core from its sources into one ESM file, for tests that lint in a child process. */
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/** The bundle's path: core, its rules and dictionaries, with every dependency inlined (about a second). */
export async function bundleCore(): Promise<string> {
  // esbuild comes with tsup, a root devDependency.
  const requireFromTsup = createRequire(createRequire(import.meta.url).resolve('tsup'));
  const esbuild = (await import(requireFromTsup.resolve('esbuild'))) as { build(options: Record<string, unknown>): Promise<unknown> };
  const outfile = join(mkdtempSync(join(tmpdir(), 'carelint-hardening-')), 'core.mjs');
  await esbuild.build({
    entryPoints: [join(root, 'packages/core/src/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'error',
  });
  return outfile;
}
