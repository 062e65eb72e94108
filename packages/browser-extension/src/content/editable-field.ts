/**
 * A contenteditable editor (or a designMode iframe's body). Its text is read from the DOM as the writer sees it,
 * one character for each character of a text node plus line breaks between blocks, so every offset maps back to
 * a DOM position and underlines come from real `Range`s. The editor's DOM is only read, never written, except
 * by `replace`, which goes through the browser's editing commands.
 */
import { frameOffset, type Box, type Field } from './field.js';

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'img', 'svg', 'video', 'audio', 'canvas', 'iframe', 'object', 'select']);

/** A text node and where its characters start in the field's text. */
interface Segment {
  node: Text;
  start: number;
}

interface TextMap {
  text: string;
  segments: Segment[];
}

export class EditableField implements Field {
  readonly kind = 'editable';
  private cache: TextMap | undefined;
  private readonly observer: MutationObserver;

  constructor(readonly element: HTMLElement) {
    const win = element.ownerDocument.defaultView ?? window;
    this.observer = new win.MutationObserver(() => {
      this.cache = undefined;
    });
    this.observer.observe(element, { subtree: true, childList: true, characterData: true });
  }

  /** Forgets the cached text (the checker calls it on input, before the observer's callback has run). */
  invalidate(): void {
    this.cache = undefined;
  }

  private map(): TextMap {
    if (this.cache) return this.cache;
    const parts: string[] = [];
    const segments: Segment[] = [];
    let length = 0;
    let last = '';
    const win = this.element.ownerDocument.defaultView ?? window;
    const pre = /^(pre|break-spaces)/.test(win.getComputedStyle(this.element).whiteSpace);
    const push = (text: string) => {
      parts.push(text);
      length += text.length;
      last = text.charAt(text.length - 1);
    };
    const newline = () => {
      if (length > 0 && last !== '\n') push('\n');
    };
    const walk = (parent: Node) => {
      for (let child = parent.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          const data = (child as Text).data;
          if (data.length === 0) continue;
          segments.push({ node: child as Text, start: length });
          // One character out for one character in: collapsible white space becomes spaces, no-break spaces too.
          push(pre ? data.replace(/[\u00a0\r]/g, ' ') : data.replace(/[\n\r\t\f\u00a0]/g, ' '));
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          const name = (child as Element).localName;
          if (SKIPPED.has(name)) continue;
          if (name === 'br') {
            push('\n');
            continue;
          }
          const block = BLOCKS.has(name);
          if (block) newline();
          walk(child);
          if (block) newline();
        }
      }
    };
    walk(this.element);
    this.cache = { text: parts.join(''), segments };
    return this.cache;
  }

  text(): string {
    return this.map().text;
  }

  /** The index of the last segment starting at or before an offset. */
  private segmentAt(offset: number): number {
    const { segments } = this.map();
    let low = 0;
    let high = segments.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (segments[mid]!.start <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  }

  /** Text-node pieces covering [start, end): [node, from, to] in node offsets. */
  private pieces(start: number, end: number): Array<[Text, number, number]> {
    const { segments } = this.map();
    const out: Array<[Text, number, number]> = [];
    for (let i = Math.max(0, this.segmentAt(start)); i < segments.length; i++) {
      const { node, start: at } = segments[i]!;
      if (at >= end) break;
      const from = Math.max(start, at) - at;
      const to = Math.min(end, at + node.data.length) - at;
      if (to > from) out.push([node, from, to]);
    }
    return out;
  }

  prepare(): void {
    this.map();
  }

  rects(start: number, end: number): Box[] {
    const doc = this.element.ownerDocument;
    const offset = frameOffset(doc.defaultView ?? window);
    const boxes: Box[] = [];
    const range = doc.createRange();
    for (const [node, from, to] of this.pieces(start, end)) {
      range.setStart(node, from);
      range.setEnd(node, to);
      for (const r of Array.from(range.getClientRects())) {
        if (r.width > 0 && r.height > 0) boxes.push({ left: r.left + offset.x, top: r.top + offset.y, width: r.width, height: r.height });
      }
    }
    return boxes;
  }

  box(): Box {
    const el = this.element;
    const doc = el.ownerDocument;
    const offset = frameOffset(doc.defaultView ?? window);
    // A designMode/contenteditable body scrolls with its frame's viewport: the visible area is the frame.
    if (el === doc.body) {
      const win = doc.defaultView ?? window;
      return { left: offset.x, top: offset.y, width: doc.documentElement.clientWidth || win.innerWidth, height: doc.documentElement.clientHeight || win.innerHeight };
    }
    const rect = el.getBoundingClientRect();
    return { left: rect.left + el.clientLeft + offset.x, top: rect.top + el.clientTop + offset.y, width: el.clientWidth, height: el.clientHeight };
  }

  caret(): number | undefined {
    const selection = this.element.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return undefined;
    const node = selection.anchorNode;
    if (!node || node.nodeType !== Node.TEXT_NODE || !this.element.contains(node)) return undefined;
    const segment = this.map().segments.find((s) => s.node === node);
    return segment ? segment.start + selection.anchorOffset : undefined;
  }

  replace(start: number, end: number, replacement: string): boolean {
    const pieces = this.pieces(start, end);
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (!first || !last) return false;
    const doc = this.element.ownerDocument;
    const range = doc.createRange();
    range.setStart(first[0], first[1]);
    range.setEnd(last[0], last[2]);
    this.element.focus();
    const selection = doc.getSelection();
    if (!selection) return false;
    selection.removeAllRanges();
    selection.addRange(range);
    // The editor sees beforeinput + input with inputType insertText, as if the writer had typed over a selection;
    // rich-text editors (ProseMirror, Lexical, CKEditor) update their own model from it, and undo works.
    let done = false;
    try {
      done = doc.execCommand('insertText', false, replacement);
    } catch {
      done = false;
    }
    this.cache = undefined;
    return done && this.text().slice(start, start + replacement.length) === replacement;
  }

  dispose(): void {
    this.observer.disconnect();
  }
}
