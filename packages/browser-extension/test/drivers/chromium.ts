/** The extension's test driver for Debian Chromium, through playwright-core (the unpacked `test` build). */
import type { Page } from 'playwright-core';
import { launch } from '../harness.js';
import type { ExtensionBrowser, Tab } from './driver.js';

/** A Playwright page as a test tab. */
function tabOf(page: Page): Tab {
  return {
    goto: async (url) => void (await page.goto(url)),
    // Playwright's argument type unboxes handles; the cases pass plain data only.
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    clickAt: (x, y) => page.mouse.click(x, y),
    insertText: (text) => page.keyboard.insertText(text),
    press: (keys) => page.keyboard.press(keys),
    screenshot: async (path, options) => void (await page.screenshot({ path, ...options })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** Chromium with the extension loaded; the service worker is the extension's own context. */
export async function launchChromium(extensionDir: string): Promise<ExtensionBrowser> {
  const browser = await launch(extensionDir);
  return {
    name: 'Chromium',
    extensionOrigin: `chrome-extension://${browser.extensionId}`,
    requests: browser.requests,
    newTab: async () => tabOf(await browser.context.newPage()),
    openExtensionPage: async (path) => {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      return tabOf(page);
    },
    inExtension: (fn) => browser.worker.evaluate(fn),
    close: () => browser.close(),
  };
}
