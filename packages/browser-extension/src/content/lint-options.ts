import type { LintOptions } from '@carelint/core';
import type { Settings } from '../settings.js';
import { extraEntries } from '../word-lists.js';

/** `lint()` options from the extension's settings and the fingerprints ignored on this site. */
export function lintOptions(settings: Settings, ignored: readonly string[]): LintOptions {
  return {
    format: 'text',
    preset: settings.preset,
    ...(settings.allow.length > 0 ? { allow: [...settings.allow] } : {}),
    ...(ignored.length > 0 ? { ignore: [...ignored] } : {}),
    ...(settings.extraWords.length > 0 ? { extraEntries: extraEntries(settings.extraWords) } : {}),
  };
}
