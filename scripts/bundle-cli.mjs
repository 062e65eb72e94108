// The CLI and everything `carelint check` uses (core, the rules, the word lists, their dependencies) as one
// minified script: one file to read and compile at start-up instead of hundreds of modules, with a code cache. `carelint audit`
// and `carelint serve` stay outside it, loaded from node_modules only when they run.
// Used by scripts/pack-cli.mjs (the installable package) and bench/cold.mjs (start-up time).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

/** The packages the CLI imports only for `carelint audit` and `carelint serve`: outside the bundle. */
const external = ['@carelint/audit', '@carelint/server'];

/**
 * A script run by node:vm cannot call import() unless it is compiled with an import callback, which Node 20 only
 * offers as an experimental feature (a warning on every run) that a code cache then loses. So the CLI's
 * `import('@carelint/audit')` becomes a call of `__carelintImport`, a function the launcher passes in, which
 * imports from the launcher's folder (where the bundle is too) as the CLI would have.
 */
const importThroughLauncher = {
  name: 'carelint-import-through-launcher',
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/]cli[\\/]src[\\/]commands\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      let found = 0;
      const contents = source.replace(/\bimport\((['"])(@carelint\/[a-z-]+)\1\)/g, (call, quote, name) => {
        if (!external.includes(name)) return call;
        found += 1;
        return `__carelintImport(${quote}${name}${quote})`;
      });
      if (found !== external.length) throw new Error(`expected ${external.length} imports of ${external.join(' and ')} in ${args.path}, found ${found}`);
      return { contents: `declare const __carelintImport: (name: string) => Promise<any>;\n${contents}`, loader: 'ts' };
    });
  },
};

/**
 * esbuild writes ASCII except inside regular expression literals ("[‘’]", "\p{L}[–—]"), where it keeps the
 * characters. Written as \uXXXX there too (the same pattern, with or without the u flag), the file reads as one-byte
 * text: faster to decode and to parse, and the launcher can read it as latin1.
 */
function asciiOnly(file) {
  const code = readFileSync(file, 'utf8').replace(/[^\0-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(file, code);
}

/**
 * Writes the bundled CLI: `outfile` is the launcher (scripts/cli-launcher.mjs), beside it carelint.cjs is the bundle
 * and carelint.cache V8's code cache for it, made by checking one fixture record (`codeCache: false` leaves it for
 * the first run to make). Needs the workspace packages built: it bundles their dist.
 */
export async function bundleCli(outfile, { minify = true, codeCache = true } = {}) {
  // esbuild comes with tsup, a root dev dependency.
  const fromTsup = createRequire(createRequire(join(root, 'package.json')).resolve('tsup/package.json'));
  const esbuild = await import(fromTsup.resolve('esbuild'));
  const folder = dirname(outfile);
  await esbuild.build({
    entryPoints: [join(root, 'packages', 'cli', 'src', 'process-main.ts')],
    outfile: join(folder, 'carelint.cjs'),
    bundle: true,
    platform: 'node',
    // A script, not an ES module: the launcher runs it with a code cache, which Node 20 offers for scripts only.
    format: 'cjs',
    target: 'es2022', // as tsup.config.ts: an engine target would turn \p{…} regex literals into RegExp calls
    minify,
    legalComments: 'none',
    external,
    plugins: [lazyLoading, compromiseModel, importThroughLauncher],
    logLevel: 'warning',
  });
  asciiOnly(join(folder, 'carelint.cjs'));
  // (Unminified, comments keep JSDoc's `import('…')` types.)
  if (minify && /[^\w$.]import\(/.test(readFileSync(join(folder, 'carelint.cjs'), 'latin1'))) throw new Error('the bundle calls import(), which the launcher cannot serve');
  rmSync(join(folder, 'carelint.cache'), { force: true });
  copyFileSync(join(root, 'scripts', 'cli-launcher.mjs'), outfile);
  chmodSync(outfile, 0o755);
  if (!codeCache) return;
  const record = join(root, 'fixtures', 'records', '01-cin-home-visit.txt');
  const run = spawnSync(process.execPath, [outfile, 'check', '--format', 'json', '--fail-on', 'none', record], { cwd: folder, encoding: 'utf8' });
  if (run.status !== 0 || !existsSync(join(folder, 'carelint.cache'))) throw new Error(`the bundled CLI did not run: ${run.stderr}`);
}
