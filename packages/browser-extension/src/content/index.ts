/// <reference types="chrome" />
/**
 * The content script: runs in the top frame of a site the writer turned on, finds the writing fields there and
 * in same-origin iframes, and checks them as they are typed. Record text stays in this page's memory; only
 * settings and the fingerprints of ignored findings are read from or written to extension storage.
 */
import type { Finding, LintOptions } from '@carelint/core';
import { addAllowed, addIgnored, normaliseSettings, readIgnored, readSettings, type Settings } from '../settings.js';
import { siteOf } from '../sites.js';
import { Checker } from './checker.js';
import { EditableField } from './editable-field.js';
import { frameOffset, type Box, type Field } from './field.js';
import { lintOptions } from './lint-options.js';
import { matchCase } from './match-case.js';
import { Overlay } from './overlay.js';
import { buildPopover, wordToAdd } from './popover.js';
import { buildPill, buildSummary } from './summary.js';
import { TextareaField } from './textarea-field.js';
import { warmUp } from './warm-up.js';

const POLL_MS = 1000;
const SCAN_DELAY_MS = 150;

declare global {
  // One copy per page, however often the script is injected (registered script + injection on turning on).
  var __carelintRunning: boolean | undefined;
}

/** The editing host of a node inside an editor, or the textarea itself; undefined when it is not a field we check. */
export function fieldRoot(node: EventTarget | null): HTMLElement | undefined {
  if (!node || typeof (node as Node).nodeType !== 'number') return undefined;
  const element = (node as Node).nodeType === Node.ELEMENT_NODE ? (node as Element) : (node as Node).parentElement;
  if (!element) return undefined;
  const doc = element.ownerDocument;
  let root: HTMLElement | undefined;
  // Elements of a same-origin frame belong to that frame's window: compare names, never `instanceof`.
  if (element.localName === 'textarea') {
    const textarea = element as HTMLTextAreaElement;
    if (textarea.disabled || textarea.readOnly) return undefined;
    root = textarea;
  } else if (doc.designMode === 'on') {
    root = doc.body ?? undefined;
  } else if ((element as HTMLElement).isContentEditable) {
    let host = element as HTMLElement;
    while (host.parentElement && host.parentElement.isContentEditable) host = host.parentElement;
    root = host;
  }
  if (!root) return undefined;
  // The writer's or the page's opt-outs: ours, Grammarly's, and spellcheck switched off for the field.
  if (root.closest('[data-carelint="off"], [data-gramm="false"], [spellcheck="false"]')) return undefined;
  return root;
}

class Controller {
  private readonly overlay = new Overlay();
  private readonly checkers = new Map<HTMLElement, Checker>();
  private readonly docs = new Set<Document>();
  private readonly cleanups: Array<() => void> = [];
  private options: LintOptions;
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly resize: ResizeObserver;

  constructor(
    private readonly site: string,
    private settings: Settings,
    private ignored: string[],
  ) {
    this.options = lintOptions(settings, ignored);
    this.resize = new ResizeObserver(() => this.overlay.redrawSoon());
    const poll = setInterval(() => this.poll(), POLL_MS);
    this.cleanups.push(() => clearInterval(poll));
    const onStorage = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      if (area !== 'local') return;
      if (changes.settings) this.settings = normaliseSettings(changes.settings.newValue);
      if (changes.ignored) {
        const map = (changes.ignored.newValue ?? {}) as Record<string, unknown>;
        const list = map[this.site];
        this.ignored = Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
      }
      if (changes.settings || changes.ignored) this.relintAll();
    };
    chrome.storage.onChanged.addListener(onStorage);
    this.cleanups.push(() => chrome.storage.onChanged.removeListener(onStorage));
    this.watch(document);
    warmUp(() => this.options);
  }

  private relintAll(): void {
    this.options = lintOptions(this.settings, this.ignored);
    for (const checker of this.checkers.values()) checker.run(true);
  }

  /** Listens to one document (the top one or a same-origin iframe's) and finds its fields. */
  private watch(doc: Document): void {
    if (this.docs.has(doc)) return;
    this.docs.add(doc);
    const win = doc.defaultView;
    if (!win) return;
    const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void, options: AddEventListenerOptions = { capture: true }) => {
      doc.addEventListener(type, handler, options);
      this.cleanups.push(() => doc.removeEventListener(type, handler, options));
    };
    listen('input', (event) => this.onInput(event));
    listen('focusin', (event) => this.onFocus(event));
    listen('focusout', (event) => this.onBlur(event));
    listen('click', (event) => this.onClick(event));
    listen('keydown', (event) => this.onKey(event));
    listen('scroll', () => this.overlay.redrawSoon(), { capture: true, passive: true });
    const onResize = () => this.overlay.redrawSoon();
    win.addEventListener('resize', onResize);
    this.cleanups.push(() => win.removeEventListener('resize', onResize));
    const observer = new win.MutationObserver(() => this.scanSoon());
    observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'spellcheck', 'data-carelint', 'data-gramm', 'readonly', 'disabled'] });
    this.cleanups.push(() => observer.disconnect());
    this.scan(doc);
  }

  private scanSoon(): void {
    if (this.scanTimer !== undefined) return;
    this.scanTimer = setTimeout(() => {
      this.scanTimer = undefined;
      for (const doc of [...this.docs]) {
        if (doc.defaultView) this.scan(doc);
        else this.docs.delete(doc); // a frame that navigated away
      }
    }, SCAN_DELAY_MS);
  }

  /** Finds fields and same-origin iframes in a document; forgets fields that left the page. */
  private scan(doc: Document): void {
    for (const [element, checker] of this.checkers) {
      if (!element.isConnected || fieldRoot(element) !== element) this.drop(element, checker);
    }
    if (doc.designMode === 'on' && doc.body) this.ensure(doc.body);
    for (const element of Array.from(doc.querySelectorAll('textarea, [contenteditable]'))) {
      const root = fieldRoot(element);
      if (root) this.ensure(root);
    }
    for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe, frame'))) {
      if (!this.framesSeen.has(frame)) {
        this.framesSeen.add(frame);
        const onLoad = () => this.watchFrame(frame);
        frame.addEventListener('load', onLoad);
        this.cleanups.push(() => frame.removeEventListener('load', onLoad));
      }
      this.watchFrame(frame);
    }
  }

  private readonly framesSeen = new WeakSet<Element>();

  private watchFrame(frame: HTMLIFrameElement): void {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument; // null for cross-origin frames: those are not checked
    } catch {
      inner = null;
    }
    if (inner) this.watch(inner);
  }

  private ensure(element: HTMLElement): Checker {
    let checker = this.checkers.get(element);
    if (checker) return checker;
    const field: Field =
      element.localName === 'textarea' ? new TextareaField(element as HTMLTextAreaElement, this.overlay.mirrors) : new EditableField(element);
    checker = new Checker(field, () => this.options, (c) => this.changed(c));
    this.checkers.set(element, checker);
    this.resize.observe(element);
    if (field.text().trim() !== '') checker.schedule(0);
    return checker;
  }

  private drop(element: HTMLElement, checker: Checker): void {
    this.overlay.forget(checker);
    this.resize.unobserve(element);
    checker.dispose();
    this.checkers.delete(element);
  }

  /** A checker has new findings (or moved ones): redraw it, and refresh its pill and open summary. */
  private changed(checker: Checker): void {
    const active = this.overlay.active;
    if (active?.checker === checker && !checker.state.findings.includes(active.finding)) this.overlay.closeCard();
    this.overlay.draw(checker);
    if (this.overlay.pillChecker === checker) this.showPill(checker);
    if (this.summaryOf === checker) this.openSummary(checker);
  }

  private checkerFor(target: EventTarget | null): Checker | undefined {
    const root = fieldRoot(target);
    return root ? this.ensure(root) : undefined;
  }

  private onInput(event: Event): void {
    const checker = this.checkerFor(event.target);
    if (!checker) return;
    if (checker.field instanceof EditableField) checker.field.invalidate();
    if (this.overlay.active?.checker === checker) this.overlay.closeCard();
    checker.edited();
  }

  private onFocus(event: FocusEvent): void {
    const checker = this.checkerFor(event.target);
    if (checker) {
      if (this.overlay.pillChecker !== checker) this.showPill(checker);
    } else if (event.target !== this.overlay.host) {
      this.hideSummary();
    }
  }

  private onBlur(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (next === this.overlay.host || fieldRoot(next)) return;
    // Focus left for something that is not a field (or left the page): wait a moment, it may come straight back.
    setTimeout(() => {
      const focused = this.focusedField();
      if (!focused) this.hideSummary();
    }, 100);
  }

  /** The checked field that has focus, looking into same-origin frames. */
  private focusedField(): Checker | undefined {
    let doc: Document = document;
    for (;;) {
      const active = doc.activeElement;
      if (!active) return undefined;
      if (active === this.overlay.host) return this.overlay.pillChecker;
      if (active.localName === 'iframe' || active.localName === 'frame') {
        const inner = (active as HTMLIFrameElement).contentDocument;
        if (!inner) return undefined;
        doc = inner;
        continue;
      }
      const root = fieldRoot(active);
      return root ? this.checkers.get(root) : undefined;
    }
  }

  private onClick(event: MouseEvent): void {
    if (event.button !== 0) return;
    const checker = this.checkerFor(event.target);
    if (!checker) {
      if (this.overlay.cardOpen && event.target !== this.overlay.host) this.overlay.closeCard();
      return;
    }
    const selection = checker.field.element.ownerDocument.getSelection();
    if (checker.field.kind === 'editable' && selection && !selection.isCollapsed) return;
    const offset = frameOffset(checker.field.element.ownerDocument.defaultView ?? window);
    const finding = this.overlay.hitTest(checker, event.clientX + offset.x, event.clientY + offset.y);
    if (finding) this.openPopover(checker, finding, false);
    else if (this.overlay.cardOpen) this.overlay.closeCard();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.overlay.cardOpen) {
      // Closing from inside the card (keyboard use) gives focus back to the field it was about.
      const back = this.overlay.root.activeElement ? (this.overlay.active?.checker ?? this.summaryOf) : undefined;
      this.overlay.closeCard();
      back?.field.element.focus();
      this.summaryOf = undefined;
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    // Alt+Enter on an underlined word opens its card from the keyboard.
    if (event.key === 'Enter' && event.altKey && !event.ctrlKey && !event.metaKey) {
      const checker = this.checkerFor(event.target);
      const caret = checker?.field.caret();
      if (!checker || caret === undefined) return;
      const finding = checker.state.findings
        .filter((f) => f.place.start.offset <= caret && caret <= f.place.end.offset)
        .sort((a, b) => a.place.end.offset - a.place.start.offset - (b.place.end.offset - b.place.start.offset))[0];
      if (!finding) return;
      event.preventDefault();
      event.stopPropagation();
      this.openPopover(checker, finding, true);
    }
  }

  private openPopover(checker: Checker, finding: Finding, focus: boolean): void {
    const text = checker.state.text;
    const before = text.slice(Math.max(0, finding.place.start.offset - 4), finding.place.start.offset);
    const alternatives = [...new Set(finding.expected.map((alt) => matchCase(alt, finding.actual, finding.place.start.offset === 0 ? '' : before)))];
    this.summaryOf = undefined;
    const card = buildPopover(finding, alternatives, {
      apply: (alternative) => this.apply(checker, finding, alternative),
      ignoreOnce: () => this.ignoreOnce(checker, finding),
      ignoreSite: () => void this.ignore(checker, finding),
      addWord: wordToAdd(finding) !== undefined ? () => void this.addWord(checker, finding) : undefined,
      close: () => this.overlay.closeCard(),
    });
    this.overlay.showCard(card, () => {
      const boxes = this.overlay.boxesOf(checker, finding);
      return boxes[boxes.length - 1];
    });
    this.overlay.active = { checker, finding };
    this.overlay.draw(checker);
    if (focus) card.querySelector<HTMLElement>('.alt, .ignore')?.focus();
  }

  /** Applies an alternative through the editor's own input path; refuses if the words changed meanwhile. */
  private apply(checker: Checker, finding: Finding, alternative: string): void {
    this.overlay.closeCard();
    const { start, end } = { start: finding.place.start.offset, end: finding.place.end.offset };
    if (checker.field.text().slice(start, end) !== finding.actual) {
      checker.run(true);
      return;
    }
    checker.field.replace(start, end, alternative);
    checker.edited();
  }

  /** "Ignore here": this place, this field, until the page is reloaded; nothing is stored. */
  private ignoreOnce(checker: Checker, finding: Finding): void {
    this.overlay.closeCard();
    checker.ignoreOnce(finding);
    checker.field.element.focus();
  }

  /** "Ignore on this site": the rule on these words everywhere on the site, stored as a fingerprint (the options page lists it). */
  private async ignore(checker: Checker, finding: Finding): Promise<void> {
    this.overlay.closeCard();
    if (!this.ignored.includes(finding.fingerprint)) this.ignored = [...this.ignored, finding.fingerprint];
    this.options = lintOptions(this.settings, this.ignored);
    for (const other of this.checkers.values()) other.run(true);
    checker.field.element.focus();
    // The dictionary's own term names the item on the options page; the record's words are never stored.
    const term = typeof finding.data.term === 'string' ? finding.data.term : undefined;
    await addIgnored(this.site, finding.fingerprint, term);
  }

  /** "Add to my words": the words join the allow list, so no rule flags them anywhere. */
  private async addWord(checker: Checker, finding: Finding): Promise<void> {
    const word = wordToAdd(finding);
    this.overlay.closeCard();
    checker.field.element.focus();
    if (word === undefined) return;
    this.settings = { ...this.settings, allow: [...this.settings.allow, word] };
    this.relintAll();
    await addAllowed(word);
  }

  private summaryOf: Checker | undefined;

  private showPill(checker: Checker): void {
    this.overlay.showPill(
      checker,
      buildPill(checker.state, () => (this.summaryOf === checker ? this.hideSummary(false) : this.openSummary(checker))),
    );
  }

  private openSummary(checker: Checker): void {
    const card = buildSummary(checker.state, () => this.hideSummary(false));
    this.overlay.showCard(card, () => {
      const pill = this.overlay.pillBox();
      if (!pill) return undefined;
      const width = Math.min(320, window.innerWidth - 16);
      // Right-aligned with the pill, above it when there is room (placeCard flips it otherwise).
      return { left: pill.left + pill.width - width, top: pill.top, width: pill.width, height: pill.height };
    }, true);
    this.summaryOf = checker;
  }

  private hideSummary(pillToo = true): void {
    if (this.summaryOf) {
      this.summaryOf = undefined;
      this.overlay.closeCard();
    }
    if (pillToo) this.overlay.hidePill();
  }

  /** The fallback for editors that change text without input events, and for layout that moved. */
  private poll(): void {
    this.overlay.mount();
    for (const [element, checker] of this.checkers) {
      if (!element.isConnected) {
        this.drop(element, checker);
        continue;
      }
      if (checker.field.text() !== checker.state.text) checker.edited();
      else if (this.overlay.moved(checker)) this.overlay.draw(checker);
    }
  }

  dispose(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    if (this.scanTimer !== undefined) clearTimeout(this.scanTimer);
    this.resize.disconnect();
    for (const [element, checker] of this.checkers) this.drop(element, checker);
    this.overlay.dispose();
  }
}

async function start(): Promise<void> {
  if (globalThis.__carelintRunning || window.top !== window) return;
  globalThis.__carelintRunning = true;
  const site = siteOf(location.href);
  if (!site) return;
  const [settings, ignored] = await Promise.all([readSettings(), readIgnored(site)]);
  const controller = new Controller(site, settings, ignored);
  const onMessage = (message: unknown) => {
    if ((message as { type?: string } | null)?.type === 'carelint:stop') {
      controller.dispose();
      chrome.runtime.onMessage.removeListener(onMessage);
      globalThis.__carelintRunning = false;
    }
  };
  chrome.runtime.onMessage.addListener(onMessage);
}

void start();

export type { Box };
