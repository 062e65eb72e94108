/**
 * The browser extension's page tests in Firefox ESR (Debian's firefox-esr): the same cases as the Chromium run
 * (packages/browser-extension/test/cases), through the Firefox driver (puppeteer-core over WebDriver BiDi, no
 * geckodriver), with the `firefox-test` build installed as a temporary add-on. `npm run test:clients` installs
 * firefox-esr and puppeteer-core (into test/clients/.deps, outside the workspace's lockfile).
 */
import { join } from 'node:path';
import { packageDir } from '../../packages/browser-extension/src/build/build.js';
import { extensionSuite } from '../../packages/browser-extension/test/cases/suite.js';
import { launchFirefox } from '../../packages/browser-extension/test/drivers/firefox.js';

const DEPS = new URL('./.deps/', import.meta.url).pathname;

extensionSuite((extensionDir) => launchFirefox(extensionDir, DEPS), {
  name: 'Firefox ESR',
  target: 'firefox-test',
  shots: process.env.CARELINT_SCREENSHOTS ?? join(packageDir, 'test-output', 'firefox'),
});
