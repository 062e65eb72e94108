import { main } from './main.js';

/** Runs carelint on the real process (its arguments, streams, folder and environment); resolves to the exit code. */
export function runProcess(): Promise<number> {
  // `carelint check … | head` closes the pipe early: that is the reader's choice, not an error to report.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  // The only place that touches the real process; everything else goes through `Io`.
  return main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
  });
}
