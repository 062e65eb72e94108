/** Builds the bundled server into a fresh temporary folder, once per test file, so parallel test files never race. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The path of a freshly bundled `server.js` (rule pages beside it in `docs/rules`). */
export async function buildServer(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'carelint-ls-'));
  const { bundleServer } = await import('../../scripts/build.mjs');
  return bundleServer(dir);
}
