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

export class Checker {
  state: CheckState = { findings: [], general: [], metrics: undefined, problem: undefined, text: '' };
  /** How long the last lint took, in ms: sets the pause before the next one. */
  lastLintMs = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(
    readonly field: Field,
    private options: () => LintOptions,
    private readonly onChange: (checker: Checker) => void,
  ) {}

  /** The pause after a keystroke: none to speak of while a lint is quick, longer as the record grows. */
  delay(): number {
    if (this.lastLintMs < 40) return 8;
    return Math.min(750, Math.round(this.lastLintMs * 3));
  }

  /** After an edit: move the findings it did not touch, redraw, and lint again after the pause. */
  edited(): void {
    if (this.disposed) return;
    const text = this.field.text();
    if (text !== this.state.text) {
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

  schedule(delay = this.delay()): void {
    if (this.disposed) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, delay);
  }

  /** Lints now. `force` re-lints unchanged text (settings or ignored findings changed). */
  run(force = false): void {
    if (this.disposed) return;
    const text = this.field.text();
    if (!force && text === this.state.text && this.state.metrics) return;
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
      const problem = error instanceof Error && error.name === 'ConfigError' ? `Check the extension's settings: ${error.message}` : 'This field could not be checked.';
      this.state = { findings: [], general: [], metrics: undefined, problem, text };
      this.onChange(this);
      return;
    }
    this.lastLintMs = performance.now() - started;
    const findings: Finding[] = [];
    const general: Finding[] = [];
    for (const finding of report.messages) {
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
