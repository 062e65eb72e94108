/** @carelint/core: lint a record and get its Report. Browser-safe: no Node built-ins here. */
export { ConfigError, mergeConfig, validateConfig } from './config.js';
export { fingerprint } from './fingerprint.js';
export { DEFAULT_MAX_LENGTH, InputTooLargeError, lint } from './lint.js';
export { BinaryInputError } from './binary.js';
export { presets, type Preset } from './presets.js';
export { knownRuleIds } from './rules.js';
export type * from './types.js';
export { default as carelintReadability } from './readability.js';
export { default as hardSentences } from './hard-sentences.js';
