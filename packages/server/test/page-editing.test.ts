import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, type PageSession } from './page-session.js';

/** Screenshots for a person to look at (outside the repository). */
const SHOTS = process.env.CARELINT_SCREENSHOTS ?? tmpdir();

let session: PageSession;
let page: Page;
let problems: string[];

beforeAll(async () => {
  session = await openPage({ width: 1100, height: 1000 });
  ({ page, problems } = session);
}, 60_000);

afterAll(async () => {
  await session?.close();
});

/** Types a record and waits for its check to be shown. */
async function enter(text: string): Promise<void> {
  await page.fill('#record', text);
  await page.waitForFunction((t) => (document.querySelector('#record') as HTMLTextAreaElement).value === t && document.querySelectorAll('#backdrop mark').length > 0, text, { timeout: 10_000 });
  await page.waitForFunction(() => document.querySelectorAll('#findings > li').length > 0);
}

const value = () => page.$eval('#record', (area) => (area as HTMLTextAreaElement).value);

describe('the page\'s record box', () => {
  it('highlights the flagged words in the text, overlapping findings marked apart', async () => {
    await enter('Visited J at home. Contact with Dad went well.\nActions:\n- SW to continue to monitor.\n- Mum to engage with services.');
    const marks = await page.$$eval('#backdrop mark', (ms) => ms.map((m) => ({ text: m.textContent, cls: m.className, rules: (m as HTMLElement).dataset.rules })));
    expect(marks.map((m) => m.text)).toEqual(expect.arrayContaining(['Contact', 'SW']));
    const sw = marks.find((m) => m.text === 'SW')!;
    // "SW" is flagged on its own and inside the longer "SW to continue to monitor" finding.
    expect(sw.rules!.split(' ').length).toBeGreaterThan(1);
    expect(sw.cls).toContain('overlap');
    // The marks sit exactly under the textarea's words: same box, same text.
    const aligned = await page.evaluate(() => {
      const area = document.querySelector('#record') as HTMLTextAreaElement;
      const back = document.querySelector('#backdrop') as HTMLElement;
      const a = area.getBoundingClientRect();
      const b = back.getBoundingClientRect();
      return { same: Math.abs(a.width - b.width) < 1 && Math.abs(a.height - b.height) < 1, text: back.textContent === `${area.value}\n` };
    });
    expect(aligned).toEqual({ same: true, text: true });
    await page.screenshot({ path: join(SHOTS, 'carelint-page-highlights.png') });
  });

  it('a suggestion chip puts the suggestion in place, capitalised at a sentence start, and Undo puts it back', async () => {
    const before = await value();
    const item = page.locator('#findings > li[data-rule-id="contact-family"]');
    await item.locator('button.suggestion', { hasText: /^family time$/ }).click();
    await expect.poll(value).toBe(before.replace('Contact', 'Family time'));
    expect(await page.textContent('#undo-text')).toBe('Changed “Contact” to “Family time”.');
    // It is checked again at once: "contact" is no longer a finding.
    await page.waitForFunction(() => !document.querySelector('#findings > li[data-rule-id="contact-family"]'), undefined, { timeout: 10_000 });
    await page.screenshot({ path: join(SHOTS, 'carelint-page-applied.png') });
    await page.click('#undo-button');
    await expect.poll(value).toBe(before);
    expect(await page.isHidden('#undo')).toBe(true);
    await page.waitForSelector('#findings > li[data-rule-id="contact-family"]', { timeout: 10_000 });
    // The browser's own undo works too, as the change went through its editing.
    await page.locator('#findings > li[data-rule-id="contact-family"] button.suggestion').first().click();
    await expect.poll(value).not.toBe(before);
    await page.focus('#record');
    await page.keyboard.press('Control+z');
    await expect.poll(value).toBe(before);
  });

  it('clicking a finding\'s place scrolls the record to it', async () => {
    // A long record must read as a care record (a parent called Mum, the LAC review), or care words are left alone.
    const filler = Array.from({ length: 60 }, (_, i) => `Line ${i + 1} of the visit notes: Mum said it went as planned.`).join('\n');
    await enter(`${filler}\nThe LAC review is next week.`);
    const item = page.locator('#findings > li[data-rule-id="lac-review"]');
    await page.$eval('#record', (a) => a.scrollTo(0, 0));
    await page.waitForFunction(() => (document.querySelector('#backdrop') as HTMLElement).scrollTop === 0);
    await item.locator('.where button').click();
    await page.waitForTimeout(100);
    const seen = await page.evaluate(() => {
      const area = document.querySelector('#record') as HTMLTextAreaElement;
      const mark = Array.from(document.querySelectorAll<HTMLElement>('#backdrop mark')).find((m) => m.textContent === 'LAC review')!;
      const top = mark.offsetTop - area.scrollTop;
      return { scrolled: area.scrollTop > 0, visible: top >= 0 && top < area.clientHeight, selected: area.value.slice(area.selectionStart, area.selectionEnd), current: mark.classList.contains('current') };
    });
    expect(seen).toEqual({ scrolled: true, visible: true, selected: 'LAC review', current: true });
    await page.locator('#editor').screenshot({ path: join(SHOTS, 'carelint-page-scrolled.png') });
  });

  it('says why in plain words, and names the ways a child was heard', async () => {
    await page.selectOption('#documentType', 'visit');
    await enter('I saw Sam on his own in his bedroom. Sam said "I like my school". Contact with Dad went well. The LAC review is next week.');
    const reasons = await page.$$eval('#reasons li', (items) => items.map((li) => li.textContent ?? ''));
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).not.toMatch(/policy|match(es)? "/);
    expect(reasons.join(' ')).toMatch(/care words a child or family may not understand: “Contact”, “LAC review”/);
    const voice = await page.$$eval('#metrics .metric', (cards) => cards.map((c) => c.textContent ?? '').find((t) => t.startsWith('Child')) ?? '');
    expect(voice).toContain('seen on their own');
    expect(voice).not.toMatch(/seen-alone/);
    await page.locator('#result').screenshot({ path: join(SHOTS, 'carelint-page-reasons.png') });
    await page.selectOption('#documentType', '');
  });

  it('with format HTML, shows the flagged words without their markup', async () => {
    await page.selectOption('#format', 'html');
    await enter('<p>The <b>LAC</b> review is next week.</p>');
    const actual = await page.$eval('#findings > li[data-rule-id="lac-review"] .actual', (q) => q.textContent);
    expect(actual).toBe('LAC review');
    await page.selectOption('#format', 'text');
  });

  it('the console stayed clean', () => {
    expect(problems).toEqual([]);
  });
});
