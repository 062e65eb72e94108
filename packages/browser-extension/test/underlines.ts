/** Reading what the extension drew: its underlines' places and boxes, and the words they should sit under. */
import { expect } from 'vitest';
import type { Fixture } from '../../../fixtures/load.js';
import type { Tab } from './drivers/driver.js';

/** An underline as drawn, with its box in the top page's viewport. */
export interface Underline {
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

export interface Expected {
  rule: string;
  actual: string;
  start: number;
  end: number;
}

/** The care-jargon findings a fixture's expected file lists, with offsets into its text. */
export function expectedJargon(fx: Fixture): Expected[] {
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
export async function underlines(tab: Tab, fieldSelector: string): Promise<Underline[]> {
  return tab.evaluate((selector) => {
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
        const { rule, severity, category, start, end } = u.dataset;
        out.push({ rule: rule!, severity: severity!, category: category!, start: Number(start), end: Number(end), left: b.left, top: b.top, width: b.width, height: b.height });
      }
    }
    return out;
  }, fieldSelector);
}

/** The rules of a field's underlines. */
export async function rulesIn(tab: Tab, fieldSelector: string): Promise<string[]> {
  return (await underlines(tab, fieldSelector)).map((u) => u.rule);
}

/** Waits two frames: scrolling and resizing redraw the underlines at the next animation frame. */
export async function settled(tab: Tab): Promise<void> {
  await tab.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Waits until a field's jargon underlines are the expected ones (rule and start offset). */
export async function waitForJargon(tab: Tab, fieldSelector: string, expected: readonly Expected[]): Promise<Underline[]> {
  await settled(tab);
  const want = expected.map((e) => `${e.start} ${e.rule}`).sort();
  const jargon = async () => [...new Set((await underlines(tab, fieldSelector)).filter((u) => ['jargon', 'acronym', 'stigmatising'].includes(u.category)).map((u) => `${u.start} ${u.rule}`))].sort();
  await expect.poll(jargon, { timeout: 10_000 }).toEqual(want);
  await settled(tab);
  return underlines(tab, fieldSelector);
}

/** Types a record line by line, pressing Enter between lines, as a writer does in a rich-text field. */
export async function typeLines(tab: Tab, text: string): Promise<void> {
  const lines = text.replace(/\n$/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]) await tab.insertText(lines[i]!);
    if (i < lines.length - 1) await tab.press('Enter');
  }
}

interface WordQuery {
  editorSelector: string;
  frameSelector: string | undefined;
  items: Array<{ actual: string; occurrence: number }>;
}

/**
 * Where the page itself (not the extension) renders a finding's words in a contenteditable: the n-th occurrence
 * of the words among the editor's text nodes, as a DOM Range, in the top viewport.
 */
export async function wordBoxes(tab: Tab, query: WordQuery) {
  return tab.evaluate(({ editorSelector, frameSelector, items }: WordQuery) => {
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
    const nodes: Text[] = [];
    const walker = doc.createTreeWalker(doc.querySelector(editorSelector)!, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    return items.map(({ actual, occurrence }) => {
      let seen = 0;
      for (const node of nodes) {
        for (let at = node.data.indexOf(actual); at >= 0; at = node.data.indexOf(actual, at + 1)) {
          if (seen++ !== occurrence) continue;
          const range = doc.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + actual.length);
          const b = range.getClientRects()[0]!;
          return { left: b.left + dx, right: b.right + dx, top: b.top + dy, bottom: b.bottom + dy };
        }
      }
      return undefined;
    });
  }, query);
}

/** The words' occurrences to look up for each expected finding: its text and how many times it came before. */
export function occurrencesOf(text: string, expected: readonly Expected[]): Array<{ actual: string; occurrence: number }> {
  return expected.map((e) => {
    let n = 0;
    for (let at = text.indexOf(e.actual); at >= 0 && at < e.start; at = text.indexOf(e.actual, at + 1)) n += 1;
    return { actual: e.actual, occurrence: n };
  });
}
