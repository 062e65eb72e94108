// `npm run demo`: makes the clone ready (scripts/setup.mjs), then checks the sample records in fixtures/records.
// Only the records are checked: a file counts as one when it has its expected findings beside it
// (`NN-name.expected.yaml`), as fixtures/load.ts reads them, so the folder's README is left out.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const folder = join('fixtures', 'records');

const setup = spawnSync(process.execPath, [join(root, 'scripts', 'setup.mjs')], { cwd: root, stdio: 'inherit' });
if (setup.status !== 0) process.exit(setup.status ?? 1);

const records = readdirSync(join(root, folder))
  .filter((name) => /\.(txt|md|html)$/.test(name) && existsSync(join(root, folder, name.replace(/\.[^.]+$/, '.expected.yaml'))))
  .sort()
  .map((name) => join(folder, name));

const bin = join(root, 'packages', 'cli', 'dist', 'bin.js');
const result = spawnSync(process.execPath, [bin, 'check', '--fail-on', 'none', ...records, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
