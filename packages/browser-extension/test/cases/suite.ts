/**
 * The extension's page tests, written once for every browser: each browser's test file calls `extensionSuite`
 * with its driver (drivers/chromium.ts in `npm test`, drivers/firefox.ts in `npm run test:clients`).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Target } from '../../src/build/manifest.js';
import type { Launcher } from '../drivers/driver.js';
import { buildTestExtension, serveTestPages } from '../harness.js';
import { casesSkipping, type Context } from './context.js';
import { editingCases } from './editing.js';
import { placementCases } from './placement.js';
import { settingsCases } from './settings.js';

export interface SuiteOptions {
  /** The browser's name, for the describe block. */
  name: string;
  /** Which test build to load (`test` for Chromium, `firefox-test` for Firefox). */
  target: Target;
  shots: string;
  /** Cases this browser cannot run, by name, with the reason. */
  skip?: Readonly<Record<string, string>>;
}

/** Declares the extension's page tests against one browser. */
export function extensionSuite(launch: Launcher, options: SuiteOptions): void {
  const ctx = { shots: options.shots } as Context;
  let extensionDir = '';
  beforeAll(async () => {
    mkdirSync(options.shots, { recursive: true });
    const [dir, site] = await Promise.all([buildTestExtension(options.target), serveTestPages()]);
    extensionDir = dir;
    ctx.site = site;
    ctx.browser = await launch(dir);
    ctx.page = await ctx.browser.newTab();
    await ctx.page.setViewport(1000, 1000);
  }, 120_000);

  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.site?.close();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  describe(`browser extension in ${options.name}`, () => {
    const test = casesSkipping(options.skip ?? {});
    placementCases(ctx, test);
    editingCases(ctx, test);
    settingsCases(ctx, test);
  });
}
