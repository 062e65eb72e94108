import { lint, mergeConfig, type Format, type LintOptions, type Report } from '@carelint/core';
import type { LoadedConfig } from '@carelint/core/node';

/**
 * Lints text under a config already loaded (stdin, or `--config`), the way core's `lintFile` does for a
 * file it found the config for: the caller's options win, extra dictionaries come parsed.
 */
export function lintText(text: string, loaded: LoadedConfig, options: LintOptions & { format: Format }): Report {
  const { format, documentType, childNames, path, extraEntries, ...overrides } = options;
  const { dictionaries: _loadedAlready, ...config } = mergeConfig(loaded.config, overrides);
  const entries = [...loaded.extraEntries, ...(extraEntries ?? [])];
  return lint(text, {
    ...config,
    format,
    ...(path !== undefined ? { path } : {}),
    ...(documentType !== undefined ? { documentType } : {}),
    ...(childNames !== undefined ? { childNames } : {}),
    ...(entries.length > 0 ? { extraEntries: entries } : {}),
  });
}
