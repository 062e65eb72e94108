import type { DocumentType, Format, LintOptions } from '@carelint/core';

/** What every worker is given once, when it starts. */
export interface WorkerConfig {
  /** Config, preset and extra dictionaries, already merged and validated. */
  lintOptions: LintOptions;
  /** Folder of the content-hash cache; none when caching is off. */
  cacheDir?: string;
  /** Hash of carelint's version and the options: part of every cache key. */
  salt: string;
  /** Add the text around each finding to the report (`--snippets`). */
  snippets: boolean;
  /** Records longer than this (in characters) are error rows, not linted. */
  maxChars: number;
}

/** One record for a worker: its text, or a file for the worker to read. `seq` is its place in the input. */
export type Job =
  | { seq: number; text: string; format: Format; documentType?: DocumentType; childNames?: string[] }
  | { seq: number; path: string };

/** A worker's answer: the Report as JSON (without id and metadata), or why there is none. */
export type JobResult = { seq: number; report: string; cached: boolean } | { seq: number; error: string };
