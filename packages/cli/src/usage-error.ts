/** A problem with how carelint was called or with its input: one line for stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
