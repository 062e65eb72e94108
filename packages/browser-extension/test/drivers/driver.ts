/**
 * What the extension's page tests need from a browser, so the same cases run in Chromium (playwright-core) and
 * in Firefox ESR (puppeteer-core over WebDriver BiDi): a browser with the test build of the extension loaded,
 * its tabs, and a way to run code in the extension's own context (its storage and scripting APIs).
 */

/** A box in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One tab: a page or one of the extension's own pages. */
export interface Tab {
  goto(url: string): Promise<void>;
  /** Runs `fn` in the tab's top document; `fn` is serialised, so it may use only its argument. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** A real (trusted) left click at a point of the viewport. */
  clickAt(x: number, y: number): Promise<void>;
  /** Inserts text at the caret of the focused field, as one edit (an IME or a paste would). */
  insertText(text: string): Promise<void>;
  /** Presses a key or a chord, in Playwright's notation: `Enter`, `Control+z`, `Alt+Enter`. */
  press(keys: string): Promise<void>;
  /** Saves a PNG of the viewport, of a box of the page (`clip`), or of the whole page. */
  screenshot(path: string, options?: { clip?: Box; fullPage?: boolean }): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Makes this the active tab of its window (what the popup reports on). */
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

/** A browser with the extension's test build loaded, in a fresh profile. */
export interface ExtensionBrowser {
  /** `Chromium` or `Firefox ESR`, for test names. */
  readonly name: string;
  /** The extension's own origin (`chrome-extension://…`, `moz-extension://…`). */
  readonly extensionOrigin: string;
  /** Every request the browser's tabs made, in order. */
  readonly requests: string[];
  newTab(): Promise<Tab>;
  /** Opens one of the extension's pages (`popup.html`, `options.html`) in a new tab. */
  openExtensionPage(path: string): Promise<Tab>;
  /** Runs `fn` in the extension's own context (where `chrome.storage` and `chrome.scripting` are). */
  inExtension<T>(fn: () => T | Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Starts a browser with the extension loaded from an unpacked build folder. */
export type Launcher = (extensionDir: string) => Promise<ExtensionBrowser>;

/** Waits `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
