// The CLI and everything `carelint check` uses (core, the rules, the word lists, their dependencies) as one
// minified ES module: one file to read and compile at start-up instead of hundreds of modules. `carelint audit`
// and `carelint serve` stay outside it, loaded from node_modules only when they run.
// Used by scripts/pack-cli.mjs (the installable package) and bench/cold.mjs (start-up time).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compromiseModel } from './compromise-model.mjs';

const root = new URL('..', import.meta.url).pathname;

/**
 * Modules a plain-text record with no config file never uses: the Markdown and HTML parsers, the YAML parser
 * (configs and extra word lists) and the word-list validator. They load the first time one of their exports is
 * called, so a one-file check skips running their set-up code.
 */
const lazyModules = ['mdast-util-from-markdown', 'hast-util-from-html', 'yaml', '@carelint/dictionaries/validate'];

/**
 * An esbuild plugin: `import { x } from 'm'` of a lazy module gets a stand-in whose exports call through (as
 * functions, constructors, or for instanceof) to the real module, which esbuild bundles behind a require() and
 * so initialises only on first use.
 */
const lazyLoading = {
  name: 'carelint-lazy-modules',
  setup(build) {
    const filter = new RegExp(`^(${lazyModules.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, (args) =>
      args.kind !== 'import-statement' ? undefined : { path: args.path, namespace: 'carelint-lazy', pluginData: { resolveDir: args.resolveDir } },
    );
    build.onLoad({ filter: /.*/, namespace: 'carelint-lazy' }, async (args) => {
      const { resolveDir } = args.pluginData;
      const found = await build.resolve(args.path, { resolveDir, kind: 'dynamic-import' });
      const names = Object.keys(await import(pathToFileURL(found.path).href)).filter((name) => name !== 'default');
      const contents = [
        // The resolved file, so the package's import conditions apply.
        `let real; const load = () => (real ??= require(${JSON.stringify(found.path)}));`,
        'const stand = (name) => { function f(...a) { return new.target ? Reflect.construct(load()[name], a) : load()[name](...a); }',
        '  Object.defineProperty(f, Symbol.hasInstance, { value: (x) => x instanceof load()[name] }); return f; };',
        ...names.map((name) => `export const ${name} = stand(${JSON.stringify(name)});`),
      ].join('\n');
      return { contents, loader: 'js', resolveDir };
    });
  },
};

/** Writes the bundled CLI to `outfile` (needs the workspace packages built: it bundles their dist). */
export async function bundleCli(outfile, { minify = true } = {}) {
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
    minify,
    legalComments: 'none',
    external: ['@carelint/audit', '@carelint/server'],
    plugins: [lazyLoading, compromiseModel],
    // Bundled CommonJS dependencies call require(); an ES module has none of its own.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __carelintRequire } from 'node:module';\nconst require = __carelintRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}
