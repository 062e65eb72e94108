/**
 * The browser extension's page tests in Firefox ESR (Debian's firefox-esr), driven over WebDriver BiDi by
 * puppeteer-core (no geckodriver): the `firefox-test` build installed as a temporary add-on, on the same test
 * pages as the Chromium tests. `npm run test:clients` installs firefox-esr and puppeteer-core (into
 * test/clients/.deps, outside the workspace's lockfile).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../packages/core/src/index.js';
import { loadFixtures } from '../../fixtures/load.js';
import { buildExtension } from '../../packages/browser-extension/src/build/build.js';
import { serveTestPages, type TestSite } from '../../packages/browser-extension/test/harness.js';

const FIREFOX = '/usr/bin/firefox-esr';
const DEPS = new URL('./.deps/', import.meta.url).pathname;
const SHOTS = process.env.CARELINT_SCREENSHOTS ?? tmpdir();

/** The few puppeteer-core calls used here (it is installed at test time, so typed by hand). */
interface Handle {
  click(): Promise<void>;
}
interface FxPage {
  goto(url: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  evaluate<T, A>(fn: (arg: A) => T, arg: A): Promise<T>;
  mouse: { click(x: number, y: number): Promise<void> };
  screenshot(options: { path: string }): Promise<unknown>;
  setViewport(size: { width: number; height: number }): Promise<void>;
  on(event: 'request', listener: (request: { url(): string }) => void): void;
  waitForSelector(selector: string, options?: { timeout: number }): Promise<Handle | null>;
}
interface FxBrowser {
  installExtension(path: string): Promise<string>;
  newPage(): Promise<FxPage>;
  version(): Promise<string>;
  close(): Promise<void>;
}
interface Puppeteer {
  launch(options: Record<string, unknown>): Promise<FxBrowser>;
}

let site: TestSite;
let browser: FxBrowser;
let page: FxPage;
let extensionDir: string;
const requests: string[] = [];

interface Underline {
  rule: string;
  start: number;
  end: number;
  left: number;
  top: number;
  width: number;
}

async function underlines(): Promise<Underline[]> {
  return page.evaluate(() => {
    const root = document.querySelector('carelint-overlay')?.shadowRoot;
    return Array.from(root?.querySelectorAll<HTMLElement>('.u') ?? []).map((u) => {
      const b = u.getBoundingClientRect();
      return { rule: u.dataset.rule!, start: Number(u.dataset.start), end: Number(u.dataset.end), left: b.left, top: b.top, width: b.width };
    });
  }, undefined);
}

async function poll<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 15_000): Promise<T> {
  const until = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

async function fresh(): Promise<void> {
  await page.goto(`${site.origin}/`);
  await page.waitForSelector('carelint-overlay', { timeout: 15_000 });
}

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: install firefox-esr (npm run test:clients does, as root)`);
  const require = createRequire(join(DEPS, 'package.json'));
  const { default: puppeteer } = (await import(pathToFileURL(require.resolve('puppeteer-core')).href)) as { default: Puppeteer };
  extensionDir = mkdtempSync(join(tmpdir(), 'carelint-ff-ext-'));
  await buildExtension({ target: 'firefox-test', outDir: extensionDir });
  site = await serveTestPages();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Firefox ESR loads an unsigned add-on when signatures are not required (release Firefox does not).
    extraPrefsFirefox: { 'xpinstall.signatures.required': false },
  });
  await browser.installExtension(extensionDir);
  page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 1000 });
  page.on('request', (request) => requests.push(request.url()));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
});

describe('browser extension in Firefox ESR (WebDriver BiDi)', () => {
  it('underlines a fixture record typed into a textarea at the words’ places', async () => {
    expect(await browser.version()).toMatch(/firefox/i);
    await fresh();
    const fixture = loadFixtures().find((f) => f.name === '12-heavy-jargon-visit')!;
    const expected = lint(fixture.text).messages.filter((m) => m.place.end.offset > m.place.start.offset && m.data.category === 'jargon');
    await page.setViewport({ width: 1000, height: 3000 });
    await page.click('#note');
    await page.evaluate((text) => {
      const note = document.querySelector<HTMLTextAreaElement>('#note')!;
      note.value = text;
      note.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      // Show the whole record so every line is on screen (underlines are drawn for what is visible).
      note.style.height = `${note.scrollHeight + 20}px`;
    }, fixture.text);
    const want = expected.map((m) => `${m.place.start.offset} ${m.ruleId}`).sort();
    const drawn = await poll(underlines, (u) => want.every((w) => u.some((x) => `${x.start} ${x.rule}` === w)));
    const got = [...new Set(drawn.map((u) => `${u.start} ${u.rule}`))];
    expect(want.filter((w) => !got.includes(w))).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'carelint-firefox-textarea.png') });
    await page.setViewport({ width: 1000, height: 1000 });
  });

  it('applies an alternative from the card, and “Ignore here” hides one place only', async () => {
    await fresh();
    await page.type('#note', 'The siblings played. Later the siblings had tea. Contact with Dad went well.');
    const first = await poll(underlines, (u) => u.filter((x) => x.rule === 'siblings').length === 2);
    const siblings = first.filter((u) => u.rule === 'siblings').sort((a, b) => a.start - b.start);
    await page.mouse.click(siblings[0]!.left + siblings[0]!.width / 2, siblings[0]!.top - 6);
    await page.evaluate(() => {
      const once = document.querySelector('carelint-overlay')!.shadowRoot!.querySelector<HTMLButtonElement>('.popover .ignore.once');
      once?.click();
    }, undefined);
    const after = await poll(underlines, (u) => u.filter((x) => x.rule === 'siblings').length === 1);
    expect(after.filter((u) => u.rule === 'siblings').map((u) => u.start)).toEqual([siblings[1]!.start]);

    const contact = after.find((u) => u.rule === 'contact-family')!;
    await page.mouse.click(contact.left + contact.width / 2, contact.top - 6);
    const applied = await poll(
      () =>
        page.evaluate(() => {
          const alt = document.querySelector('carelint-overlay')!.shadowRoot!.querySelector<HTMLButtonElement>('.popover .alt');
          alt?.click();
          return document.querySelector<HTMLTextAreaElement>('#note')!.value;
        }, undefined),
      (value) => !value.includes('Contact'),
    );
    expect(applied).toBe('The siblings played. Later the siblings had tea. Family time with Dad went well.');
    await page.screenshot({ path: join(SHOTS, 'carelint-firefox-applied.png') });
  });

  it('sends no request to any host but the test page’s own', () => {
    const offsite = requests.filter((url) => !url.startsWith(`${site.origin}/`) && !url.startsWith('data:') && !url.startsWith('moz-extension:'));
    expect(offsite).toEqual([]);
  });
});
