import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '@carelint/core';
import { loadFixtures } from '../../../fixtures/load.js';
import { openPage, type PageSession } from './page-session.js';

/** Where the screenshot goes for a person to look at (outside the repository). */
const SCREENSHOT = process.env.CARELINT_SCREENSHOT ?? join(tmpdir(), 'carelint-page.png');

let session: PageSession;
let server: PageSession['server'];
let page: Page;
let requests: string[];
let problems: string[];

beforeAll(async () => {
  session = await openPage({ width: 1100, height: 1400 });
  ({ server, page, requests, problems } = session);
}, 60_000);

afterAll(async () => {
  await session?.close();
});

describe('the page at /', () => {
  it('shows the findings, places and suggestions of a pasted golden record, as core finds them', async () => {
    const fixture = loadFixtures().find((f) => f.name === '12-heavy-jargon-visit')!;
    await page.selectOption('#documentType', 'visit');
    await page.fill('#record', fixture.text);
    const expected = lint(fixture.text, { format: 'text', documentType: 'visit' });
    await page.waitForFunction((n) => document.querySelectorAll('#findings > li').length === n, expected.messages.length, { timeout: 10_000 });

    const shown = await page.$$eval('#findings > li', (items) =>
      items.map((item) => ({
        ruleId: (item as HTMLElement).dataset.ruleId,
        where: item.querySelector('.where button')?.textContent,
        actual: item.querySelector('.actual')?.textContent ?? '',
        reason: item.querySelector('.reason')?.textContent,
        suggestions: Array.from(item.querySelectorAll('.suggestion'), (s) => s.textContent),
      })),
    );
    expect(shown).toEqual(
      expected.messages.map((m) => ({
        ruleId: m.ruleId,
        where: `Line ${m.place.start.line}, column ${m.place.start.column}`,
        actual: m.actual,
        reason: m.reason,
        suggestions: m.expected,
      })),
    );
    expect(await page.textContent('#verdict')).toMatch(/^Warn/);
    const metrics = await page.$$eval('#metrics dt', (dts) => dts.map((dt) => dt.textContent));
    expect(metrics).toEqual(expect.arrayContaining(['Words', 'Sentences', 'Jargon']));
    expect(await page.textContent('#metrics')).toContain(`${expected.metrics.words}`);
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
  });

  it('selects a finding in the record when its place is clicked', async () => {
    const first = page.locator('#findings > li').nth(3);
    const actual = await first.locator('.actual').textContent();
    await first.locator('.where button').click();
    const selected = await page.$eval('#record', (area) => {
      const t = area as HTMLTextAreaElement;
      return t.value.slice(t.selectionStart, t.selectionEnd);
    });
    expect(selected).toBe(actual);
  });

  it('puts record text into the page as text, never as markup', async () => {
    await page.selectOption('#format', 'text');
    await page.fill('#record', 'The LAC review <img src="/pwned" onerror="document.body.dataset.pwned=1"> said <b>respite</b>.');
    await page.waitForFunction(() => Array.from(document.querySelectorAll('#findings .actual')).some((q) => q.textContent === 'LAC review'), undefined, { timeout: 10_000 });
    expect(await page.$$eval('#result img, #result b', (found) => found.length)).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
  });

  it('checks in the page: no request went to /v1/check or to any other host, and the console stayed clean', async () => {
    const origin = new URL(server.url).origin;
    const offsite = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
    expect(offsite).toEqual([]);
    expect(requests.filter((url) => url.includes('/v1/check') || url.includes('pwned'))).toEqual([]);
    expect(requests.map((url) => url.replace(origin, ''))).toEqual(expect.arrayContaining(['/', '/carelint.browser.js', '/carelint.page.js']));
    expect(problems).toEqual([]);
  });
});
