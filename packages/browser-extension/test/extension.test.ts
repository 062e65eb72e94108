/**
 * The built extension in Debian Chromium (playwright-core), against test pages on 127.0.0.1 that hold the four
 * kinds of field a recording system has: a textarea, a contenteditable, a rich-text editor in an iframe, and a
 * React-controlled textarea. The test build differs from the shipped one only in having 127.0.0.1 granted;
 * the site is still turned on through the popup, as a writer would. The same cases run in Firefox ESR in
 * `npm run test:clients` (test/clients/firefox.clients.ts).
 */
import { join } from 'node:path';
import { packageDir } from '../src/build/build.js';
import { extensionSuite } from './cases/suite.js';
import { launchChromium } from './drivers/chromium.js';

extensionSuite(launchChromium, { name: 'Chromium', target: 'test', shots: join(packageDir, 'test-output') });
