/**
 * The hardening suite's tools, installed as devDependencies of @carelint/bench: the root tests in test/hardening
 * import them through this file, so the workspace root needs no dependency of its own.
 */
export { default as fc } from 'fast-check';
export { check as checkRegExp, type Diagnostics } from 'recheck';
export { unified } from 'unified';
export { default as retextEnglish } from 'retext-english';
export { VFile } from 'vfile';
