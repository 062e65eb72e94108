/// <reference types="chrome" />
/**
 * The built extension in Debian Chromium (playwright-core), against test pages on 127.0.0.1 that hold the four
 * kinds of field a recording system has: a textarea, a contenteditable, a rich-text editor in an iframe, and a
 * React-controlled textarea. The test build differs from the shipped one only in having 127.0.0.1 granted;
 * the site is still turned on through the popup, as a writer would.
 */
import { lint, type Report } from '@carelint/core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures, type Fixture } from '../../../fixtures/load.js';
import { packageDir } from '../src/build/build.js';
import { buildTestExtension, launch, percentile, serveTestPages, type Browser, type TestSite } from './harness.js';

const SHOTS = join(packageDir, 'test-output');
const fixtures = new Map(loadFixtures().map((fixture) => [fixture.name, fixture]));
const fixture = (name: string): Fixture => fixtures.get(name) ?? expect.unreachable(`fixture ${name}`);

let site: TestSite;
let browser: Browser;
let page: Page;

/** An underline as drawn, with its box in the top page's viewport. */
interface Underline {
  rule: string;
  severity: string;
  category: string;
  start: number;
  end: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Expected {
  rule: string;
  actual: string;
  start: number;
  end: number;
}

/** The care-jargon findings a fixture's expected file lists, with offsets into its text. */
function expectedJargon(fx: Fixture): Expected[] {
  const lines = fx.text.split('\n');
  const lineStart = (line: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  return (fx.expected.findings?.['care-jargon'] ?? []).map((entry) => {
    const [, line, column, rule, actual] = /^(\d+):(\d+) (\S+) (.+)$/.exec(entry)!;
    const start = lineStart(Number(line)) + Number(column) - 1;
    expect(fx.text.slice(start, start + actual!.length)).toBe(actual);
    return { rule: rule!, actual: actual!, start, end: start + actual!.length };
  });
}

/** Underlines drawn over a field (the layer whose box lies inside the field's box). */
async function underlines(fieldSelector: string): Promise<Underline[]> {
  return page.evaluate((selector) => {
    const field = document.querySelector(selector)!.getBoundingClientRect();
    const root = document.querySelector('carelint-overlay')?.shadowRoot;
    const out: Underline[] = [];
    for (const layer of Array.from(root?.querySelectorAll<HTMLElement>('.layer') ?? [])) {
      const r = layer.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (r.width === 0 || x < field.left || x > field.right || y < field.top || y > field.bottom) continue;
      for (const u of Array.from(layer.querySelectorAll<HTMLElement>('.u'))) {
        const b = u.getBoundingClientRect();
        out.push({
          rule: u.dataset.rule!,
          severity: u.dataset.severity!,
          category: u.dataset.category!,
          start: Number(u.dataset.start),
          end: Number(u.dataset.end),
          left: b.left,
          top: b.top,
          width: b.width,
          height: b.height,
        });
      }
    }
    return out;
  }, fieldSelector);
}

/** Waits two frames: scrolling and resizing redraw the underlines at the next animation frame. */
async function settled(): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Waits until a field's jargon underlines are the expected ones (rule and start offset). */
async function waitForJargon(fieldSelector: string, expected: readonly Expected[]): Promise<Underline[]> {
  await settled();
  const want = expected.map((e) => `${e.start} ${e.rule}`).sort();
  await expect
    .poll(async () => [...new Set((await underlines(fieldSelector)).filter((u) => ['jargon', 'acronym', 'stigmatising'].includes(u.category)).map((u) => `${u.start} ${u.rule}`))].sort(), { timeout: 10_000 })
    .toEqual(want);
  await settled();
  return underlines(fieldSelector);
}

/** Types a record line by line, pressing Enter between lines, as a writer does in a rich-text field. */
async function typeLines(text: string): Promise<void> {
  const lines = text.replace(/\n$/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]) await page.keyboard.insertText(lines[i]!);
    if (i < lines.length - 1) await page.keyboard.press('Enter');
  }
}

/**
 * Where the page itself (not the extension) renders a finding's words in a contenteditable: the n-th occurrence
 * of the words among the editor's text nodes, as a DOM Range, in the top viewport.
 */
async function wordBoxes(editorSelector: string, frameSelector: string | undefined, items: Array<{ actual: string; occurrence: number }>) {
  return page.evaluate(
    ({ editorSelector, frameSelector, items }) => {
      let doc: Document = document;
      let dx = 0;
      let dy = 0;
      if (frameSelector) {
        const frame = document.querySelector<HTMLIFrameElement>(frameSelector)!;
        const r = frame.getBoundingClientRect();
        dx = r.left + frame.clientLeft;
        dy = r.top + frame.clientTop;
        doc = frame.contentDocument!;
      }
      const editor = doc.querySelector(editorSelector)!;
      const nodes: Text[] = [];
      const walker = doc.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      return items.map(({ actual, occurrence }) => {
        let seen = 0;
        for (const node of nodes) {
          let at = node.data.indexOf(actual);
          while (at >= 0) {
            if (seen === occurrence) {
              const range = doc.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + actual.length);
              const b = range.getClientRects()[0]!;
              return { left: b.left + dx, right: b.right + dx, top: b.top + dy, bottom: b.bottom + dy };
            }
            seen += 1;
            at = node.data.indexOf(actual, at + 1);
          }
        }
        return undefined;
      });
    },
    { editorSelector, frameSelector, items },
  );
}

/** How many times `actual` occurs in `text` before `offset`. */
function occurrenceBefore(text: string, actual: string, offset: number): number {
  let n = 0;
  for (let at = text.indexOf(actual); at >= 0 && at < offset; at = text.indexOf(actual, at + 1)) n += 1;
  return n;
}

async function resetPage(): Promise<void> {
  await page.goto(`${site.origin}/`);
  await page.locator('carelint-overlay').waitFor({ state: 'attached' });
  await page.frameLocator('#rte').locator('body').waitFor();
}

async function storage(): Promise<Record<string, unknown>> {
  return browser.worker.evaluate(() => chrome.storage.local.get(null));
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const [extension, served] = await Promise.all([buildTestExtension(), serveTestPages()]);
  site = served;
  browser = await launch(extension);
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 1000 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('browser extension in Chromium', () => {
  it('does nothing on a site until the writer turns it on from the toolbar popup', async () => {
    await page.goto(`${site.origin}/`);
    await page.locator('#note').fill('The LAC review was today.');
    await page.waitForTimeout(600);
    expect(await page.locator('carelint-overlay').count()).toBe(0);

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.bringToFront(); // the popup is about the active tab
    await expect.poll(() => popup.locator('#site').textContent()).toBe('127.0.0.1');
    await expect.poll(() => popup.locator('#status').getAttribute('data-on')).toBe('false');
    await popup.screenshot({ path: join(SHOTS, 'popup-off.png') });
    await popup.locator('#toggle').click();
    await expect.poll(() => popup.locator('#status').getAttribute('data-on')).toBe('true');
    await popup.screenshot({ path: join(SHOTS, 'popup-on.png') });
    await popup.close();

    // Started at once in the open tab, and registered for the site's later page loads.
    await page.locator('carelint-overlay').waitFor({ state: 'attached' });
    await expect.poll(async () => (await underlines('#note')).map((u) => u.rule)).toContain('lac-review');
    const registered = await browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.map((s) => s.matches)).toEqual([['http://127.0.0.1/*']]);
    await resetPage();
    expect(await page.locator('carelint-overlay').count()).toBe(1);
  });

  it('underlines a fixture record typed into a textarea at the words’ places', async () => {
    await resetPage();
    const fx = fixture('12-heavy-jargon-visit');
    const expected = expectedJargon(fx);
    expect(expected.length).toBe(44);
    await page.locator('#note').focus();
    await page.keyboard.insertText(fx.text);
    // Show the whole record so every line is on screen.
    await page.locator('#note').evaluate((el: HTMLTextAreaElement) => {
      el.style.height = `${el.scrollHeight + 20}px`;
    });
    const drawn = await waitForJargon('#note', expected);
    await page.locator('#plain').screenshot({ path: join(SHOTS, 'textarea-underlines.png') });

    // Each underline sits under its words: clicking just above its left end puts the textarea's own caret
    // before the first letter, and just above its right end, after the last.
    const caretAt = async (x: number, y: number) => {
      await page.mouse.click(x, y);
      const caret = await page.locator('#note').evaluate((el: HTMLTextAreaElement) => el.selectionStart);
      await page.keyboard.press('Escape');
      return caret;
    };
    for (const e of expected) {
      const boxes = drawn.filter((u) => u.start === e.start && u.rule === e.rule).sort((a, b) => a.top - b.top || a.left - b.left);
      const first = boxes[0]!;
      const last = boxes[boxes.length - 1]!;
      expect(await caretAt(first.left + 1.5, first.top - 6), `start of ${e.rule} “${e.actual}”`).toBe(e.start);
      expect(await caretAt(last.left + last.width - 1.5, last.top - 6), `end of ${e.rule} “${e.actual}”`).toBe(e.end);
    }
  });

  it('moves the underlines with the textarea when it scrolls, and draws none outside it', async () => {
    const note = page.locator('#note');
    await note.evaluate((el: HTMLTextAreaElement) => {
      el.style.height = '160px';
      el.scrollTop = 0;
    });
    await page.waitForTimeout(150);
    await settled();
    const box = (await note.boundingBox())!;
    const before = await underlines('#note');
    for (const u of before) expect(u.top).toBeLessThan(box.y + box.height);
    await note.evaluate((el: HTMLTextAreaElement) => {
      el.scrollTop = 48;
    });
    await page.waitForTimeout(150);
    await settled();
    const after = await underlines('#note');
    const moved = before.filter((u) => after.some((a) => a.start === u.start && a.left === u.left));
    expect(moved.length).toBeGreaterThan(0);
    for (const u of moved) {
      const a = after.find((x) => x.start === u.start && x.left === u.left)!;
      expect(Math.abs(u.top - a.top - 48)).toBeLessThan(1);
    }
  });

  it('underlines a record in a contenteditable without changing the editor’s DOM', async () => {
    await resetPage();
    const fx = fixture('01-cin-home-visit');
    const expected = expectedJargon(fx);
    const editor = page.locator('#editable');
    await editor.evaluate((el: HTMLElement) => {
      el.style.maxHeight = 'none';
    });
    const attributesBefore = await editor.evaluate((el) => el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`));
    await editor.click();
    await typeLines(fx.text);
    const drawn = await waitForJargon('#editable', expected);
    // The text the extension read from the DOM is the record: offsets agree with the fixture's.
    expect(drawn.filter((u) => u.category !== 'readability').every((u) => u.start >= 0)).toBe(true);

    const boxes = await wordBoxes('#editable', undefined, expected.map((e) => ({ actual: e.actual, occurrence: occurrenceBefore(fx.text, e.actual, e.start) })));
    expected.forEach((e, i) => {
      const word = boxes[i]!;
      const line = drawn.find((u) => u.start === e.start && u.rule === e.rule)!;
      expect(Math.abs(line.left - word.left), e.actual).toBeLessThan(1.5);
      expect(Math.abs(line.left + line.width - word.right), e.actual).toBeLessThan(1.5);
      expect(line.top, e.actual).toBeGreaterThan(word.bottom - 4);
      expect(line.top, e.actual).toBeLessThan(word.bottom + 2);
    });
    await page.locator('#rich').screenshot({ path: join(SHOTS, 'contenteditable-underlines.png') });

    // Nothing of the extension's inside the editor: same attributes, only what typing made (div, br, text).
    expect(await editor.evaluate((el) => el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`))).toEqual(attributesBefore);
    const inside = await editor.evaluate((el) => Array.from(el.querySelectorAll('*')).map((child) => `${child.localName}${child.attributes.length}`));
    expect(new Set(inside)).toEqual(new Set(['div0', 'br0']));
    expect(await page.evaluate(() => Array.from(document.documentElement.children).map((c) => c.localName))).toEqual(['head', 'body', 'carelint-overlay']);
  });

  it('underlines a record in a rich-text editor inside an iframe', async () => {
    await resetPage();
    const fx = fixture('03-statutory-visit-foster-care');
    const expected = expectedJargon(fx);
    await page.setViewportSize({ width: 1000, height: 1500 });
    await page.locator('#rte').evaluate((el: HTMLIFrameElement) => {
      el.style.height = '1320px';
    });
    await page.frameLocator('#rte').locator('body').click();
    await typeLines(fx.text);
    // Typing scrolled the editor's frame to the caret; show the record from the top.
    await page.frameLocator('#rte').locator('body').evaluate((body) => body.ownerDocument.defaultView!.scrollTo(0, 0));
    await page.locator('#framed').evaluate((el) => el.scrollIntoView());
    const drawn = await waitForJargon('#rte', expected);
    const boxes = await wordBoxes('body', '#rte', expected.map((e) => ({ actual: e.actual, occurrence: occurrenceBefore(fx.text, e.actual, e.start) })));
    expected.forEach((e, i) => {
      const word = boxes[i]!;
      const lines = drawn.filter((u) => u.start === e.start && u.rule === e.rule);
      // A phrase may wrap: its first box starts where the words start.
      const first = lines.reduce((a, b) => (b.top < a.top || (b.top === a.top && b.left < a.left) ? b : a));
      expect(Math.abs(first.left - word.left), e.actual).toBeLessThan(1.5);
      expect(first.top, e.actual).toBeGreaterThan(word.top);
      expect(first.top, e.actual).toBeLessThan(word.bottom + 2);
    });
    await page.locator('#framed').screenshot({ path: join(SHOTS, 'iframe-underlines.png') });
    await page.setViewportSize({ width: 1000, height: 1000 });
    const frameHtml = await page.frameLocator('#rte').locator('html').evaluate((el) => el.outerHTML);
    expect(frameHtml).not.toContain('carelint');
  });

  it('applies an alternative in a React-controlled textarea: the field, React’s state and undo all follow', async () => {
    await resetPage();
    const text = 'Contact with Dad went well. Kacper and his siblings played football in the park.';
    const field = page.locator('#react-note');
    await field.click();
    await page.keyboard.insertText(text);
    await expect.poll(() => page.evaluate(() => window.reactText)).toBe(text);
    await expect.poll(async () => (await underlines('#react-note')).map((u) => u.rule)).toContain('siblings');
    const siblings = (await underlines('#react-note')).find((u) => u.rule === 'siblings')!;
    await page.mouse.click(siblings.left + siblings.width / 2, siblings.top - 6);

    const popover = page.locator('carelint-overlay .popover');
    await expect.poll(() => popover.locator('.reason').textContent()).toMatch(/instead of “siblings”/);
    const alternatives = await popover.locator('.alt').allTextContents();
    expect(alternatives[0]).toBe('brothers and sisters');
    const card = (await popover.boundingBox())!;
    const top = Math.max(0, Math.min(card.y, siblings.top) - 40);
    await page.screenshot({ path: join(SHOTS, 'popover.png'), clip: { x: 100, y: top, width: 800, height: Math.max(card.y + card.height, siblings.top) + 60 - top } });
    await popover.locator('.alt', { hasText: 'brothers and sisters' }).click();

    const applied = text.replace('siblings', 'brothers and sisters');
    await expect.poll(() => field.inputValue()).toBe(applied);
    await expect.poll(() => page.evaluate(() => window.reactText)).toBe(applied);
    await expect.poll(() => page.locator('#react-count').textContent()).toBe(`${applied.length} characters saved in the form's state`);
    await expect.poll(async () => (await underlines('#react-note')).map((u) => u.rule)).not.toContain('siblings');

    // The change is one ordinary edit: the browser's undo takes it back, and React sees that too.
    await page.keyboard.press('Control+z');
    await expect.poll(() => field.inputValue()).toBe(text);
    await expect.poll(() => page.evaluate(() => window.reactText)).toBe(text);
  });

  it('opens a finding from the keyboard (Alt+Enter) and applies an alternative with Enter', async () => {
    await resetPage();
    const note = page.locator('#note');
    await note.click();
    // An acronym with no child named offers no one-click wording (only the child's name would fit), so the
    // keyboard path is shown on "contact", whose alternatives drop into the sentence.
    await page.keyboard.insertText('We had contact with Dad at home.');
    await expect.poll(async () => (await underlines('#note')).map((u) => u.rule)).toContain('contact-family');
    await note.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(9, 9));
    await page.keyboard.press('Alt+Enter');
    const focused = () => page.evaluate(() => document.querySelector('carelint-overlay')!.shadowRoot!.activeElement?.textContent ?? null);
    await expect.poll(focused).not.toBeNull();
    const alternative = (await focused())!;
    await page.keyboard.press('Enter');
    await expect.poll(() => note.inputValue()).toBe(`We had ${alternative} with Dad at home.`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('note');
    // Escape from inside the card gives focus back to the field.
    await note.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, 0));
    await page.keyboard.insertText('The LAC review is soon. ');
    await expect.poll(async () => (await underlines('#note')).map((u) => u.rule)).toContain('lac-review');
    await note.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(6, 6));
    await page.keyboard.press('Alt+Enter');
    await expect.poll(focused).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('carelint-overlay .popover').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('note');
  });

  it('applies an alternative in a contenteditable and in the iframe editor through their editing commands', async () => {
    await resetPage();
    const text = 'Contact with Dad went well.';
    const editor = page.locator('#editable');
    await editor.click();
    await page.keyboard.insertText(text);
    await expect.poll(async () => (await underlines('#editable')).map((u) => u.rule)).toContain('contact-family');
    const contact = (await underlines('#editable')).find((u) => u.rule === 'contact-family')!;
    await page.mouse.click(contact.left + contact.width / 2, contact.top - 6);
    // "Contact" starts the sentence, so the alternative is offered with a capital.
    await page.locator('carelint-overlay .popover .alt', { hasText: 'Family time' }).click();
    await expect.poll(() => editor.innerText()).toBe('Family time with Dad went well.');
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.innerText()).toBe(text);

    const body = page.frameLocator('#rte').locator('body');
    await body.click();
    await page.keyboard.insertText('We had contact with Dad at school.');
    await expect.poll(async () => (await underlines('#rte')).map((u) => u.rule)).toContain('contact-family');
    const contactInFrame = (await underlines('#rte')).find((u) => u.rule === 'contact-family')!;
    await page.mouse.click(contactInFrame.left + contactInFrame.width / 2, contactInFrame.top - 6);
    const first = (await page.locator('carelint-overlay .popover .alt').first().textContent())!;
    await page.locator('carelint-overlay .popover .alt').first().click();
    await expect.poll(() => body.innerText()).toBe(`We had ${first} with Dad at school.`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => body.innerText()).toBe('We had contact with Dad at school.');
  });

  it('“Ignore on this site” hides the finding on this site and stores only its fingerprint', async () => {
    await resetPage();
    const text = 'Kacper Nowakowski and his siblings played. Later the siblings had tea with their Contact supervisor.';
    await page.locator('#note').click();
    await page.keyboard.insertText(text);
    await expect.poll(async () => (await underlines('#note')).filter((u) => u.rule === 'siblings').length).toBe(2);
    const others = (await underlines('#note')).filter((u) => u.rule !== 'siblings').map((u) => u.rule);
    const first = (await underlines('#note')).find((u) => u.rule === 'siblings')!;
    await page.mouse.click(first.left + first.width / 2, first.top - 6);
    await page.locator('carelint-overlay .popover .ignore.site').click();
    await expect.poll(async () => (await underlines('#note')).filter((u) => u.rule === 'siblings').length).toBe(0);
    expect((await underlines('#note')).map((u) => u.rule)).toEqual(others);

    const report = lint(text);
    const fingerprint = report.messages.find((m) => m.ruleId === 'siblings')!.fingerprint;
    await expect.poll(async () => ((await storage()).ignored as Record<string, string[]> | undefined)?.['http://127.0.0.1']).toEqual([fingerprint]);
    const stored = JSON.stringify(await storage());
    for (const word of ['Kacper', 'Nowakowski', 'played', 'supervisor', 'tea']) expect(stored).not.toContain(word);

    // Still ignored after a reload.
    await resetPage();
    await page.locator('#note').click();
    await page.keyboard.insertText(text);
    await expect.poll(async () => (await underlines('#note')).map((u) => u.rule)).toContain('contact-family');
    expect((await underlines('#note')).filter((u) => u.rule === 'siblings')).toEqual([]);
    await browser.worker.evaluate(() => chrome.storage.local.remove('ignored'));
  });

  it('“Ignore here” hides only that place in that field, stores nothing, and is gone after a reload', async () => {
    await resetPage();
    const text = 'The siblings played. Later the siblings had tea.';
    await page.locator('#note').click();
    await page.keyboard.insertText(text);
    await expect.poll(async () => (await underlines('#note')).filter((u) => u.rule === 'siblings').length).toBe(2);
    const [first, second] = (await underlines('#note')).filter((u) => u.rule === 'siblings').sort((a, b) => a.start - b.start);
    await page.mouse.click(first!.left + first!.width / 2, first!.top - 6);
    await page.locator('carelint-overlay .popover .ignore.once').click();
    await expect.poll(async () => (await underlines('#note')).filter((u) => u.rule === 'siblings').map((u) => u.start)).toEqual([second!.start]);
    // Typing before it moves it: it stays ignored, and the other one stays shown.
    await page.keyboard.press('Control+Home');
    await page.keyboard.insertText('Today: ');
    await page.waitForTimeout(400);
    await expect.poll(async () => (await underlines('#note')).filter((u) => u.rule === 'siblings').map((u) => u.start)).toEqual([second!.start + 7]);
    expect((await storage()).ignored).toBeUndefined();
    await resetPage();
    await page.locator('#note').click();
    await page.keyboard.insertText(text);
    await expect.poll(async () => (await underlines('#note')).filter((u) => u.rule === 'siblings').length).toBe(2);
  });

  it('lists each ignored suggestion with its rule on the options page and shows them again one by one', async () => {
    await resetPage();
    const text = 'The siblings played. Contact with Dad went well.';
    await page.locator('#note').click();
    await page.keyboard.insertText(text);
    for (const rule of ['siblings', 'contact-family']) {
      await expect.poll(async () => (await underlines('#note')).map((u) => u.rule)).toContain(rule);
      const u = (await underlines('#note')).find((x) => x.rule === rule)!;
      await page.mouse.click(u.left + u.width / 2, u.top - 6);
      await page.locator('carelint-overlay .popover .ignore.site').click();
      await expect.poll(async () => (await underlines('#note')).map((x) => x.rule)).not.toContain(rule);
    }
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const items = options.locator('#ignored li[data-fingerprint]');
    await expect.poll(() => items.count()).toBe(2);
    const texts = await items.allTextContents();
    expect(texts.find((t) => t.includes('rule siblings'))).toMatch(/^“siblings” · rule siblings · on 127\.0\.0\.1/);
    expect(texts.find((t) => t.includes('rule contact-family'))).toMatch(/^“contact” · rule contact-family · on 127\.0\.0\.1/);
    await options.screenshot({ path: join(SHOTS, 'options-ignored.png'), fullPage: true });
    await items.filter({ hasText: 'rule siblings' }).getByRole('button').click();
    await expect.poll(() => items.count()).toBe(1);
    await page.bringToFront();
    await expect.poll(async () => (await underlines('#note')).map((u) => u.rule)).toContain('siblings');
    expect((await underlines('#note')).map((u) => u.rule)).not.toContain('contact-family');
    // Only the dictionary's term is kept beside the fingerprint, never the record's other words.
    const stored = JSON.stringify(await storage());
    for (const word of ['played', 'Dad', 'went']) expect(stored).not.toContain(word);
    await options.close();
    await browser.worker.evaluate(() => chrome.storage.local.remove(['ignored', 'ignoredTerms']));
  });

  it('“Add to my words” puts the words on the allow list, everywhere', async () => {
    await resetPage();
    await page.locator('#note').click();
    await page.keyboard.insertText('The siblings played. Contact with Dad went well.');
    await expect.poll(async () => (await underlines('#note')).map((u) => u.rule)).toContain('contact-family');
    const u = (await underlines('#note')).find((x) => x.rule === 'contact-family')!;
    await page.mouse.click(u.left + u.width / 2, u.top - 6);
    await page.locator('carelint-overlay .popover .ignore.allow').click();
    await expect.poll(async () => (await underlines('#note')).map((x) => x.rule)).not.toContain('contact-family');
    expect((await underlines('#note')).map((x) => x.rule)).toContain('siblings');
    await expect.poll(async () => ((await storage()).settings as { allow: string[] } | undefined)?.allow).toEqual(['Contact']);
    await browser.worker.evaluate(() => chrome.storage.local.remove('settings'));
  });

  it('keeps the pill off the field’s text, and draws overlapping findings apart', async () => {
    await resetPage();
    const lines = Array.from({ length: 9 }, (_, i) => `Line ${i + 1} went as planned today with everyone there.`);
    await page.locator('#note').click();
    await page.keyboard.insertText(`Actions:\n- SW to continue to monitor the siblings and their contact with Dad.\n${lines.join('\n')}`);
    const pill = page.locator('carelint-overlay .pill');
    await expect.poll(() => pill.textContent()).toMatch(/suggestion/);
    const field = (await page.locator('#note').boundingBox())!;
    const box = (await pill.boundingBox())!;
    const overlaps = box.x < field.x + field.width && box.x + box.width > field.x && box.y < field.y + field.height && box.y + box.height > field.y;
    expect(overlaps, JSON.stringify({ box, field })).toBe(false);
    await page.locator('#note').evaluate((el) => el.scrollTo(0, 0));
    await settled();
    await expect.poll(async () => (await underlines('#note')).map((u) => u.rule)).toContain('acr-sw');
    const drawn = await underlines('#note');
    const sw = drawn.find((u) => u.rule === 'acr-sw')!;
    const action = drawn.find((u) => u.rule === 'incomplete-action' && u.start <= sw.start && u.end >= sw.end && Math.abs(u.left - sw.left) < 2)!;
    expect(action, JSON.stringify(drawn.map((u) => u.rule))).toBeDefined();
    expect(action.top - sw.top).toBeGreaterThanOrEqual(2);
    const outer = await page.evaluate(() => document.querySelector('carelint-overlay')!.shadowRoot!.querySelector('.u[data-rule="incomplete-action"]')!.getAttribute('data-outer'));
    expect(outer).toBe('1');
    await page.locator('#plain').screenshot({ path: join(SHOTS, 'pill-and-overlap.png') });
  });

  it('shows a summary of the focused field from the report’s metrics', async () => {
    await resetPage();
    const fx = fixture('30-transfer-summary-deficit-labels');
    const report: Report = lint(fx.text);
    await page.locator('#note').click();
    await page.keyboard.insertText(fx.text);
    const withFindings = report.messages.filter((m) => m.place.end.offset > m.place.start.offset).length;
    const pill = page.locator('carelint-overlay .pill');
    await expect.poll(() => pill.textContent()).toBe(`${withFindings} suggestions`);
    await pill.click();
    const summary = page.locator('carelint-overlay .summary');
    const metrics = report.metrics;
    await expect.poll(() => summary.locator('[data-metric="words"]').textContent()).toBe(`${metrics.words} words, ${metrics.sentences} sentences`);
    if (metrics.tone) {
      await expect.poll(() => summary.locator('[data-metric="tone"]').textContent()).toContain(`${metrics.tone.positive} positive, ${metrics.tone.critical} critical`);
    }
    if (metrics.childVoice) await expect.poll(() => summary.locator('[data-metric="child-voice"]').count()).toBe(1);
    else expect(await summary.locator('[data-metric="child-voice"]').count()).toBe(0);
    if (metrics.plan) await expect.poll(() => summary.locator('[data-metric="plan"]').textContent()).toContain(metrics.plan.actions === 0 ? 'No plan actions' : `${metrics.plan.complete} of ${metrics.plan.actions}`);
    if (typeof metrics.readability?.age === 'number') await expect.poll(() => summary.locator('[data-metric="readability"]').textContent()).toBe(`About ${Math.round(metrics.readability.age)}`);
    // Findings about the whole record (no words to underline) are listed in the summary.
    for (const general of report.messages.filter((m) => m.place.end.offset === m.place.start.offset)) {
      await expect.poll(() => summary.locator(`li[data-rule="${general.ruleId}"]`).textContent()).toBe(general.reason);
    }
    const card = (await summary.boundingBox())!;
    await page.screenshot({ path: join(SHOTS, 'summary.png'), clip: { x: 100, y: Math.max(0, card.y - 80), width: 800, height: card.height + 160 } });
    await page.keyboard.press('Escape');
    await expect.poll(() => summary.count()).toBe(0);
  });

  it('takes the preset, allow list and extra words from the options page, straight away', async () => {
    await resetPage();
    await page.locator('#note').click();
    await page.keyboard.insertText('The kiddo and her siblings were seen.');
    await expect.poll(async () => (await underlines('#note')).map((u) => u.rule)).toContain('siblings');

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#allow').fill('siblings');
    await options.locator('#extra').fill('kiddo = the child’s name, the young person');
    await options.locator('#preset').selectOption('family-facing');
    await options.locator('#save').click();
    await expect.poll(() => options.locator('#saved').textContent()).toContain('Saved');
    await options.screenshot({ path: join(SHOTS, 'options.png'), fullPage: true });

    await page.bringToFront();
    await expect.poll(async () => (await underlines('#note')).map((u) => u.rule)).toContain('local-kiddo');
    expect((await underlines('#note')).map((u) => u.rule)).not.toContain('siblings');
    const settings = (await storage()).settings as { preset: string; allow: string[] };
    expect(settings.preset).toBe('family-facing');
    expect(settings.allow).toEqual(['siblings']);

    // A line the page cannot read is named, and nothing is saved.
    await options.locator('#extra').fill('= nothing on the left');
    await options.locator('#save').click();
    await expect.poll(() => options.locator('#problems').textContent()).toContain('Line 1');
    await options.close();
    await browser.worker.evaluate(() => chrome.storage.local.remove('settings'));
  });

  it('updates the underlines within a few tens of milliseconds of a keystroke in a 500-word record', async () => {
    await resetPage();
    const words = ['12-heavy-jargon-visit', '01-cin-home-visit', '30-transfer-summary-deficit-labels']
      .map((name) => fixture(name).text)
      .join('\n\n')
      .split(/(?<=\s)/);
    let record = '';
    for (let count = 0; count < 500; ) {
      const next = words.shift()!;
      record += next;
      if (next.trim()) count += 1;
    }
    record = record.trimEnd();
    expect(record.split(/\s+/).length).toBe(500);
    const field = page.locator('#note');
    await field.click();
    await page.keyboard.insertText(record);
    await expect.poll(async () => (await underlines('#note')).length).toBeGreaterThan(0);

    const { latencies, lintMs } = await measureKeystrokes(40, 10);
    const p50 = percentile(latencies, 50);
    const p95 = percentile(latencies, 95);
    console.log(
      `keystroke -> updated underlines, 500-word record in a textarea: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms (n=${latencies.length}); ` +
        `lint() alone p50 ${percentile(lintMs, 50).toFixed(1)} ms, p95 ${percentile(lintMs, 95).toFixed(1)} ms`,
    );
    expect(latencies.length).toBeGreaterThanOrEqual(30);
    // The target is 50 ms (DESIGN.md). Speed is reported, not asserted: a shared CI machine's timings would make
    // a bound either flaky or meaningless. What is asserted is that every measured keystroke updated the underlines.
  });

  it('sends no request to any host but the test page’s own', () => {
    expect(browser.requests.length).toBeGreaterThan(0);
    const foreign = browser.requests.filter((url) => !url.startsWith(`${site.origin}/`) && !url.startsWith(`chrome-extension://${browser.extensionId}/`));
    expect(foreign).toEqual([]);
  });
});

/**
 * Types characters at the end of the focused textarea, one every 120 ms (a quick typist), and returns for each
 * the time from its keydown to the overlay drawing the lint of the new text (page clock), and the lint's own
 * time. The first `warmUp` keystrokes are typed but not counted.
 */
async function measureKeystrokes(count: number, warmUp: number): Promise<{ latencies: number[]; lintMs: number[] }> {
  await page.evaluate(() => {
    const layers = Array.from(document.querySelector('carelint-overlay')!.shadowRoot!.querySelectorAll<HTMLElement>('.layer'));
    const field = document.querySelector('#note')!.getBoundingClientRect();
    const layer = layers.find((l) => {
      const r = l.getBoundingClientRect();
      return r.width > 0 && Math.abs(r.top - field.top) < 4 && Math.abs(r.left - field.left) < 4;
    })!;
    const state = { down: 0, results: [] as number[], lintMs: [] as number[] };
    (window as unknown as { keystrokes: typeof state }).keystrokes = state;
    document.addEventListener('keydown', () => (state.down = performance.now()), true);
    new MutationObserver(() => {
      if (state.down > 0) {
        state.results.push(performance.now() - state.down);
        state.lintMs.push(Number(layer.dataset.lintMs));
        state.down = 0;
      }
    }).observe(layer, { attributes: true, attributeFilter: ['data-lints'] });
  });
  await page.keyboard.press('Control+End');
  const keys = ' and she was happy to see her family'.split('');
  for (let i = 0; i < warmUp + count; i++) {
    if (i === warmUp) {
      await page.evaluate(() => {
        const state = (window as unknown as { keystrokes: { results: number[]; lintMs: number[] } }).keystrokes;
        state.results.length = 0;
        state.lintMs.length = 0;
      });
    }
    const key = keys[i % keys.length]!;
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await page.waitForTimeout(120);
  }
  return page.evaluate(() => {
    const { results, lintMs } = (window as unknown as { keystrokes: { results: number[]; lintMs: number[] } }).keystrokes;
    return { latencies: results, lintMs };
  });
}

declare global {
  interface Window {
    reactText?: string;
  }
}
