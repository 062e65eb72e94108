/**
 * Everything the extension draws, in one element outside the page's content with its own shadow root: a layer
 * of underlines for each field (clipped to the field), the popover, and the summary. The page's editors are
 * never touched by drawing.
 */
import type { Finding } from '@carelint/core';
import type { Checker } from './checker.js';
import { intersects, type Box } from './field.js';
import { OVERLAY_CSS } from './overlay-style.js';

interface Drawn {
  layer: HTMLDivElement;
  /** Each finding's boxes as last drawn, for hit-testing clicks. */
  hits: Array<{ finding: Finding; boxes: Box[] }>;
  box: Box | undefined;
}

const GAP = 6;

export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Where textarea mirrors live. */
  readonly mirrors: HTMLDivElement;
  private readonly drawn = new Map<Checker, Drawn>();
  private card: { element: HTMLElement; anchor: () => Box | undefined; above: boolean } | undefined;
  private pill: { element: HTMLElement; checker: Checker } | undefined;
  /** The finding whose popover is open: its text gets a faint highlight. */
  active: { checker: Checker; finding: Finding } | undefined;
  private frame = 0;

  constructor() {
    this.host = document.createElement('carelint-overlay');
    const style = this.host.style;
    style.setProperty('all', 'initial');
    style.setProperty('position', 'fixed', 'important');
    style.setProperty('top', '0', 'important');
    style.setProperty('left', '0', 'important');
    style.setProperty('width', '0', 'important');
    style.setProperty('height', '0', 'important');
    style.setProperty('overflow', 'visible', 'important');
    style.setProperty('z-index', '2147483646', 'important');
    style.setProperty('pointer-events', 'none', 'important');
    this.root = this.host.attachShadow({ mode: 'open' });
    try {
      // A constructed sheet is not subject to the page's CSP (style-src) and never touches the page's styles.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(OVERLAY_CSS);
      this.root.adoptedStyleSheets = [sheet];
    } catch {
      // Browsers that do not let a content script adopt its own sheet (older Firefox) get a style element.
      const style = document.createElement('style');
      style.textContent = OVERLAY_CSS;
      this.root.append(style);
    }
    this.mirrors = document.createElement('div');
    this.root.append(this.mirrors);
    this.mount();
  }

  /** Puts the overlay back if the page removed it. */
  mount(): void {
    if (!this.host.isConnected) document.documentElement.append(this.host);
  }

  /** Draws one field's underlines now. */
  draw(checker: Checker): void {
    let drawn = this.drawn.get(checker);
    if (!drawn) {
      const layer = document.createElement('div');
      layer.className = 'layer';
      layer.dataset.drawn = '0';
      this.root.insertBefore(layer, this.mirrors.nextSibling);
      drawn = { layer, hits: [], box: undefined };
      this.drawn.set(checker, drawn);
    }
    const { layer } = drawn;
    const field = checker.field;
    const box = field.element.isConnected ? field.box() : undefined;
    const viewport = { left: 0, top: 0, width: window.innerWidth, height: window.innerHeight };
    const children: HTMLElement[] = [];
    const hits: Drawn['hits'] = [];
    if (box && box.width > 0 && box.height > 0 && intersects(box, viewport)) {
      layer.style.left = `${box.left}px`;
      layer.style.top = `${box.top}px`;
      layer.style.width = `${box.width}px`;
      layer.style.height = `${box.height}px`;
      const active = this.active?.checker === checker ? this.active.finding : undefined;
      field.prepare();
      const outer = containing(checker.state.findings);
      for (const finding of checker.state.findings) {
        const boxes = field.rects(finding.place.start.offset, finding.place.end.offset).filter((b) => intersects(b, box));
        if (boxes.length === 0) continue;
        hits.push({ finding, boxes });
        for (const b of boxes) {
          if (finding === active) {
            const mark = document.createElement('span');
            mark.className = 'mark';
            place(mark, b.left - box.left - 1, b.top - box.top, b.width + 2, b.height);
            children.push(mark);
          }
          const line = document.createElement('span');
          line.className = 'u';
          line.dataset.rule = finding.ruleId;
          line.dataset.severity = finding.severity;
          line.dataset.category = finding.data.category;
          line.dataset.start = String(finding.place.start.offset);
          line.dataset.end = String(finding.place.end.offset);
          // A finding that holds others ("SW to continue to monitor." around "SW") is drawn lower and dashed, so both show.
          const depth = outer.get(finding) ?? 0;
          if (depth > 0) line.dataset.outer = String(depth);
          place(line, b.left - box.left, b.top + b.height - box.top - 1 + 3 * depth, b.width, undefined);
          children.push(line);
        }
      }
    }
    layer.replaceChildren(...children);
    drawn.hits = hits;
    drawn.box = box;
    layer.dataset.drawn = String(Number(layer.dataset.drawn) + 1);
    if (layer.dataset.lints !== String(checker.lints)) {
      layer.dataset.lintMs = checker.lastLintMs.toFixed(1);
      layer.dataset.lints = String(checker.lints);
    }
    if (this.pill?.checker === checker) this.placePill();
  }

  /** Whether a field moved or changed size since it was last drawn. */
  moved(checker: Checker): boolean {
    const last = this.drawn.get(checker)?.box;
    const now = checker.field.element.isConnected ? checker.field.box() : undefined;
    return !last || !now || last.left !== now.left || last.top !== now.top || last.width !== now.width || last.height !== now.height;
  }

  /** Redraws everything at the next frame (scrolling, resizing). */
  redrawSoon(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      for (const checker of this.drawn.keys()) this.draw(checker);
      this.placeCard();
    });
  }

  forget(checker: Checker): void {
    this.drawn.get(checker)?.layer.remove();
    this.drawn.delete(checker);
    if (this.pill?.checker === checker) this.hidePill();
    if (this.active?.checker === checker) this.closeCard();
  }

  /** The finding drawn under a point (top-window viewport); where findings overlap, the shortest (a word inside a long sentence). */
  hitTest(checker: Checker, x: number, y: number): Finding | undefined {
    let best: Finding | undefined;
    for (const { finding, boxes } of this.drawn.get(checker)?.hits ?? []) {
      if (!boxes.some((b) => x >= b.left - 1 && x <= b.left + b.width + 1 && y >= b.top - 1 && y <= b.top + b.height + 3)) continue;
      if (!best || span(finding) < span(best)) best = finding;
    }
    return best;
  }

  /** The boxes a finding was last drawn at. */
  boxesOf(checker: Checker, finding: Finding): Box[] {
    return this.drawn.get(checker)?.hits.find((hit) => hit.finding === finding)?.boxes ?? [];
  }

  /** Shows a card (popover or summary) beside an anchor box: on the side asked for when there is room, else the other. */
  showCard(element: HTMLElement, anchor: () => Box | undefined, above = false): void {
    this.closeCard();
    this.card = { element, anchor, above };
    this.root.append(element);
    this.placeCard();
  }

  get cardOpen(): boolean {
    return this.card !== undefined;
  }

  cardContains(node: EventTarget | null): boolean {
    return !!this.card && node instanceof Node && this.card.element.contains(node);
  }

  closeCard(): void {
    const hadActive = this.active;
    this.card?.element.remove();
    this.card = undefined;
    this.active = undefined;
    if (hadActive) this.draw(hadActive.checker);
  }

  private placeCard(): void {
    if (!this.card) return;
    const anchor = this.card.anchor();
    const element = this.card.element;
    if (!anchor) {
      this.closeCard();
      return;
    }
    const width = element.offsetWidth;
    const height = element.offsetHeight;
    let left = Math.min(anchor.left, window.innerWidth - width - 8);
    left = Math.max(8, left);
    const below = anchor.top + anchor.height + GAP;
    const over = anchor.top - GAP - height;
    const fitsBelow = below + height <= window.innerHeight - 8;
    const fitsAbove = over >= 8;
    const top = this.card.above ? (fitsAbove || !fitsBelow ? over : below) : fitsBelow || !fitsAbove ? below : over;
    element.style.left = `${left}px`;
    element.style.top = `${Math.max(8, top)}px`;
  }

  /** Shows the summary pill on a field (the focused one). */
  showPill(checker: Checker, element: HTMLElement): void {
    this.pill?.element.remove();
    this.pill = { element, checker };
    this.root.append(element);
    this.placePill();
  }

  get pillChecker(): Checker | undefined {
    return this.pill?.checker;
  }

  hidePill(): void {
    this.pill?.element.remove();
    this.pill = undefined;
  }

  /** The pill's box, for anchoring the summary above it. */
  pillBox(): Box | undefined {
    if (!this.pill) return undefined;
    const r = this.pill.element.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  }

  private placePill(): void {
    if (!this.pill) return;
    const box = this.pill.checker.field.element.isConnected ? this.pill.checker.field.box() : undefined;
    const element = this.pill.element;
    if (!box || box.width === 0) {
      element.style.display = 'none';
      return;
    }
    element.style.display = '';
    element.style.left = `${Math.max(GAP, box.left + box.width - element.offsetWidth)}px`;
    // Just outside the field (below its corner, or above it when the field reaches the bottom of the window),
    // never over its text; inside the corner only when there is room neither below nor above.
    const height = element.offsetHeight;
    const below = box.top + box.height + 2;
    const above = box.top - height - 2;
    const top = below + height <= window.innerHeight - 2 ? below : above >= 2 ? above : box.top + box.height - height - GAP;
    element.style.top = `${top}px`;
  }

  dispose(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.host.remove();
    this.drawn.clear();
  }
}

/** For each finding that holds other findings inside its span, how many levels of them it holds (1 or 2). */
function containing(findings: readonly Finding[]): Map<Finding, number> {
  const depth = new Map<Finding, number>();
  for (const f of findings) {
    const inner = findings.filter((g) => g !== f && span(g) < span(f) && g.place.start.offset >= f.place.start.offset && g.place.end.offset <= f.place.end.offset);
    if (inner.length === 0) continue;
    const nested = inner.some((g) => inner.some((k) => k !== g && span(k) < span(g) && k.place.start.offset >= g.place.start.offset && k.place.end.offset <= g.place.end.offset));
    depth.set(f, nested ? 2 : 1);
  }
  return depth;
}

function span(finding: Finding): number {
  return finding.place.end.offset - finding.place.start.offset;
}

function place(element: HTMLElement, left: number, top: number, width: number, height: number | undefined): void {
  element.style.left = `${left}px`;
  element.style.top = `${top}px`;
  element.style.width = `${width}px`;
  if (height !== undefined) element.style.height = `${height}px`;
}
