// Packages the extension as a .vsix from a fresh clone, in one command:
//   node packages/vscode/scripts/package.mjs            (or: pnpm --filter carelint-vscode package)
// 1. installs the workspace's dependencies when they are missing or older than the lockfile (pnpm 10.34.9,
//    through npx when it is not installed); no other package needs building, the bundles read their sources;
// 2. builds dist/ (the extension, the bundled language server, the rule pages);
// 3. runs `vsce package --no-dependencies` (everything is bundled, so node_modules stays out);
// 4. checks the .vsix holds the bundled server, the extension and the rule pages, and lists it.
// Options: --out <file.vsix> (default packages/vscode/carelint-vscode-<version>.vsix), --no-install.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const root = fileURLToPath(new URL('../../..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${pkg}package.json`, 'utf8'));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 ? args[outIndex + 1] : `${pkg}${manifest.name}-${manifest.version}.vsix`);

/** Files the .vsix must hold for the extension to work offline. */
export const REQUIRED = ['extension/package.json', 'extension/readme.md', 'extension/dist/extension.cjs', 'extension/dist/server.mjs', 'extension/dist/docs/rules/jargon.md'];

/** The entries of a zip file (a .vsix is one), from its central directory. */
export function zipEntries(file) {
  const zip = readFileSync(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${file} is not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({ name, size, read: () => readEntry(zip, local, method, compressed) });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

function readEntry(zip, local, method, compressed) {
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + compressed);
  return method === 8 ? inflateRawSync(data) : data;
}

const PNPM_VERSION = '10.34.9';

/** Installs the workspace's dependencies (frozen lockfile) unless they are already there and current. */
function install() {
  const modules = `${root}node_modules/.modules.yaml`;
  if (existsSync(modules) && statSync(modules).mtimeMs >= statSync(`${root}pnpm-lock.yaml`).mtimeMs && existsSync(`${pkg}node_modules/.bin/vsce`)) return;
  let pnpm = ['npx', ['-y', `pnpm@${PNPM_VERSION}`]];
  try {
    if (execFileSync('pnpm', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === PNPM_VERSION) pnpm = ['pnpm', []];
  } catch {
    // no pnpm on the PATH: npx fetches the pinned one
  }
  console.error(`carelint-vscode: installing dependencies (pnpm ${PNPM_VERSION})…`);
  execFileSync(pnpm[0], [...pnpm[1], 'install', '--frozen-lockfile', '--reporter=append-only'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  if (!args.includes('--no-install')) install();
  const { buildExtension } = await import('./build.mjs');
  await buildExtension();
  execFileSync(`${pkg}node_modules/.bin/vsce`, ['package', '--no-dependencies', '--allow-missing-repository', '--out', out], {
    cwd: pkg,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  const entries = zipEntries(out);
  const names = entries.map((entry) => entry.name);
  const missing = REQUIRED.filter((name) => !names.some((n) => n.toLowerCase() === name.toLowerCase()));
  for (const entry of entries) console.log(`  ${String(entry.size).padStart(9)}  ${entry.name}`);
  if (missing.length > 0) {
    console.error(`carelint-vscode: the .vsix is missing ${missing.join(', ')}`);
    process.exit(1);
  }
  console.log(`carelint-vscode: ${out} (${entries.length} files, ${Math.round(statSync(out).size / 1024)} KB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
