// The installable CLI: `npm run pack-cli` makes a tarball that `npm install -g` installs with the network cut
// off, and the installed `carelint` works from a folder that has nothing to do with this repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const version = (JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string }).version;
const work = mkdtempSync(join(tmpdir(), 'carelint-install-'));
const prefix = join(work, 'prefix');
const elsewhere = join(work, 'somewhere', 'else');
const carelint = join(prefix, 'bin', 'carelint');

/** `unshare -n` runs a command with no network at all; it needs root (or user namespaces) and util-linux. */
function offline(): string[] {
  const probe = spawnSync('unshare', ['-n', 'true']);
  return probe.status === 0 ? ['unshare', '-n'] : [];
}

let tarball = '';
let networkCut = false;

beforeAll(() => {
  const packed = execFileSync(process.execPath, [join(root, 'scripts', 'pack-cli.mjs'), '--out', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  tarball = packed.trim().split('\n').pop()!;
  const cut = offline();
  networkCut = cut.length > 0;
  // --offline too, so even without unshare npm may not reach for the registry.
  const npm = ['npm', 'install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball];
  const [command, ...args] = [...cut, ...npm];
  execFileSync(command!, args, { cwd: work, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, npm_config_update_notifier: 'false' } });
  mkdirSync(elsewhere, { recursive: true });
  writeFileSync(join(elsewhere, 'visit.txt'), 'Statutory visit. Supervised contact took place on Friday and the LAC review is next week.\n');
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

describe('the installed carelint', () => {
  it('is a tarball named for its version, installed with the network cut off where the machine allows it', () => {
    expect(tarball).toBe(join(work, `carelint-${version}.tgz`));
    expect(existsSync(carelint)).toBe(true);
    if (!networkCut) console.warn('unshare -n is not available here: installed with npm --offline instead');
  });

  it('checks a record from an unrelated folder', () => {
    const result = spawnSync(carelint, ['check', 'visit.txt'], { cwd: elsewhere, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1); // warnings fail by default
    expect(result.stdout).toMatch(/^visit\.txt\n/);
    expect(result.stdout).toMatch(/warning +Consider “family time”.* +contact-family$/m);
    expect(result.stdout).toMatch(/0 errors, \d+ warnings?, \d+ info in 1 file\n$/);
  });

  it('gives the same JSON as the workspace CLI, with full rule page addresses', () => {
    const installed = execFileSync(carelint, ['check', '--format', 'json', '--fail-on', 'none', 'visit.txt'], { cwd: elsewhere, encoding: 'utf8' });
    const workspace = execFileSync(process.execPath, [join(root, 'packages', 'cli', 'dist', 'bin.js'), 'check', '--format', 'json', '--fail-on', 'none', 'visit.txt'], { cwd: elsewhere, encoding: 'utf8' });
    expect(installed).toBe(workspace);
    const [report] = JSON.parse(installed) as Array<{ messages: Array<{ url?: string }> }>;
    for (const finding of report!.messages) if (finding.url !== undefined) expect(finding.url).toMatch(/^https:\/\//);
  });

  it('prints its version, and loads audit and serve from inside the package', () => {
    expect(execFileSync(carelint, ['--version'], { cwd: elsewhere, encoding: 'utf8' }).trim()).toBe(version);
    for (const command of ['audit', 'serve']) {
      const help = spawnSync(carelint, [command, '--help'], { cwd: elsewhere, encoding: 'utf8' });
      expect(help.stderr).toBe('');
      expect(help.status).toBe(0);
      expect(help.stdout).toContain(`carelint ${command}`);
    }
  });

  it('runs an audit, whose worker threads load from the package too', () => {
    const out = join(work, 'audit-out');
    const result = spawnSync(carelint, ['audit', '.', '--out', out, '--fail-on', 'none', '--jobs', '1'], { cwd: elsewhere, encoding: 'utf8' });
    expect(result.stderr).toMatch(/1 record \(100%\).*, 0 errors$/m);
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
    const [line] = readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n');
    expect(JSON.parse(line!)).toHaveProperty('messages');
  });
});
