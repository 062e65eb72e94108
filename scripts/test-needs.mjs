// What `npm test` needs besides Node and npm: the browser-extension, audit report and server page tests drive
// Chromium, and the language-server test drives Neovim (Debian's packages, at the paths the tests use).
// As root on Debian it installs them; otherwise it says the exact command to run, before any slow step.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A program a test drives: where the test looks for it, and the Debian package that puts it there. */
const programs = [
  { path: '/usr/bin/chromium', debian: 'chromium', tests: 'browser extension, audit report and server page' },
  { path: process.env.NVIM ?? '/usr/bin/nvim', debian: 'neovim', tests: 'Neovim language-server' },
];

/** The programs that are not installed. */
export function missingPrograms(exists = existsSync) {
  return programs.filter((program) => !exists(program.path));
}

/** The one command that installs `packages` on Debian or Ubuntu, with sudo unless already root. */
export function installCommand(packages, root = process.getuid?.() === 0) {
  const sudo = root ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}`;
}

/**
 * Makes sure the programs are there: returns true when they are (installing them first as root with apt-get),
 * false after printing what to run.
 */
export function ensurePrograms({ log = (line) => console.error(line), exists = existsSync, run = execFileSync } = {}) {
  const missing = missingPrograms(exists);
  if (missing.length === 0) return true;
  const packages = missing.map((program) => program.debian);
  const canInstall = process.getuid?.() === 0 && exists('/usr/bin/apt-get');
  if (canInstall) {
    log(`carelint test: installing ${packages.join(' and ')} with apt-get (the ${missing.map((p) => p.tests).join(' and ')} tests drive them)…`);
    try {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      run('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
      run('apt-get', ['install', '-y', '-qq', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env });
    } catch {
      // fall through: say what to run by hand
    }
    if (missingPrograms(exists).length === 0) return true;
  }
  const what = missing.map((program) => `${program.path} (the ${program.tests} tests)`).join(' and ');
  log(`carelint test: missing ${what}.`);
  log(`Install ${packages.length > 1 ? 'them' : 'it'}, then run npm test again:`);
  log(`  ${installCommand(packages)}`);
  if (!exists('/usr/bin/apt-get')) log(`(Not Debian or Ubuntu: install ${packages.join(' and ')} so that ${missing.map((p) => p.path).join(' and ')} exist.)`);
  return false;
}
