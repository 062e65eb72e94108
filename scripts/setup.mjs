// Makes a fresh clone ready to run: installs dependencies with the pinned pnpm and builds what is stale.
// Needs only Node 20 and npm; prints one line per step so a first run does not look stuck.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PNPM_VERSION = '10.34.9';
const root = new URL('..', import.meta.url).pathname;

function pnpmCommand() {
  try {
    const version = execFileSync('pnpm', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (version === PNPM_VERSION) return ['pnpm', []];
  } catch {
    // not installed: fall through to npx
  }
  return ['npx', ['-y', `pnpm@${PNPM_VERSION}`]];
}

function run(args) {
  const [cmd, pre] = pnpmCommand();
  execFileSync(cmd, [...pre, ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, npm_config_update_notifier: 'false' } });
}

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let max = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) max = Math.max(max, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return max;
}

function packageDirs() {
  const dirs = ['dictionaries'];
  for (const group of ['packages', 'rules']) {
    for (const name of readdirSync(join(root, group))) {
      if (existsSync(join(root, group, name, 'package.json'))) dirs.push(join(group, name));
    }
  }
  return dirs;
}

const lock = join(root, 'pnpm-lock.yaml');
if (!existsSync(join(root, 'node_modules', '.modules.yaml')) || statSync(lock).mtimeMs > statSync(join(root, 'node_modules', '.modules.yaml')).mtimeMs) {
  console.error('carelint setup: installing dependencies (pnpm %s)…', PNPM_VERSION);
  run(['install', '--frozen-lockfile', '--reporter=append-only']);
}

const stale = packageDirs().filter((dir) => {
  const abs = join(root, dir);
  const built = newest(join(abs, 'dist'));
  const inputs = Math.max(newest(join(abs, 'src')), newest(join(abs, 'data')), statSync(join(abs, 'package.json')).mtimeMs);
  return built === 0 || inputs > built;
});
if (stale.length > 0) {
  console.error('carelint setup: building %s…', stale.join(', '));
  run(['-r', '--workspace-concurrency=1', 'build']);
}
