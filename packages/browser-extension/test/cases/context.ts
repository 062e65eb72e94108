/// <reference types="chrome" />
/** What every case of the extension's page tests shares: the test site, the browser, its test tab. */
import { expect, it } from 'vitest';
import { loadFixtures, type Fixture } from '../../../../fixtures/load.js';
import type { ExtensionBrowser, Tab } from '../drivers/driver.js';
import type { TestSite } from '../harness.js';
import { locate } from '../page.js';
import { rulesIn, underlines, type Underline } from '../underlines.js';

export interface Context {
  site: TestSite;
  browser: ExtensionBrowser;
  /** The tab the cases type into. */
  page: Tab;
  /** Where screenshots go. */
  shots: string;
}

/** Declares one case, or skips it in a browser that cannot run it (with the reason in the suite's options). */
export type Case = (name: string, body: () => Promise<void> | void) => void;

/** A case declarer that skips the named cases. */
export function casesSkipping(skip: Readonly<Record<string, string>>): Case {
  return (name, body) => (skip[name] ? it.skip(name, body) : it(name, body));
}

const fixtures = new Map(loadFixtures().map((fixture) => [fixture.name, fixture]));

/** A fixture record by name. */
export const fixture = (name: string): Fixture => fixtures.get(name) ?? expect.unreachable(`fixture ${name}`);

/** Loads the test page afresh and waits for the extension's overlay and the iframe editor. */
export async function resetPage(ctx: Context): Promise<void> {
  await ctx.page.goto(`${ctx.site.origin}/`);
  await locate(ctx.page, 'carelint-overlay').attached();
  await locate(ctx.page, '#rte body').attached();
}

/** Everything the extension has stored. */
export function storage(ctx: Context): Promise<Record<string, unknown>> {
  return ctx.browser.inExtension(() => chrome.storage.local.get(null));
}

/** Forgets what the extension stored (settings, ignored findings), so the next case starts clean. */
export async function clearStorage(ctx: Context): Promise<void> {
  await ctx.browser.inExtension(() => chrome.storage.local.remove(['settings', 'ignored', 'ignoredTerms']));
}

/** Clicks into a field of the test tab and types `text` at the caret. */
export async function typeInto(ctx: Context, field: string, text: string): Promise<void> {
  await locate(ctx.page, field).click();
  await ctx.page.insertText(text);
}

/** Opens the card of an underline of a rule in a field (the first drawn, or the one at `start`), clicking just above it. */
export async function openCard(ctx: Context, field: string, rule: string, start?: number): Promise<Underline> {
  await expect.poll(() => rulesIn(ctx.page, field)).toContain(rule);
  const u = (await underlines(ctx.page, field)).find((x) => x.rule === rule && (start === undefined || x.start === start))!;
  await ctx.page.clickAt(u.left + u.width / 2, u.top - 6);
  return u;
}
