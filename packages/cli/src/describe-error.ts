import { displayPath } from './display-path.js';

/**
 * What went wrong with `place` (a path, or `stdin`), in one line a person can act on; never the record's text.
 * `cwd` shortens the config file paths core puts in its messages.
 */
export function describeError(error: unknown, place?: string, cwd?: string): string {
  if (isConfigError(error)) {
    // Core's message names the config file and the key, and says what to do; it holds settings, not record text.
    const { file, message } = error;
    if (cwd === undefined || file === undefined || !message.startsWith(`${file}: `)) return message;
    return `${displayPath(file, cwd)}${message.slice(file.length)}`;
  }
  if (error instanceof Error && (error.name === 'InputTooLargeError' || error.name === 'BinaryInputError')) {
    // Core's message gives the sizes and the limit, or says the record is not text; never the text.
    return `${place === undefined ? 'the record' : `'${place}'`}: ${error.message}`;
  }
  const code = errorCode(error);
  if (code !== undefined) {
    const [problem, advice] = fsProblems[code] ?? [`could not be read (${code})`, 'Check the path and try again.'];
    return `${place === undefined ? 'a file' : `'${place}'`} ${problem}. ${advice}`;
  }
  // Anything else is a bug. Its message may quote the record, so only the error's kind is shown.
  const kind = error instanceof Error ? error.name : typeof error;
  const where = place === undefined ? '' : ` while checking '${place}'`;
  return `internal error (${kind})${where}. Please report it; the record's text is not shown. Set CARELINT_DEBUG=1 for a stack trace.`;
}

/** Stack frames of an unexpected error, without its message (which may quote the record). */
export function stackFrames(error: unknown): string {
  if (!(error instanceof Error) || error.stack === undefined) return '';
  return error.stack
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');
}

const fsProblems: Record<string, [string, string]> = {
  ENOENT: ['does not exist', 'Check the path.'],
  ENOTDIR: ['does not exist (a part of the path is a file)', 'Check the path.'],
  EACCES: ['cannot be read: permission denied', 'Check the file permissions.'],
  EPERM: ['cannot be read: operation not permitted', 'Check the file permissions.'],
  EISDIR: ['is a folder where a file was expected', 'Give the folder itself, or a file in it.'],
  ELOOP: ['cannot be read: too many symbolic links', 'Check for a link that points to itself.'],
  ENAMETOOLONG: ['cannot be read: the path is too long', 'Use a shorter path.'],
  EMFILE: ['cannot be read: too many open files', 'Check fewer files at once.'],
};

/** True for core's ConfigError, matched by name so a second copy of core (src and dist) still counts. */
export function isConfigError(error: unknown): error is Error & { key: string | undefined; file: string | undefined } {
  return error instanceof Error && error.name === 'ConfigError';
}

function errorCode(error: unknown): string | undefined {
  // System errors (ENOENT, EACCES…) only; Node's own ERR_* codes are bugs, not input problems.
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' && /^E[A-Z]+$/.test(error.code) ? error.code : undefined;
}
