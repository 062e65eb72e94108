import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '@carelint/core';
import { loadFixtures } from '../../../fixtures/load.js';
import { noNodeBuiltins } from '../src/build/assets.js';
import type * as Browser from '../src/browser.js';
import { buildTestAssets, type TestAssets } from './setup.js';

let assets: TestAssets;
let code: string;

beforeAll(async () => {
  assets = await buildTestAssets();
  code = readFileSync(join(assets.dir, 'carelint.browser.js'), 'utf8');
});
afterAll(() => assets.remove());

describe('the browser build of core', () => {
  it('is one ESM file with no Node built-ins, no require and nothing fetched', () => {
    expect(code).toMatch(/\bexport\s*\{/);
    expect(code).not.toMatch(/\bfrom\s*["']node:|import\(["']node:|\brequire\(/);
    expect(code).not.toMatch(/\bfrom\s*["'](fs|path|url|os|crypto|module|worker_threads)["']/);
    expect(code).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/);
    expect(code).not.toMatch(/\.innerHTML\s*=/);
    expect(code.length).toBeLessThan(1_500_000);
  });

  it('finds what core finds, with the policy\'s verdict, for every golden record', async () => {
    const lib = (await import(pathToFileURL(join(assets.dir, 'carelint.browser.js')).href)) as typeof Browser;
    expect(Object.keys(lib)).toEqual(expect.arrayContaining(['lint', 'checkRecord', 'judge', 'defaultPolicy', 'presets', 'ConfigError']));
    for (const fixture of loadFixtures()) {
      const options: Browser.LintOptions = { format: fixture.format, ...(fixture.expected.options as Browser.LintOptions | undefined) };
      const result = lib.checkRecord(fixture.text, options);
      expect(result.report.messages, fixture.name).toEqual(lint(fixture.text, options).messages);
      expect(result.verdict).toBe(lib.judge(result.report, lib.defaultPolicy, options.documentType).verdict);
    }
    expect(() => lib.lint('x', { preset: 'lenient' as never })).toThrow(lib.ConfigError);
  });

  it('fails to build when a Node built-in sneaks in, naming the importer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carelint-node-leak-'));
    try {
      for (const specifier of ['node:fs', 'path']) {
        writeFileSync(join(dir, 'leak.ts'), `import * as m from '${specifier}';\nexport const x = m;\n`);
        const attempt = build({ entryPoints: [join(dir, 'leak.ts')], bundle: true, write: false, platform: 'neutral', format: 'esm', logLevel: 'silent', plugins: [noNodeBuiltins()] });
        await expect(attempt).rejects.toThrow(`"${specifier}" is a Node built-in, imported by ${join(dir, 'leak.ts')}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
