// Builds the installable carelint: a self-contained npm package that `npm install -g ./carelint-<version>.tgz`
// installs with no network. `npm run install-cli` runs this with --install.
//
// The package holds:
//   dist/bin.js          a launcher for dist/carelint.cjs, the CLI with core, the rules and the word lists bundled
//                        into one file, and dist/carelint.cache, V8's code cache for it (fast start-up);
//   dist/node_modules/   what `carelint audit` and `carelint serve` load when they run (the workspace's audit and
//                        server packages with their dependencies, as pnpm deploys them), so nothing is fetched.
// Node resolves dist/node_modules from dist/bin.js as from any folder, and npm packs it like any other file.
//
// Usage: node scripts/pack-cli.mjs [--install] [--out <folder>]   (prints the tarball's path last)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleCli } from './bundle-cli.mjs';

const root = new URL('..', import.meta.url).pathname;
const PNPM_VERSION = '10.34.9';
const { values } = parseArgs({ options: { install: { type: 'boolean' }, out: { type: 'string' } } });
const out = resolve(values.out ?? root);
const say = (line) => console.error(`carelint pack: ${line}`);

// 1. Dependencies installed and every package built (the same step as npm test and npm run demo).
const setup = spawnSync(process.execPath, [join(root, 'scripts', 'setup.mjs')], { cwd: root, stdio: 'inherit' });
if (setup.status !== 0) process.exit(setup.status ?? 1);

const cli = JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'carelint-pack-'));
try {
  // 2. The CLI's runtime dependencies as a plain node_modules folder, from pnpm's store (no network).
  say('collecting the dependencies of audit and serve…');
  const deployed = join(work, 'deploy');
  pnpm(['--filter', cli.name, 'deploy', '--prod', '--offline', '--config.inject-workspace-packages=true', '--config.node-linker=hoisted', deployed]);

  const pkg = join(work, 'carelint');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  // Copied file by file: pnpm hard-links the deployed files to its store and to the workspace's own packages,
  // so they must never be edited in place.
  cpSync(join(deployed, 'node_modules'), join(pkg, 'dist', 'node_modules'), {
    recursive: true,
    filter: (source) => keep(source.slice(deployed.length)),
  });
  pinWorkspaceVersions(join(pkg, 'dist', 'node_modules'));

  // 3. The CLI itself, bundled: one file to read and compile instead of hundreds of modules.
  say('bundling the CLI…');
  await bundleCli(join(pkg, 'dist', 'bin.js'));

  // 4. Its manifest: no dependencies to fetch, since everything is inside.
  const manifest = {
    name: cli.name,
    version: cli.version,
    description: cli.description,
    license: cli.license,
    homepage: cli.homepage,
    repository: cli.repository,
    type: 'module',
    bin: { carelint: 'dist/bin.js' },
    files: ['dist'],
    engines: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines,
  };
  writeFileSync(join(pkg, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  cpSync(join(root, 'packages', 'cli', 'README.md'), join(pkg, 'README.md'));

  // 5. The tarball.
  say('packing…');
  mkdirSync(out, { recursive: true });
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: pkg, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: quietNpm() })
    .trim()
    .split('\n')
    .pop();
  const tarball = join(out, name);
  say(`${tarball} (${(statSync(tarball).size / 1024 / 1024).toFixed(1)} MB)`);

  if (values.install) {
    say('installing it globally (npm install -g)…');
    execFileSync('npm', ['install', '--global', '--no-audit', '--no-fund', tarball], { stdio: 'inherit', env: quietNpm() });
    say("done: run 'carelint check <files or folders>' from any folder.");
  }
  console.log(tarball);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Runs the pinned pnpm (the one on PATH if it is that version, otherwise through npx). */
function pnpm(args) {
  let command = ['npx', ['-y', `pnpm@${PNPM_VERSION}`]];
  try {
    if (execFileSync('pnpm', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === PNPM_VERSION) command = ['pnpm', []];
  } catch {
    // not installed: npx
  }
  execFileSync(command[0], [...command[1], ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: quietNpm() });
}

/** npm and pnpm without their update notices. */
function quietNpm() {
  return { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' };
}

/** What the installed package needs from the deployed node_modules: no pnpm bookkeeping, types or source maps. */
function keep(path) {
  const parts = path.split(/[\\/]/);
  if (parts.some((part) => part === '.pnpm' || part === '.bin' || part === '.modules.yaml' || part.startsWith('.pnpm-'))) return false;
  if (parts.includes('@types')) return false;
  return !/\.(d\.[cm]?ts|map)$/.test(path);
}

/** The deployed workspace packages still say `workspace:*`; npm needs the versions that are there. */
function pinWorkspaceVersions(modules) {
  const manifests = [];
  for (const name of readdirSync(modules)) {
    const names = name.startsWith('@') ? readdirSync(join(modules, name)).map((inner) => `${name}/${inner}`) : [name];
    for (const full of names) if (existsSync(join(modules, full, 'package.json'))) manifests.push([full, join(modules, full, 'package.json')]);
  }
  const versions = new Map(manifests.map(([name, file]) => [name, JSON.parse(readFileSync(file, 'utf8')).version]));
  for (const [, file] of manifests) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('"workspace:')) continue;
    const manifest = JSON.parse(text);
    delete manifest.devDependencies;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
      for (const [dep, spec] of Object.entries(manifest[field] ?? {})) {
        if (String(spec).startsWith('workspace:')) manifest[field][dep] = versions.get(dep) ?? '*';
      }
    }
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  }
}
