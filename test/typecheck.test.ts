/**
 * The packages are built with esbuild (tsup), which drops types without checking them: a wrong type builds and
 * runs until the day it does not. The whole workspace, sources and tests, must pass the compiler's check.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

describe('types', () => {
  it('pass the TypeScript check across the workspace (npm run typecheck)', () => {
    const result = spawnSync(`${root}node_modules/.bin/tsc`, ['-p', 'tsconfig.json', '--noEmit'], { cwd: root, encoding: 'utf8' });
    // On failure the compiler's own lines (file, line, error) are the message.
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
    expect(result.status).toBe(0);
  }, 180_000);
});
