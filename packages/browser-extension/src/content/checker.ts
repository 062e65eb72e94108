/**
 * Keeps one field's findings in step with its text: lints on input after a short, adaptive pause, shifts the
 * findings it already has across an edit so underlines do not jump while the next lint is pending, and hands
 * the result to the overlay. Record text lives only in memory, for as long as the page is open.
 */
import { lint, type Finding, type LintOptions, type Report } from '@carelint/core';
import type { Field } from './field.js';

/** Longer text is not checked as you type: one lint would hold up typing for too long. */
export const MAX_CHARS = 60_000;

export interface CheckState {
  /** Findings with a range in the text, positioned against `text`. */
  findings: Finding[];
  /** Findings about the whole record (no range): shown in the summary. */
  general: Finding[];
  metrics: Report['metrics'] | undefined;
  /** Why the field is not checked, when it is not (too long, a settings problem). */
  problem: string | undefined;
  /** The text the findings are positioned against. */
  text: string;
}

/** The first lint on a page also compiles the word lists and warms the engine: its time says nothing of the next. */
let warm = false;

/** The common prefix and suffix of two texts: the edit lies between them. */
function editBetween(before: string, after: string): { start: number; removed: number; added: number } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, removed: before.length - start - tail, added: after.length - start - tail };
}

/** A finding moved by an edit, or undefined when the edit touched it (the next lint decides about it). */
function shifted(finding: Finding, edit: { start: number; removed: number; added: number }): Finding | undefined {
  const { start, end } = finding.place;
  if (end.offset < edit.start) return finding;
  if (start.offset <= edit.start + edit.removed) return undefined;
  const delta = edit.added - edit.removed;
  return { ...finding, place: { start: { ...start, offset: start.offset + delta }, end: { ...end, offset: end.offset + delta } } };
}

/** An ignored-once place moved by an edit; gone when the edit touched its words. */
function shiftedOnce(item: { fingerprint: string; start: number }, edit: { start: number; removed: number; added: number }): Array<{ fingerprint: string; start: number }> {
  if (item.start < edit.start) return [item];
  if (item.start < edit.start + edit.removed) return [];
  return [{ ...item, start: item.start + edit.added - edit.removed }];
}

export class Checker {
  state: CheckState = { findings: [], general: [], metrics: undefined, problem: undefined, text: '' };
  /** How long the last lint took, in ms. */
  lastLintMs = 0;
  /** What a lint of this field costs, smoothed over the last few (ms): sets the pause before the next one. */
  private costMs = 0;
  /** Lints run so far (the overlay shows it, so tests can time a keystroke to its underlines). */
  lints = 0;
  /** The text the last lint read: an unchanged text is not linted again. */
  private lintedText: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest edit not yet linted happened. */
  private pendingSince: number | undefined;
  private disposed = false;
  /** Findings ignored once ("ignore here"): this field only, until the page is reloaded; positions follow edits. */
  private once: Array<{ fingerprint: string; start: number }> = [];

  constructor(
    readonly field: Field,
    private options: () => LintOptions,
    private readonly onChange: (checker: Checker) => void,
  ) {}

  /**
   * The pause after a keystroke. While a check is quick (a 500-word note takes about 10 ms) there is none: it
   * runs as soon as the keystroke's events are done, and keystrokes that arrive meanwhile are taken together.
   * Past 50 ms a check would hold up typing noticeably, so the pause grows with its cost: the check waits for
   * a break in typing (see `schedule` for the most it waits).
   */
  delay(): number {
    if (this.costMs < 50) return 0;
    return Math.min(750, Math.round(this.costMs * 2));
  }

  /** After an edit: lint again after the pause; meanwhile (if there is one) move the findings the edit did not touch. */
  edited(): void {
    if (this.disposed) return;
    const text = this.field.text();
    if (text !== this.state.text && this.delay() > 0) {
      const edit = editBetween(this.state.text, text);
      const findings: Finding[] = [];
      for (const finding of this.state.findings) {
        const moved = shifted(finding, edit);
        if (moved) findings.push(moved);
      }
      this.state = { ...this.state, findings, text };
      this.onChange(this);
    }
    this.schedule();
  }

  /**
   * Lints after `delay` ms of quiet, but never later than a little after the first edit not yet linted, so that
   * steady typing still gets fresh underlines.
   */
  schedule(delay = this.delay()): void {
    if (this.disposed) return;
    const now = performance.now();
    this.pendingSince ??= now;
    const at = Math.min(now + delay, this.pendingSince + Math.max(300, delay * 2));
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, Math.max(0, at - now));
  }

  /** Ignores this one finding in this field until the page is reloaded (other places with the same words stay). */
  ignoreOnce(finding: Finding): void {
    this.once.push({ fingerprint: finding.fingerprint, start: finding.place.start.offset });
    this.state = { ...this.state, findings: this.state.findings.filter((f) => f !== finding) };
    this.onChange(this);
  }

  /** Lints now. `force` re-lints unchanged text (settings or ignored findings changed). */
  run(force = false): void {
    if (this.disposed) return;
    this.pendingSince = undefined;
    const text = this.field.text();
    if (!force && text === this.lintedText) return;
    const previous = this.lintedText;
    this.lintedText = text;
    if (text.length > MAX_CHARS) {
      this.state = { findings: [], general: [], metrics: undefined, problem: 'This text is too long to check as you type.', text };
      this.onChange(this);
      return;
    }
    const started = performance.now();
    let report: Report;
    try {
      report = lint(text, this.options());
    } catch (error) {
      // Never show or log the error's details: they could quote the record. A settings problem names the key.
      // core's refusals (too long, not text) say why without quoting the text: shown as check and the service show them.
      const refused = error instanceof Error && (error.name === 'InputTooLargeError' || error.name === 'BinaryInputError');
      const problem = error instanceof Error && error.name === 'ConfigError' ? `Check the extension's settings: ${error.message}` : refused ? (error as Error).message : 'This field could not be checked.';
      this.state = { findings: [], general: [], metrics: undefined, problem, text };
      this.onChange(this);
      return;
    }
    this.lastLintMs = performance.now() - started;
    // Typing costs what a small edit costs; a paste or the first lint on the page says little about that.
    const edit = previous === undefined ? undefined : editBetween(previous, text);
    if (warm && edit && edit.removed + edit.added <= 200) this.costMs = this.costMs === 0 ? this.lastLintMs : (this.costMs + this.lastLintMs) / 2;
    warm = true;
    this.lints += 1;
    if (edit && this.once.length > 0) this.once = this.once.flatMap((item) => shiftedOnce(item, edit));
    const findings: Finding[] = [];
    const general: Finding[] = [];
    for (const finding of report.messages) {
      if (this.once.some((item) => item.fingerprint === finding.fingerprint && item.start === finding.place.start.offset)) continue;
      (finding.place.end.offset > finding.place.start.offset ? findings : general).push(finding);
    }
    this.state = { findings, general, metrics: report.metrics, problem: undefined, text };
    this.onChange(this);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.field.dispose();
  }
}
