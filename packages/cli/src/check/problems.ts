import { describeError, stackFrames } from '../describe-error.js';
import type { Io } from '../io.js';

/** Collects problems with inputs: each printed once to stderr as it happens, never with record text. */
export class Problems {
  private readonly seen = new Set<string>();
  constructor(private readonly io: Io) {}

  /** Prints the problem (an error, or a line already written) unless it was printed before. */
  add(error: unknown, place?: string): void {
    const line = typeof error === 'string' ? error : describeError(error, place, this.io.cwd);
    // A broken config is met once per file under it: say it once.
    if (this.seen.has(line)) return;
    this.seen.add(line);
    this.io.stderr.write(`carelint: ${line}\n`);
    const frames = this.io.env['CARELINT_DEBUG'] ? stackFrames(error) : '';
    if (frames !== '') this.io.stderr.write(`${frames}\n`);
  }

  /** How many different problems there were. */
  get count(): number {
    return this.seen.size;
  }
}
