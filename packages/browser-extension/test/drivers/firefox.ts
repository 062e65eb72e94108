/**
 * The extension's test driver for Debian's Firefox ESR, through puppeteer-core over WebDriver BiDi (no
 * geckodriver): the `firefox-test` build installed as a temporary add-on. puppeteer-core is installed at test time
 * by `npm run test:clients` into test/clients/.deps (outside the workspace's lockfile), so it is loaded from there
 * and the few calls used are typed here by hand.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sleep, type Box, type ExtensionBrowser, type Tab } from './driver.js';

export const FIREFOX = '/usr/bin/firefox-esr';
const ADDON_ID = 'browser-extension@carelint';
/** The add-on's internal UUID, fixed through a preference so its pages have a known origin. */
const ADDON_UUID = '6c1f2b9e-4d3a-4e8b-9a57-0c2d8e1f3b64';

interface FxPage {
  goto(url: string): Promise<unknown>;
  url(): string;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  keyboard: { down(key: string): Promise<void>; up(key: string): Promise<void>; press(key: string): Promise<void> };
  mouse: { click(x: number, y: number): Promise<void> };
  screenshot(options: { path: string; clip?: Box; fullPage?: boolean }): Promise<unknown>;
  setViewport(size: { width: number; height: number }): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  on(event: 'request', listener: (request: { url(): string }) => void): void;
}
interface FxBrowser {
  installExtension(path: string): Promise<string>;
  newPage(): Promise<FxPage>;
  close(): Promise<void>;
}
interface Puppeteer {
  launch(options: Record<string, unknown>): Promise<FxBrowser>;
}

/** puppeteer-core, from where `npm run test:clients` installed it. */
async function loadPuppeteer(depsDir: string): Promise<Puppeteer> {
  const require = createRequire(join(depsDir, 'package.json'));
  return ((await import(pathToFileURL(require.resolve('puppeteer-core')).href)) as { default: Puppeteer }).default;
}

/** Inserts text at the caret of the focused field, in whichever same-origin frame has the focus. */
function insertInFocusedFrame(text: string): void {
  let doc = document;
  while (doc.activeElement instanceof HTMLIFrameElement && doc.activeElement.contentDocument) doc = doc.activeElement.contentDocument;
  doc.execCommand('insertText', false, text);
}

/**
 * Firefox with the add-on installed, in a fresh profile. `--remote-allow-system-access` lets WebDriver BiDi open
 * the add-on's own pages (moz-extension:), which it otherwise refuses; nothing else here needs it.
 */
export async function launchFirefox(extensionDir: string, depsDir: string): Promise<ExtensionBrowser> {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: install firefox-esr (npm run test:clients does, as root)`);
  const puppeteer = await loadPuppeteer(depsDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Firefox ESR loads an unsigned add-on when signatures are not required (release Firefox does not).
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // No spelling underlines of the browser's own in the screenshots (Chromium's headless shell draws none).
      'layout.spellcheckDefault': 0,
    },
  });
  await browser.installExtension(extensionDir);
  const extensionOrigin = `moz-extension://${ADDON_UUID}`;
  const requests: string[] = [];
  let front: FxPage | undefined;

  const open = async (): Promise<FxPage> => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    page.on('request', (request) => requests.push(request.url()));
    front = page;
    return page;
  };
  // An add-on page loads in the add-on's process, and puppeteer loses track of that navigation: start it, then
  // wait until the page itself says it has loaded.
  const openExtensionPage = async (path: string): Promise<FxPage> => {
    const page = await open();
    const url = `${extensionOrigin}/${path}`;
    void page.goto(url).catch(() => undefined);
    for (const until = Date.now() + 15_000; Date.now() < until; await sleep(100)) {
      const ready = await page.evaluate(() => `${location.href} ${document.readyState}`, undefined).catch(() => '');
      if (ready === `${url} complete`) return page;
    }
    throw new Error(`${url} did not load`);
  };
  const tabOf = (page: FxPage): Tab => ({
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn, arg!),
    clickAt: (x, y) => page.mouse.click(x, y),
    insertText: (text) => page.evaluate(insertInFocusedFrame, text),
    press: async (keys) => {
      const parts = keys.split('+');
      const last = parts.pop()!;
      const key = last === 'Space' ? ' ' : last; // puppeteer's BiDi keyboard knows the space by its character only
      for (const modifier of parts) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
    },
    // puppeteer's clip is in document coordinates, the driver's (as Playwright's) in the viewport's.
    screenshot: async (path, options = {}) => {
      const { clip, fullPage } = options;
      const scroll = clip ? await page.evaluate(() => ({ x: scrollX, y: scrollY }), undefined) : { x: 0, y: 0 };
      await page.screenshot({ path, ...(clip ? { clip: { ...clip, x: clip.x + scroll.x, y: clip.y + scroll.y } } : {}), ...(fullPage ? { fullPage } : {}) });
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    bringToFront: async () => {
      await page.bringToFront();
      front = page;
    },
    close: () => page.close(),
  });

  return {
    name: 'Firefox ESR',
    extensionOrigin,
    requests,
    newTab: async () => tabOf(await open()),
    openExtensionPage: async (path) => tabOf(await openExtensionPage(path)),
    // No background page to reach from BiDi: a tab of the add-on's options page has the same APIs. The tab that
    // was in front goes back to the front (background tabs get no animation frames).
    inExtension: async (fn) => {
      const previous = front;
      const page = await openExtensionPage('options.html');
      try {
        return await page.evaluate(fn, undefined);
      } finally {
        await page.close();
        if (previous) {
          await previous.bringToFront();
          front = previous;
        }
      }
    },
    close: () => browser.close(),
  };
}
