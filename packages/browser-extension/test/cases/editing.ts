/**
 * The card a click on an underline opens: applying an alternative (React state, undo, editing commands, the
 * keyboard), ignoring a finding here or on the site, and how the underlines and the pill are laid out.
 */
import { lint } from '@carelint/core';
import { join } from 'node:path';
import { expect } from 'vitest';
import { sleep } from '../drivers/driver.js';
import { locate } from '../page.js';
import { rulesIn, settled, underlines } from '../underlines.js';
import { clearStorage, openCard, resetPage, storage, typeInto, type Case, type Context } from './context.js';

declare global {
  interface Window {
    reactText?: string;
  }
}

export function editingCases(ctx: Context, test: Case): void {
  const popover = (css = '', hasText?: string) => locate(ctx.page, `carelint-overlay .popover${css}`, hasText === undefined ? {} : { hasText });
  const starts = async (field: string, rule: string) => (await underlines(ctx.page, field)).filter((u) => u.rule === rule).map((u) => u.start).sort((a, b) => a - b);

  test('applies an alternative in a React-controlled textarea: the field, React’s state and undo all follow', async () => {
    const { page } = ctx;
    await resetPage(ctx);
    const text = 'Contact with Dad went well. Kacper and his siblings played football in the park.';
    const field = locate(page, '#react-note');
    await typeInto(ctx, '#react-note', text);
    const reactText = () => page.evaluate(() => window.reactText);
    await expect.poll(reactText).toBe(text);
    const siblings = await openCard(ctx, '#react-note', 'siblings');

    await expect.poll(() => popover(' .reason').text()).toMatch(/instead of “siblings”/);
    expect((await popover(' .alt').texts())[0]).toBe('brothers and sisters');
    const card = await popover().box();
    const top = Math.max(0, Math.min(card.y, siblings.top) - 40);
    await page.screenshot(join(ctx.shots, 'popover.png'), { clip: { x: 100, y: top, width: 800, height: Math.max(card.y + card.height, siblings.top) + 60 - top } });
    await popover(' .alt', 'brothers and sisters').click();

    const applied = text.replace('siblings', 'brothers and sisters');
    await expect.poll(() => field.value()).toBe(applied);
    await expect.poll(reactText).toBe(applied);
    await expect.poll(() => locate(page, '#react-count').text()).toBe(`${applied.length} characters saved in the form's state`);
    await expect.poll(() => rulesIn(page, '#react-note')).not.toContain('siblings');

    // The change is one ordinary edit: the browser's undo takes it back, and React sees that too.
    await page.press('Control+z');
    await expect.poll(() => field.value()).toBe(text);
    await expect.poll(reactText).toBe(text);
  });

  test('opens a finding from the keyboard (Alt+Enter) and applies an alternative with Enter', async () => {
    const { page } = ctx;
    await resetPage(ctx);
    const note = locate(page, '#note');
    const caretTo = (at: number) => page.evaluate((n) => document.querySelector<HTMLTextAreaElement>('#note')!.setSelectionRange(n, n), at);
    const activeId = () => page.evaluate(() => document.activeElement?.id);
    // An acronym with no child named offers no one-click wording (only the child's name would fit), so the
    // keyboard path is shown on "contact", whose alternatives drop into the sentence.
    await typeInto(ctx, '#note', 'We had contact with Dad at home.');
    await expect.poll(() => rulesIn(page, '#note')).toContain('contact-family');
    await caretTo(9);
    await page.press('Alt+Enter');
    const focused = () => page.evaluate(() => document.querySelector('carelint-overlay')!.shadowRoot!.activeElement?.textContent ?? null);
    await expect.poll(focused).not.toBeNull();
    const alternative = (await focused())!;
    await page.press('Enter');
    await expect.poll(() => note.value()).toBe(`We had ${alternative} with Dad at home.`);
    expect(await activeId()).toBe('note');
    // Escape from inside the card gives focus back to the field.
    await caretTo(0);
    await page.insertText('The LAC review is soon. ');
    await expect.poll(() => rulesIn(page, '#note')).toContain('lac-review');
    await caretTo(6);
    await page.press('Alt+Enter');
    await expect.poll(focused).not.toBeNull();
    await page.press('Escape');
    await expect.poll(() => popover().count()).toBe(0);
    expect(await activeId()).toBe('note');
  });

  test('applies an alternative in a contenteditable and in the iframe editor through their editing commands', async () => {
    const { page } = ctx;
    await resetPage(ctx);
    const text = 'Contact with Dad went well.';
    const editor = locate(page, '#editable');
    await typeInto(ctx, '#editable', text);
    await openCard(ctx, '#editable', 'contact-family');
    // "Contact" starts the sentence, so the alternative is offered with a capital.
    await popover(' .alt', 'Family time').click();
    await expect.poll(() => editor.innerText()).toBe('Family time with Dad went well.');
    await page.press('Control+z');
    await expect.poll(() => editor.innerText()).toBe(text);

    const body = locate(page, '#rte body');
    await typeInto(ctx, '#rte body', 'We had contact with Dad at school.');
    await openCard(ctx, '#rte', 'contact-family');
    const first = (await popover(' .alt').text())!;
    await popover(' .alt').click();
    await expect.poll(() => body.innerText()).toBe(`We had ${first} with Dad at school.`);
    await page.press('Control+z');
    await expect.poll(() => body.innerText()).toBe('We had contact with Dad at school.');
  });

  test('“Ignore on this site” hides the finding on this site and stores only its fingerprint', async () => {
    const { page } = ctx;
    await resetPage(ctx);
    const text = 'Kacper Nowakowski and his siblings played. Later the siblings had tea with their Contact supervisor.';
    await typeInto(ctx, '#note', text);
    await expect.poll(() => starts('#note', 'siblings')).toHaveLength(2);
    const others = (await rulesIn(page, '#note')).filter((rule) => rule !== 'siblings');
    await openCard(ctx, '#note', 'siblings');
    await popover(' .ignore.site').click();
    await expect.poll(() => starts('#note', 'siblings')).toEqual([]);
    expect(await rulesIn(page, '#note')).toEqual(others);

    const fingerprint = lint(text).messages.find((m) => m.ruleId === 'siblings')!.fingerprint;
    await expect.poll(async () => ((await storage(ctx)).ignored as Record<string, string[]> | undefined)?.['http://127.0.0.1']).toEqual([fingerprint]);
    const stored = JSON.stringify(await storage(ctx));
    for (const word of ['Kacper', 'Nowakowski', 'played', 'supervisor', 'tea']) expect(stored).not.toContain(word);

    // Still ignored after a reload.
    await resetPage(ctx);
    await typeInto(ctx, '#note', text);
    await expect.poll(() => rulesIn(page, '#note')).toContain('contact-family');
    expect(await starts('#note', 'siblings')).toEqual([]);
    await clearStorage(ctx);
  });

  test('“Ignore here” hides only that place in that field, stores nothing, and is gone after a reload', async () => {
    const { page } = ctx;
    await resetPage(ctx);
    const text = 'The siblings played. Later the siblings had tea.';
    await typeInto(ctx, '#note', text);
    await expect.poll(() => starts('#note', 'siblings')).toHaveLength(2);
    const [first, second] = await starts('#note', 'siblings');
    await openCard(ctx, '#note', 'siblings', first);
    await popover(' .ignore.once').click();
    await expect.poll(() => starts('#note', 'siblings')).toEqual([second]);
    // Typing before it moves it: it stays ignored, and the other one stays shown.
    await page.press('Control+Home');
    await page.insertText('Today: ');
    await sleep(400);
    await expect.poll(() => starts('#note', 'siblings')).toEqual([second! + 7]);
    expect((await storage(ctx)).ignored).toBeUndefined();
    await resetPage(ctx);
    await typeInto(ctx, '#note', text);
    await expect.poll(() => starts('#note', 'siblings')).toHaveLength(2);
  });

  test('keeps the pill off the field’s text, and draws overlapping findings apart', async () => {
    const { page } = ctx;
    await resetPage(ctx);
    const lines = Array.from({ length: 9 }, (_, i) => `Line ${i + 1} went as planned today with everyone there.`);
    await typeInto(ctx, '#note', `Actions:\n- SW to continue to monitor the siblings and their contact with Dad.\n${lines.join('\n')}`);
    const pill = locate(page, 'carelint-overlay .pill');
    await expect.poll(() => pill.text()).toMatch(/suggestion/);
    const field = await locate(page, '#note').box();
    const box = await pill.box();
    const overlaps = box.x < field.x + field.width && box.x + box.width > field.x && box.y < field.y + field.height && box.y + box.height > field.y;
    expect(overlaps, JSON.stringify({ box, field })).toBe(false);
    await page.evaluate(() => document.querySelector('#note')!.scrollTo(0, 0));
    await settled(page);
    await expect.poll(() => rulesIn(page, '#note')).toContain('acr-sw');
    const drawn = await underlines(page, '#note');
    const sw = drawn.find((u) => u.rule === 'acr-sw')!;
    const action = drawn.find((u) => u.rule === 'incomplete-action' && u.start <= sw.start && u.end >= sw.end && Math.abs(u.left - sw.left) < 2)!;
    expect(action, JSON.stringify(drawn.map((u) => u.rule))).toBeDefined();
    expect(action.top - sw.top).toBeGreaterThanOrEqual(2);
    expect(await locate(page, 'carelint-overlay .u[data-rule="incomplete-action"]').attribute('data-outer')).toBe('1');
    await locate(page, '#plain').screenshot(join(ctx.shots, 'pill-and-overlap.png'));
  });
}
