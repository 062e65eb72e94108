/**
 * Elements of a test tab, found and used through the page's own DOM so that every browser driver does the same
 * thing: a CSS selector, searched in the top document, in the overlay's shadow root (`carelint-overlay …`) or in
 * the rich-text editor's iframe (`#rte …`); clicks are real clicks at the element's centre.
 */
import { expect } from 'vitest';
import type { Box, Tab } from './drivers/driver.js';

/** Narrows a selector's matches: those whose text holds `hasText`, then their descendants matching `inside`. */
export interface Filter {
  hasText?: string;
  inside?: string;
}

interface Found {
  text: string;
  innerText: string;
  value: string | null;
  attr: string | null;
  box: Box;
}

interface Query extends Filter {
  css: string;
  attr?: string;
  scroll?: boolean;
}

/** Runs in the page: the elements a query names, with their boxes in the top viewport. */
function find(query: Query): Found[] {
  let root: ParentNode | undefined = document;
  let css = query.css;
  let frame: HTMLIFrameElement | undefined;
  if (css.startsWith('carelint-overlay ')) {
    root = document.querySelector('carelint-overlay')?.shadowRoot ?? undefined;
    css = css.slice('carelint-overlay '.length);
  } else if (css.startsWith('#rte ')) {
    frame = document.querySelector<HTMLIFrameElement>('#rte')!;
    root = frame.contentDocument ?? undefined;
    css = css.slice('#rte '.length);
  }
  let elements = Array.from(root?.querySelectorAll<HTMLElement>(css) ?? []);
  if (query.hasText !== undefined) elements = elements.filter((e) => (e.textContent ?? '').includes(query.hasText!));
  if (query.inside !== undefined) elements = elements.flatMap((e) => Array.from(e.querySelectorAll<HTMLElement>(query.inside!)));
  const first = elements[0];
  if (query.scroll && first) {
    const b = first.getBoundingClientRect();
    const view = first.ownerDocument.defaultView!;
    if (b.top < 0 || b.left < 0 || b.bottom > view.innerHeight || b.right > view.innerWidth) first.scrollIntoView({ block: 'center', inline: 'nearest' });
  }
  const offset = frame ? frame.getBoundingClientRect() : undefined;
  const dx = offset ? offset.left + frame!.clientLeft : 0;
  const dy = offset ? offset.top + frame!.clientTop : 0;
  return elements.map((e) => {
    const b = e.getBoundingClientRect();
    return {
      text: e.textContent ?? '',
      innerText: e.innerText,
      value: 'value' in e ? String((e as HTMLInputElement).value) : null,
      attr: query.attr ? e.getAttribute(query.attr) : null,
      box: { x: b.left + dx, y: b.top + dy, width: b.width, height: b.height },
    };
  });
}

/** Runs in the page: selects all of a text field's value, or sets a select's value as a choice would. */
function selectIn({ css, value }: { css: string; value?: string }): void {
  const element = document.querySelector(css)!;
  if (element instanceof HTMLSelectElement) {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
  } else (element as HTMLInputElement).select();
}

/** A lazily found element (or elements) of a tab, in the manner of a Playwright locator. */
export class Locator {
  constructor(
    private readonly tab: Tab,
    private readonly css: string,
    private readonly filter: Filter = {},
  ) {}

  private all(extra: Partial<Query> = {}): Promise<Found[]> {
    return this.tab.evaluate(find, { css: this.css, ...this.filter, ...extra });
  }

  /** The first match, waiting for it to exist and have a size. */
  private async first(scroll = false): Promise<Found> {
    let found: Found | undefined;
    await expect.poll(async () => ((found = (await this.all({ scroll }))[0]) ? found.box.width * found.box.height : 0), { timeout: 10_000, message: this.css }).toBeGreaterThan(0);
    return found!;
  }

  async count(): Promise<number> {
    return (await this.all()).length;
  }
  async texts(): Promise<string[]> {
    return (await this.all()).map((f) => f.text);
  }
  async text(): Promise<string | null> {
    return (await this.all())[0]?.text ?? null;
  }
  async innerText(): Promise<string | null> {
    return (await this.all())[0]?.innerText ?? null;
  }
  async value(): Promise<string | null> {
    return (await this.all())[0]?.value ?? null;
  }
  async attribute(name: string): Promise<string | null> {
    return (await this.all({ attr: name }))[0]?.attr ?? null;
  }
  async box(): Promise<Box> {
    return (await this.first()).box;
  }
  /** Waits until the element is in the page (it may have no size). */
  async attached(): Promise<void> {
    await expect.poll(() => this.count(), { timeout: 15_000, message: this.css }).toBeGreaterThan(0);
  }
  async click(): Promise<void> {
    const { box } = await this.first(true);
    await this.tab.clickAt(box.x + box.width / 2, box.y + box.height / 2);
  }
  /** Clicks into a text field and replaces its value by typing `text` as one edit. */
  async fill(text: string): Promise<void> {
    await this.click();
    await this.tab.evaluate(selectIn, { css: this.css });
    await this.tab.insertText(text);
  }
  /** Chooses an option of a select element by value. */
  async select(value: string): Promise<void> {
    await this.tab.evaluate(selectIn, { css: this.css, value });
  }
  async screenshot(path: string): Promise<void> {
    await this.tab.screenshot(path, { clip: await this.box() });
  }
}

/** Finds elements of a tab by selector. */
export const locate = (tab: Tab, css: string, filter?: Filter): Locator => new Locator(tab, css, filter);
