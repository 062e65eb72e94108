/** Where progress goes (stderr); a terminal gets a bar redrawn in place, anything else plain lines. */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** Figures for one progress update. */
export interface ProgressFigures {
  /** Records written to records.jsonl so far, including those a resumed run found done. */
  records: number;
  /** Records done by this run (the rate counts these). */
  thisRun: number;
  errors: number;
  /** Bytes of input behind the records written, and in all, when known. */
  bytesDone: number;
  bytesTotal: number | undefined;
}

const number = new Intl.NumberFormat('en-GB');

/** `1h 02m`, `3m 05s`, `12s`. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

/** Shows progress: at most 10 redraws a second on a terminal, a line every `lineEveryMs` otherwise. */
export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream | undefined,
    private readonly lineEveryMs = 10_000,
  ) {}

  update(figures: ProgressFigures, force = false): void {
    if (this.stream === undefined) return;
    const now = Date.now();
    const every = this.stream.isTTY ? 100 : this.lineEveryMs;
    if (!force && now - this.lastDraw < every) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? figures.thisRun / seconds : 0;
    const fraction = figures.bytesTotal ? Math.min(1, figures.bytesDone / figures.bytesTotal) : undefined;
    // ETA from the share of input bytes done by this run's pace.
    const eta = fraction !== undefined && fraction > 0 && rate > 0 ? (seconds / fraction) * (1 - fraction) : undefined;
    const parts = [
      `${number.format(figures.records)} ${figures.records === 1 ? 'record' : 'records'}`,
      `${number.format(Math.round(rate))} records/s`,
      ...(eta !== undefined && fraction !== undefined && fraction < 1 ? [`ETA ${duration(eta)}`] : []),
      `${number.format(figures.errors)} ${figures.errors === 1 ? 'error' : 'errors'}`,
    ];
    if (this.stream.isTTY) {
      const width = 24;
      const bar = fraction === undefined ? '' : `[${'█'.repeat(Math.round(fraction * width)).padEnd(width, '░')}] ${String(Math.floor(fraction * 100)).padStart(3)}%  `;
      this.stream.write(`\r\u001b[2K${bar}${parts.join('  ')}`);
      this.drawn = true;
    } else {
      const percent = fraction === undefined ? '' : ` (${Math.floor(fraction * 100)}%)`;
      this.stream.write(`carelint audit: ${parts[0]}${percent}, ${parts.slice(1).join(', ')}\n`);
    }
  }

  /** Ends the bar's line on a terminal. */
  finish(): void {
    if (this.stream?.isTTY && this.drawn) this.stream.write('\n');
  }
}
