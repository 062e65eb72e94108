import type { Io } from '../io.js';
import { checkHelp } from './help.js';
import { parseCheckArgs } from './options.js';

/** `carelint check`: lints files, folders or stdin, prints one format, and returns the exit code. */
export async function check(argv: readonly string[], io: Io): Promise<number> {
  const options = parseCheckArgs(argv);
  if (options.help) {
    io.stdout.write(checkHelp);
    return 0;
  }
  // The linting engine is loaded only once the arguments are known to be good.
  let runCheck: typeof import('./run.js').runCheck;
  try {
    ({ runCheck } = await import('./run.js'));
  } catch (error) {
    // Nothing has been read yet, so the message cannot hold record text: show it, it is the clue.
    const detail = error instanceof Error ? error.message.split('\n', 1)[0] : String(error);
    io.stderr.write(`carelint: could not load the linting engine (${detail}). Rebuild with 'pnpm build', or reinstall carelint.\n`);
    return 2;
  }
  return runCheck(options, io);
}
