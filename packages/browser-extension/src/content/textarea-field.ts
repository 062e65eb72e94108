/**
 * A textarea. Its text has no DOM ranges, so a hidden mirror `div` with the same text-layout styles is laid over
 * it (inside the extension's own overlay, never the page) and ranges are measured there.
 */
import { frameOffset, type Box, type Field } from './field.js';

/** Computed styles that decide where text wraps and how tall lines are. */
const COPIED = [
  'direction',
  'font-family',
  'font-size',
  'font-size-adjust',
  'font-stretch',
  'font-style',
  'font-variant',
  'font-weight',
  'font-feature-settings',
  'font-kerning',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-indent',
  'text-transform',
  'text-rendering',
  'tab-size',
  'white-space',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
] as const;

export class TextareaField implements Field {
  readonly kind = 'textarea';
  private readonly mirror: HTMLDivElement;
  private readonly node: Text;

  constructor(
    readonly element: HTMLTextAreaElement,
    mirrorParent: HTMLElement,
  ) {
    this.mirror = document.createElement('div');
    this.mirror.className = 'mirror';
    this.mirror.setAttribute('aria-hidden', 'true');
    this.node = document.createTextNode('');
    this.mirror.append(this.node);
    mirrorParent.append(this.mirror);
  }

  text(): string {
    return this.element.value;
  }

  /** Lays the mirror exactly over the textarea's padding box, scrolled as the textarea is. */
  prepare(): void {
    const el = this.element;
    const win = el.ownerDocument.defaultView ?? window;
    const style = win.getComputedStyle(el);
    const mirrorStyle = this.mirror.style;
    for (const name of COPIED) mirrorStyle.setProperty(name, style.getPropertyValue(name));
    // A textarea always wraps like pre-wrap unless wrap="off"; copy what it computes, but never collapse spaces.
    if (!style.whiteSpace.startsWith('pre') && style.whiteSpace !== 'break-spaces') mirrorStyle.setProperty('white-space', 'pre-wrap');
    const rect = el.getBoundingClientRect();
    const offset = frameOffset(win);
    const padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    const padY = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    mirrorStyle.left = `${rect.left + el.clientLeft + offset.x}px`;
    mirrorStyle.top = `${rect.top + el.clientTop + offset.y}px`;
    mirrorStyle.width = `${Math.max(0, el.clientWidth - padX)}px`;
    mirrorStyle.height = `${Math.max(0, el.clientHeight - padY)}px`;
    // A trailing newline needs something after it to take up a line, as it does in the textarea.
    const value = `${el.value}\u200b`;
    if (this.node.data !== value) this.node.data = value;
    this.mirror.scrollTop = el.scrollTop;
    this.mirror.scrollLeft = el.scrollLeft;
  }

  rects(start: number, end: number): Box[] {
    const length = this.element.value.length;
    const range = document.createRange();
    range.setStart(this.node, Math.min(start, length));
    range.setEnd(this.node, Math.min(end, length));
    return Array.from(range.getClientRects())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
  }

  box(): Box {
    const el = this.element;
    const rect = el.getBoundingClientRect();
    const offset = frameOffset(el.ownerDocument.defaultView ?? window);
    return { left: rect.left + el.clientLeft + offset.x, top: rect.top + el.clientTop + offset.y, width: el.clientWidth, height: el.clientHeight };
  }

  caret(): number | undefined {
    const el = this.element;
    if (el.ownerDocument.activeElement !== el || el.selectionStart !== el.selectionEnd) return undefined;
    return el.selectionStart;
  }

  replace(start: number, end: number, replacement: string): boolean {
    const el = this.element;
    const before = el.value;
    el.focus();
    el.setSelectionRange(start, end);
    // execCommand is the one path that fires beforeinput/input as typing does and keeps the native undo stack.
    let done = false;
    try {
      done = el.ownerDocument.execCommand('insertText', false, replacement);
    } catch {
      done = false;
    }
    if (!done || el.value === before) {
      el.setRangeText(replacement, start, end, 'end');
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
    }
    return el.value.slice(start, start + replacement.length) === replacement;
  }

  dispose(): void {
    this.mirror.remove();
  }
}
