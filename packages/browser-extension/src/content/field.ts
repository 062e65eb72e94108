/** A writing field on the page, whatever kind it is: the checker only talks to this. */

/** A rectangle in the top window's viewport (CSS pixels). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Field {
  /** The textarea, or the contenteditable editing host (the `body` of a designMode iframe). */
  readonly element: HTMLElement;
  readonly kind: 'textarea' | 'editable';
  /** The text as the writer sees it; offsets into it are what `lint()` reports. */
  text(): string;
  /** Gets the field ready for a round of `rects` calls (the textarea lays out its mirror once, here). */
  prepare(): void;
  /** Boxes of the text between two offsets, one or more a line, in the top window's viewport; call `prepare` first. */
  rects(start: number, end: number): Box[];
  /** The field's visible text area in the top window's viewport; underlines are clipped to it. */
  box(): Box;
  /** The caret's offset when the selection is collapsed inside the field. */
  caret(): number | undefined;
  /**
   * Replaces text through the editor's own input path (select, then insert), so frameworks and rich-text
   * editors see an ordinary edit and undo works. False when the field did not take the change.
   */
  replace(start: number, end: number, replacement: string): boolean;
  /** Drops anything the field made (the textarea's measuring mirror). */
  dispose(): void;
}

/** Offset of a window's viewport inside the top window's viewport (same-origin frames only). */
export function frameOffset(win: Window): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let current: Window = win;
  while (current !== current.parent) {
    const frame = current.frameElement as HTMLElement | null;
    if (!frame) break;
    const rect = frame.getBoundingClientRect();
    const style = current.parent.getComputedStyle(frame);
    x += rect.left + frame.clientLeft + parseFloat(style.paddingLeft);
    y += rect.top + frame.clientTop + parseFloat(style.paddingTop);
    current = current.parent;
  }
  return { x, y };
}

/** Whether two boxes overlap. */
export function intersects(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}
