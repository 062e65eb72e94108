/** A problem with how the audit was asked for (options, inputs, output folder): one line for stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
