/**
 * The record box: flagged words highlighted behind the textarea (a backdrop with the same text and marks),
 * scrolling to a finding, and applying a suggestion with undo. Record text reaches the DOM only as text nodes.
 */
import type { Finding } from '../browser.js';

const RANK = { info: 1, warning: 2, error: 3 } as const;

/** The record box's parts and what it was last checked with. */
export class Editor {
  #checked = '';
  #undo: (() => void) | undefined;

  constructor(
    readonly record: HTMLTextAreaElement,
    readonly backdrop: HTMLElement,
    readonly undoBar: HTMLElement,
    readonly undoText: HTMLElement,
    readonly undoButton: HTMLButtonElement,
    /** Runs the check again at once (after an edit made here). */
    readonly recheck: () => void,
  ) {
    record.addEventListener('scroll', () => this.#sync());
    record.addEventListener('input', () => {
      // Until the next check the marks would sit on the wrong words: show the text alone.
      if (record.value !== this.#checked) this.backdrop.replaceChildren(document.createTextNode(`${record.value}\n`));
      this.#sync();
    });
    undoButton.addEventListener('click', () => this.#undo?.());
    new ResizeObserver(() => this.#sync()).observe(record);
  }

  /** Draws the marks of `findings` for `text` (what was checked), segment by segment, overlaps marked as such. */
  mark(text: string, findings: readonly Finding[]): void {
    this.#checked = text;
    const cuts = new Set<number>([0, text.length]);
    for (const f of findings) {
      cuts.add(clamp(f.place.start.offset, text));
      cuts.add(clamp(f.place.end.offset, text));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const nodes: Node[] = [];
    for (let i = 0; i < points.length; i++) {
      const from = points[i]!;
      nodes.push(anchor(from));
      const to = points[i + 1];
      if (to === undefined || to === from) continue;
      const covering = findings.filter((f) => f.place.start.offset <= from && f.place.end.offset >= to && f.place.end.offset > f.place.start.offset);
      const piece = text.slice(from, to);
      if (covering.length === 0) {
        nodes.push(document.createTextNode(piece));
        continue;
      }
      const mark = document.createElement('mark');
      const top = covering.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
      mark.className = `${top.severity}${covering.length > 1 ? ' overlap' : ''}`;
      mark.dataset.rules = covering.map((f) => f.ruleId).join(' ');
      mark.dataset.start = String(from);
      mark.textContent = piece;
      nodes.push(mark);
    }
    // A trailing newline keeps the last line's height the same as the textarea's.
    nodes.push(document.createTextNode('\n'));
    this.backdrop.replaceChildren(...nodes);
    this.#sync();
  }

  /** Selects the finding's words and scrolls the box so they sit a third of the way down. */
  show(finding: Finding): void {
    const { record } = this;
    record.focus({ preventScroll: true });
    record.setSelectionRange(finding.place.start.offset, finding.place.end.offset);
    const at = this.backdrop.querySelector<HTMLElement>(`span[data-at="${finding.place.start.offset}"]`);
    if (at) record.scrollTop = Math.max(0, at.offsetTop - record.clientHeight / 3);
    for (const mark of Array.from(this.backdrop.querySelectorAll('mark.current'))) mark.classList.remove('current');
    for (const mark of Array.from(this.backdrop.querySelectorAll<HTMLElement>('mark'))) {
      const start = Number(mark.dataset.start);
      if (start >= finding.place.start.offset && start < finding.place.end.offset) mark.classList.add('current');
    }
    this.#sync();
    record.closest('.editor')?.scrollIntoView({ block: 'nearest' });
  }

  /**
   * Puts `suggestion` in place of the finding's words, through the browser's own editing (so Ctrl+Z undoes it
   * too), and offers Undo. False when the record has changed since it was checked.
   */
  apply(finding: Finding, suggestion: string): boolean {
    const { record } = this;
    if (record.value !== this.#checked) return false;
    const start = finding.place.start.offset;
    const end = finding.place.end.offset;
    const before = record.value.slice(start, end);
    const after = fitCase(suggestion, before, record.value, start);
    replace(record, start, end, after);
    this.undoText.textContent = `Changed “${before}” to “${after}”.`;
    this.undoBar.hidden = false;
    this.#undo = () => {
      if (record.value.slice(start, start + after.length) === after) replace(record, start, start + after.length, before);
      this.undoBar.hidden = true;
      this.#undo = undefined;
      this.recheck();
    };
    this.recheck();
    return true;
  }

  #sync(): void {
    this.backdrop.scrollTop = this.record.scrollTop;
  }
}

/** Replaces a range as if typed: execCommand keeps the browser's undo history; setRangeText where it is missing. */
function replace(record: HTMLTextAreaElement, start: number, end: number, text: string): void {
  record.focus({ preventScroll: true });
  record.setSelectionRange(start, end);
  const done = typeof document.execCommand === 'function' && document.execCommand('insertText', false, text);
  if (!done || record.value.slice(start, start + text.length) !== text) {
    record.setRangeText(text, start, end, 'end');
    record.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** The suggestion with a capital first letter where the words replaced begin a sentence. */
export function fitCase(suggestion: string, replaced: string, text: string, start: number): string {
  const sentenceStart = beginsSentence(text, start);
  const capital = /^\p{Lu}/u.test(replaced);
  if (sentenceStart && capital) return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
  return suggestion;
}

/**
 * Whether `start` begins a sentence: the start of the text or of a line, or after ".", "!" or "?" (and any closing
 * quotes or brackets) and a space. Read backwards over the white space once, so a long run of it costs one pass
 * (a regular expression anchored at the end was tried from every place in the run).
 */
function beginsSentence(text: string, start: number): boolean {
  let at = start;
  while (at > 0 && /\s/.test(text[at - 1]!)) {
    if (text[at - 1] === '\n') return true;
    at -= 1;
  }
  if (at === 0) return true;
  if (at === start) return false;
  while (at > 0 && `"'”’)`.includes(text[at - 1]!)) at -= 1;
  return at > 0 && '.!?'.includes(text[at - 1]!);
}

function anchor(at: number): HTMLElement {
  const span = document.createElement('span');
  span.dataset.at = String(at);
  return span;
}

function clamp(offset: number, text: string): number {
  return Math.max(0, Math.min(offset, text.length));
}
