/// <reference types="chrome" />
/**
 * Turning a site on, and where the underlines are drawn: on the words of a textarea, a contenteditable and a
 * rich-text editor in an iframe, checked against the page's own caret and text ranges.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { sleep } from '../drivers/driver.js';
import { locate } from '../page.js';
import { expectedJargon, occurrencesOf, rulesIn, settled, typeLines, underlines, waitForJargon, wordBoxes } from '../underlines.js';
import { fixture, resetPage, type Case, type Context } from './context.js';

export function placementCases(ctx: Context, test: Case): void {
  const note = () => locate(ctx.page, '#note');

  test('does nothing on a site until the writer turns it on from the toolbar popup', async () => {
    const { page, browser, site } = ctx;
    await page.goto(`${site.origin}/`);
    await note().fill('The LAC review was today.');
    await sleep(600);
    expect(await locate(page, 'carelint-overlay').count()).toBe(0);

    const popup = await browser.openExtensionPage('popup.html');
    await page.bringToFront(); // the popup is about the active tab
    await expect.poll(() => locate(popup, '#site').text()).toBe('127.0.0.1');
    await expect.poll(() => locate(popup, '#status').attribute('data-on')).toBe('false');
    await popup.screenshot(join(ctx.shots, 'popup-off.png'));
    await locate(popup, '#toggle').click();
    await expect.poll(() => locate(popup, '#status').attribute('data-on')).toBe('true');
    await popup.screenshot(join(ctx.shots, 'popup-on.png'));
    await popup.close();
    await page.bringToFront();

    // Started at once in the open tab, and registered for the site's later page loads.
    await locate(page, 'carelint-overlay').attached();
    await expect.poll(() => rulesIn(page, '#note')).toContain('lac-review');
    const registered = await browser.inExtension(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered.map((s) => s.matches)).toEqual([['http://127.0.0.1/*']]);
    await resetPage(ctx);
    expect(await locate(page, 'carelint-overlay').count()).toBe(1);
  });

  test('underlines a fixture record typed into a textarea at the words’ places', async () => {
    const { page } = ctx;
    await resetPage(ctx);
    const fx = fixture('12-heavy-jargon-visit');
    const expected = expectedJargon(fx);
    expect(expected.length).toBe(44);
    await page.evaluate(() => document.querySelector<HTMLElement>('#note')!.focus());
    await page.insertText(fx.text);
    // Show the whole record so every line is on screen.
    await page.evaluate(() => {
      const el = document.querySelector<HTMLTextAreaElement>('#note')!;
      el.style.height = `${el.scrollHeight + 20}px`;
    });
    const drawn = await waitForJargon(page, '#note', expected);
    await locate(page, '#plain').screenshot(join(ctx.shots, 'textarea-underlines.png'));

    // Each underline sits under its words: clicking just above its left end puts the textarea's own caret
    // before the first letter, and just above its right end, after the last.
    const caretAt = async (x: number, y: number) => {
      await page.clickAt(x, y);
      const caret = await page.evaluate(() => document.querySelector<HTMLTextAreaElement>('#note')!.selectionStart);
      await page.press('Escape');
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

  test('moves the underlines with the textarea when it scrolls, and draws none outside it', async () => {
    const { page } = ctx;
    const scrollTo = async (top: number, height?: string) => {
      await page.evaluate(
        ({ top, height }) => {
          const el = document.querySelector<HTMLTextAreaElement>('#note')!;
          if (height) el.style.height = height;
          el.scrollTop = top;
        },
        { top, height },
      );
      await sleep(150);
      await settled(page);
    };
    await scrollTo(0, '160px');
    const box = await note().box();
    const before = await underlines(page, '#note');
    for (const u of before) expect(u.top).toBeLessThan(box.y + box.height);
    await scrollTo(48);
    const after = await underlines(page, '#note');
    const moved = before.filter((u) => after.some((a) => a.start === u.start && a.left === u.left));
    expect(moved.length).toBeGreaterThan(0);
    for (const u of moved) {
      const a = after.find((x) => x.start === u.start && x.left === u.left)!;
      expect(Math.abs(u.top - a.top - 48)).toBeLessThan(1);
    }
  });

  test('underlines a record in a contenteditable without changing the editor’s DOM', async () => {
    const { page } = ctx;
    await resetPage(ctx);
    const fx = fixture('01-cin-home-visit');
    const expected = expectedJargon(fx);
    const attributes = () => page.evaluate(() => {
      const el = document.querySelector('#editable')!;
      return el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`);
    });
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('#editable')!.style.maxHeight = 'none';
    });
    const attributesBefore = await attributes();
    await locate(page, '#editable').click();
    await typeLines(page, fx.text);
    const drawn = await waitForJargon(page, '#editable', expected);
    // The text the extension read from the DOM is the record: offsets agree with the fixture's.
    expect(drawn.filter((u) => u.category !== 'readability').every((u) => u.start >= 0)).toBe(true);

    const boxes = await wordBoxes(page, { editorSelector: '#editable', frameSelector: undefined, items: occurrencesOf(fx.text, expected) });
    expected.forEach((e, i) => {
      const word = boxes[i]!;
      const line = drawn.find((u) => u.start === e.start && u.rule === e.rule)!;
      expect(Math.abs(line.left - word.left), e.actual).toBeLessThan(1.5);
      expect(Math.abs(line.left + line.width - word.right), e.actual).toBeLessThan(1.5);
      expect(line.top, e.actual).toBeGreaterThan(word.bottom - 4);
      expect(line.top, e.actual).toBeLessThan(word.bottom + 2);
    });
    await locate(page, '#rich').screenshot(join(ctx.shots, 'contenteditable-underlines.png'));

    // Nothing of the extension's inside the editor: same attributes, only what typing made (div, br, text).
    expect(await attributes()).toEqual(attributesBefore);
    const inside = await page.evaluate(() => Array.from(document.querySelectorAll('#editable *')).map((child) => `${child.localName}${child.attributes.length}`));
    expect(new Set(inside)).toEqual(new Set(['div0', 'br0']));
    expect(await page.evaluate(() => Array.from(document.documentElement.children).map((c) => c.localName))).toEqual(['head', 'body', 'carelint-overlay']);
  });

  test('underlines a record in a rich-text editor inside an iframe', async () => {
    const { page } = ctx;
    await resetPage(ctx);
    const fx = fixture('03-statutory-visit-foster-care');
    const expected = expectedJargon(fx);
    await page.setViewport(1000, 1500);
    await page.evaluate(() => {
      document.querySelector<HTMLIFrameElement>('#rte')!.style.height = '1320px';
    });
    await locate(page, '#rte body').click();
    await typeLines(page, fx.text);
    // Typing scrolled the editor's frame to the caret; show the record from the top.
    await page.evaluate(() => {
      document.querySelector<HTMLIFrameElement>('#rte')!.contentWindow!.scrollTo(0, 0);
      document.querySelector('#framed')!.scrollIntoView();
    });
    const drawn = await waitForJargon(page, '#rte', expected);
    const boxes = await wordBoxes(page, { editorSelector: 'body', frameSelector: '#rte', items: occurrencesOf(fx.text, expected) });
    expected.forEach((e, i) => {
      const word = boxes[i]!;
      const lines = drawn.filter((u) => u.start === e.start && u.rule === e.rule);
      // A phrase may wrap: its first box starts where the words start.
      const first = lines.reduce((a, b) => (b.top < a.top || (b.top === a.top && b.left < a.left) ? b : a));
      expect(Math.abs(first.left - word.left), e.actual).toBeLessThan(1.5);
      expect(first.top, e.actual).toBeGreaterThan(word.top);
      expect(first.top, e.actual).toBeLessThan(word.bottom + 2);
    });
    await locate(page, '#framed').screenshot(join(ctx.shots, 'iframe-underlines.png'));
    await page.setViewport(1000, 1000);
    const frameHtml = await page.evaluate(() => document.querySelector<HTMLIFrameElement>('#rte')!.contentDocument!.documentElement.outerHTML);
    expect(frameHtml).not.toContain('carelint');
  });
}
