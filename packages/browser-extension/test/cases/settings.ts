/**
 * What the writer sets and sees beyond one finding: the options page (ignored findings, allow list, preset,
 * extra words), the record's summary, the speed of a keystroke, and that nothing leaves the machine.
 */
import { lint, type Report } from '@carelint/core';
import { join } from 'node:path';
import { expect } from 'vitest';
import { sleep, type Tab } from '../drivers/driver.js';
import { percentile } from '../harness.js';
import { locate } from '../page.js';
import { rulesIn, underlines } from '../underlines.js';
import { clearStorage, fixture, openCard, resetPage, storage, typeInto, type Case, type Context } from './context.js';

export function settingsCases(ctx: Context, test: Case): void {
  /** Opens the card of a rule's first underline in the textarea and clicks one of its ignore buttons. */
  const ignore = async (rule: string, kind: 'site' | 'allow') => {
    await openCard(ctx, '#note', rule);
    await locate(ctx.page, `carelint-overlay .popover .ignore.${kind}`).click();
    await expect.poll(() => rulesIn(ctx.page, '#note')).not.toContain(rule);
  };

  test('lists each ignored suggestion with its rule on the options page and shows them again one by one', async () => {
    const { page, browser } = ctx;
    await resetPage(ctx);
    await typeInto(ctx, '#note', 'The siblings played. Contact with Dad went well.');
    for (const rule of ['siblings', 'contact-family']) await ignore(rule, 'site');
    const options = await browser.openExtensionPage('options.html');
    const items = locate(options, '#ignored li[data-fingerprint]');
    await expect.poll(() => items.count()).toBe(2);
    const texts = await items.texts();
    expect(texts.find((t) => t.includes('rule siblings'))).toMatch(/^“siblings” · rule siblings · on 127\.0\.0\.1/);
    expect(texts.find((t) => t.includes('rule contact-family'))).toMatch(/^“contact” · rule contact-family · on 127\.0\.0\.1/);
    await options.screenshot(join(ctx.shots, 'options-ignored.png'), { fullPage: true });
    await locate(options, '#ignored li[data-fingerprint]', { hasText: 'rule siblings', inside: 'button' }).click();
    await expect.poll(() => items.count()).toBe(1);
    await page.bringToFront();
    await expect.poll(() => rulesIn(page, '#note')).toContain('siblings');
    expect(await rulesIn(page, '#note')).not.toContain('contact-family');
    // Only the dictionary's term is kept beside the fingerprint, never the record's other words.
    const stored = JSON.stringify(await storage(ctx));
    for (const word of ['played', 'Dad', 'went']) expect(stored).not.toContain(word);
    await options.close();
    await clearStorage(ctx);
  });

  test('“Add to my words” puts the words on the allow list, everywhere', async () => {
    await resetPage(ctx);
    await typeInto(ctx, '#note', 'The siblings played. Contact with Dad went well.');
    await ignore('contact-family', 'allow');
    expect(await rulesIn(ctx.page, '#note')).toContain('siblings');
    await expect.poll(async () => ((await storage(ctx)).settings as { allow: string[] } | undefined)?.allow).toEqual(['Contact']);
    await clearStorage(ctx);
  });

  test('shows a summary of the focused field from the report’s metrics', async () => {
    const { page } = ctx;
    await resetPage(ctx);
    const fx = fixture('30-transfer-summary-deficit-labels');
    const report: Report = lint(fx.text);
    await typeInto(ctx, '#note', fx.text);
    const withFindings = report.messages.filter((m) => m.place.end.offset > m.place.start.offset).length;
    const pill = locate(page, 'carelint-overlay .pill');
    await expect.poll(() => pill.text()).toBe(`${withFindings} suggestions`);
    await pill.click();
    const summary = (css = '') => locate(page, `carelint-overlay .summary${css}`);
    const metric = (name: string) => summary(` [data-metric="${name}"]`);
    const { metrics } = report;
    await expect.poll(() => metric('words').text()).toBe(`${metrics.words} words, ${metrics.sentences} sentences`);
    if (metrics.tone) await expect.poll(() => metric('tone').text()).toContain(`${metrics.tone.positive} positive, ${metrics.tone.critical} critical`);
    if (metrics.childVoice) await expect.poll(() => metric('child-voice').count()).toBe(1);
    else expect(await metric('child-voice').count()).toBe(0);
    if (metrics.plan) await expect.poll(() => metric('plan').text()).toContain(metrics.plan.actions === 0 ? 'No plan actions' : `${metrics.plan.complete} of ${metrics.plan.actions}`);
    if (typeof metrics.readability?.age === 'number') await expect.poll(() => metric('readability').text()).toBe(`About ${Math.round(metrics.readability.age)}`);
    // Findings about the whole record (no words to underline) are listed in the summary.
    for (const general of report.messages.filter((m) => m.place.end.offset === m.place.start.offset)) {
      await expect.poll(() => summary(` li[data-rule="${general.ruleId}"]`).text()).toBe(general.reason);
    }
    const card = await summary().box();
    await page.screenshot(join(ctx.shots, 'summary.png'), { clip: { x: 100, y: Math.max(0, card.y - 80), width: 800, height: card.height + 160 } });
    await page.press('Escape');
    await expect.poll(() => summary().count()).toBe(0);
  });

  test('takes the preset, allow list and extra words from the options page, straight away', async () => {
    const { page, browser } = ctx;
    await resetPage(ctx);
    await typeInto(ctx, '#note', 'The kiddo and her siblings were seen.');
    await expect.poll(() => rulesIn(page, '#note')).toContain('siblings');

    const options = await browser.openExtensionPage('options.html');
    await locate(options, '#allow').fill('siblings');
    await locate(options, '#extra').fill('kiddo = the child’s name, the young person');
    await locate(options, '#preset').select('family-facing');
    await locate(options, '#save').click();
    await expect.poll(() => locate(options, '#saved').text()).toContain('Saved');
    await options.screenshot(join(ctx.shots, 'options.png'), { fullPage: true });

    await page.bringToFront();
    await expect.poll(() => rulesIn(page, '#note')).toContain('local-kiddo');
    expect(await rulesIn(page, '#note')).not.toContain('siblings');
    const settings = (await storage(ctx)).settings as { preset: string; allow: string[] };
    expect(settings.preset).toBe('family-facing');
    expect(settings.allow).toEqual(['siblings']);

    // A line the page cannot read is named, and nothing is saved.
    await options.bringToFront();
    await locate(options, '#extra').fill('= nothing on the left');
    await locate(options, '#save').click();
    await expect.poll(() => locate(options, '#problems').text()).toContain('Line 1');
    await options.close();
    await page.bringToFront();
    await clearStorage(ctx);
  });

  test('updates the underlines within a few tens of milliseconds of a keystroke in a 500-word record', async () => {
    const { page } = ctx;
    await resetPage(ctx);
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
    await typeInto(ctx, '#note', record);
    await expect.poll(async () => (await underlines(page, '#note')).length).toBeGreaterThan(0);

    const { latencies, lintMs } = await measureKeystrokes(page, 40, 10);
    const p50 = percentile(latencies, 50);
    const p95 = percentile(latencies, 95);
    console.log(
      `${ctx.browser.name}: keystroke -> updated underlines, 500-word record in a textarea: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms (n=${latencies.length}); ` +
        `lint() alone p50 ${percentile(lintMs, 50).toFixed(1)} ms, p95 ${percentile(lintMs, 95).toFixed(1)} ms`,
    );
    expect(latencies.length).toBeGreaterThanOrEqual(30);
    // The target is 50 ms (DESIGN.md). Speed is reported, not asserted: a shared CI machine's timings would make
    // a bound either flaky or meaningless. What is asserted is that every measured keystroke updated the underlines.
  });

  test('sends no request to any host but the test page’s own', () => {
    const { requests, extensionOrigin } = ctx.browser;
    expect(requests.length).toBeGreaterThan(0);
    // A data: URL holds its content and goes to no host (Firefox loads its own list-bullet font, from its built-in
    // stylesheet, as one).
    const foreign = requests.filter((url) => !url.startsWith(`${ctx.site.origin}/`) && !url.startsWith(`${extensionOrigin}/`) && !url.startsWith('data:'));
    expect(foreign).toEqual([]);
  });
}

interface Keystrokes {
  /** Keydowns not yet in a drawn lint. */
  pending: number[];
  results: number[];
  lintMs: number[];
}

/**
 * Types characters at the end of the focused textarea, one every 120 ms (a quick typist), and returns for each
 * the time from its keydown to the overlay drawing the lint of the new text (page clock), and the lint's own
 * time. The first `warmUp` keystrokes are typed but not counted. A lint and its drawing run in one task, so every
 * keydown seen before the drawing was in the text it linted: when a slow lint makes the checker wait and lint
 * two keystrokes at once, both are measured, each from its own keydown (none is dropped).
 */
async function measureKeystrokes(page: Tab, count: number, warmUp: number): Promise<{ latencies: number[]; lintMs: number[] }> {
  await page.evaluate(() => {
    const layers = Array.from(document.querySelector('carelint-overlay')!.shadowRoot!.querySelectorAll<HTMLElement>('.layer'));
    const field = document.querySelector('#note')!.getBoundingClientRect();
    const layer = layers.find((l) => {
      const r = l.getBoundingClientRect();
      return r.width > 0 && Math.abs(r.top - field.top) < 4 && Math.abs(r.left - field.left) < 4;
    })!;
    const state: Keystrokes = { pending: [], results: [], lintMs: [] };
    (window as unknown as { keystrokes: Keystrokes }).keystrokes = state;
    document.addEventListener('keydown', () => state.pending.push(performance.now()), true);
    new MutationObserver(() => {
      const now = performance.now();
      for (const down of state.pending.splice(0)) {
        state.results.push(now - down);
        state.lintMs.push(Number(layer.dataset.lintMs));
      }
    }).observe(layer, { attributes: true, attributeFilter: ['data-lints'] });
  });
  await page.press('Control+End');
  const keys = ' and she was happy to see her family'.split('');
  for (let i = 0; i < warmUp + count; i++) {
    if (i === warmUp) {
      await page.evaluate(() => {
        const state = (window as unknown as { keystrokes: Keystrokes }).keystrokes;
        state.pending.length = 0;
        state.results.length = 0;
        state.lintMs.length = 0;
      });
    }
    const key = keys[i % keys.length]!;
    await page.press(key === ' ' ? 'Space' : key);
    await sleep(120);
  }
  return page.evaluate(() => {
    const { results, lintMs } = (window as unknown as { keystrokes: Keystrokes }).keystrokes;
    return { latencies: results, lintMs };
  });
}
