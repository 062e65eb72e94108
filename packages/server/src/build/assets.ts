/**
 * Builds the files the page and the worker load: the self-contained browser build of core (plus the verdict
 * policy), the page's script, and the lint worker. Used by tsup.config.ts after the Node build, and by the
 * tests before they start a server. Fails when a Node built-in would end up in a browser file.
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
/** packages/server/dist, from src/build (tests) and from the tsup config alike. */
export const defaultOutdir = here('../../dist');

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Fails the build, naming the importer, when browser code imports `node:*` or a bare Node built-in. */
export function noNodeBuiltins(): Plugin {
  return {
    name: 'carelint-no-node-builtins',
    setup(b) {
      b.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) => {
        if (!args.path.startsWith('node:') && !builtins.has(args.path)) return undefined;
        return {
          errors: [{ text: `"${args.path}" is a Node built-in, imported by ${args.importer}; the browser build of core must not use Node built-ins` }],
        };
      });
    },
  };
}

export interface BuiltAssets {
  browser: string;
  page: string;
  worker: string;
  /** Bytes of the browser build. */
  browserBytes: number;
}

/** Builds the three files into `outdir` (default packages/server/dist) and resolves to their paths. */
export async function buildAssets(outdir: string = defaultOutdir): Promise<BuiltAssets> {
  const common = {
    bundle: true,
    format: 'esm' as const,
    // ES2022 alone, not engine names: for engines esbuild rewrites every \p{…} regex literal as a new RegExp()
    // call, compiled again each time the code runs. Chrome 94+, Firefox 93+, Safari 15+ and Node 16.11+ run ES2022.
    target: 'es2022',
    logLevel: 'silent' as const,
    legalComments: 'none' as const,
    // Workspace packages are bundled from their TypeScript source, so no other package has to be built first.
    conditions: ['source'],
  };
  const browser = await build({
    ...common,
    entryPoints: [here('../browser.ts')],
    outfile: `${outdir}/carelint.browser.js`,
    // `neutral`, not `browser`: packages' DOM-only variants (decode-named-character-reference uses innerHTML)
    // would break the build in Web Workers and in the service's own worker threads.
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [noNodeBuiltins()],
  });
  const page = await build({
    ...common,
    entryPoints: [here('../page/ui.ts')],
    outfile: `${outdir}/carelint.page.js`,
    platform: 'browser',
    metafile: true,
    plugins: [noNodeBuiltins()],
  });
  for (const [name, result] of [['carelint.browser.js', browser], ['carelint.page.js', page]] as const) {
    const leaked = nodeImports(result.metafile);
    if (leaked.length > 0) throw new Error(`${name} would import Node built-ins: ${leaked.join(', ')}`);
  }
  await build({
    ...common,
    entryPoints: [here('../lint-worker.ts')],
    outfile: `${outdir}/lint-worker.js`,
    platform: 'node',
    target: 'es2022',
    // The worker loads core from the browser build at run time: one copy of core for the page and the service.
    packages: 'external',
  });
  const output = browser.metafile.outputs;
  const browserBytes = Object.entries(output).find(([file]) => file.endsWith('carelint.browser.js'))?.[1].bytes ?? 0;
  return {
    browser: `${outdir}/carelint.browser.js`,
    page: `${outdir}/carelint.page.js`,
    worker: `${outdir}/lint-worker.js`,
    browserBytes,
  };
}

/** Imports left external in a build's output that name a Node built-in (none should survive the plugin). */
function nodeImports(metafile: Metafile): string[] {
  const found = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const imported of output.imports) if (builtins.has(imported.path)) found.add(imported.path);
  }
  return [...found];
}
