import { readTextFile } from '@carelint/core/node';
import { extname } from 'node:path';
import type { DocumentType, Format, LintOptions, Report } from '@carelint/core';
import { cacheKey, type ReportCache } from './cache.js';
import type { Job, JobResult, WorkerConfig } from './job.js';
import { addSnippets } from './snippets.js';

/** A record file's format by extension (`docx` is read to plain text first). */
function fileFormat(path: string): Format | 'docx' {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.docx') return 'docx';
  return 'text';
}

let linter: Promise<(text: string, options: LintOptions) => Report> | undefined;

/** core's `lint`, loaded on the first record the cache does not have: a re-run served from the cache never loads it. */
function loadLint(): Promise<(text: string, options: LintOptions) => Report> {
  linter ??= import('@carelint/core').then((core) => core.lint);
  return linter;
}

/** Why a file could not be read, in words, without any of its content. */
function readReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'the file no longer exists';
  if (code === 'EACCES' || code === 'EPERM') return 'the file cannot be read: permission denied';
  if (code === 'EISDIR') return 'this is a folder, not a file';
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return `the file cannot be read (${code})`;
  return 'the file cannot be read';
}

/** The text of a Word document (paragraphs as lines) via mammoth; loaded only when a .docx turns up. */
async function docxText(path: string): Promise<string> {
  const mammoth = (await import('mammoth')) as typeof import('mammoth') & { default?: typeof import('mammoth') };
  const result = await (mammoth.default ?? mammoth).extractRawText({ path });
  return result.value;
}

/** The text, format and type of a job, or an error result. */
async function source(job: Job, maxChars: number): Promise<{ text: string; format: Format; documentType?: DocumentType; childNames?: string[] } | { error: string }> {
  if ('text' in job) return job;
  const format = fileFormat(job.path);
  try {
    if (format === 'docx') return { text: await docxText(job.path), format: 'text' };
    // Read only up to the limit: a file of gigabytes is refused without being read whole.
    return { text: readTextFile(job.path, maxChars), format };
  } catch (error) {
    if (isRefusal(error)) return { error: refusalReason(error, maxChars) };
    // mammoth's errors can quote the document: only say which kind of failure it was.
    if (format === 'docx' && (error as NodeJS.ErrnoException).code === undefined) return { error: 'the Word document cannot be read (it may be damaged, or not a .docx file)' };
    return { error: readReason(error) };
  }
}

/**
 * Lints one record: from the cache when its text and options were seen before, else with core. Never throws:
 * whatever goes wrong becomes an error result that says why, never quoting the record.
 */
export async function runJob(job: Job, config: WorkerConfig, cache: ReportCache | undefined): Promise<JobResult> {
  const input = await source(job, config.maxChars);
  if ('error' in input) return { seq: job.seq, error: input.error };
  const { text, format, documentType, childNames } = input;
  if (text.trim() === '') return { seq: job.seq, error: 'the record is empty: there is no text to check' };
  if (text.length > config.maxChars) {
    return { seq: job.seq, error: `the record is too long to check (${text.length} characters; the limit is ${config.maxChars}, set with --max-chars)` };
  }
  const key = cache === undefined ? '' : cacheKey(config.salt, text, format, documentType, childNames);
  const hit = cache?.get(key);
  if (hit !== undefined) return { seq: job.seq, report: hit, cached: true };
  try {
    const lint = await loadLint();
    const report = lint(text, { ...config.lintOptions, format, ...(documentType ? { documentType } : {}), ...(childNames ? { childNames: [...(config.lintOptions.childNames ?? []), ...childNames] } : {}) });
    if (config.snippets) addSnippets(report, text);
    const json = JSON.stringify(report);
    cache?.put(key, json);
    return { seq: job.seq, report: json, cached: false };
  } catch (error) {
    // core refuses a record that is not text (or too long) with a message that never quotes it.
    if (isRefusal(error)) return { seq: job.seq, error: refusalReason(error, config.maxChars) };
    // The message of an unexpected error may quote the record: keep only its kind.
    const kind = error instanceof Error ? error.name : typeof error;
    return { seq: job.seq, error: `internal error (${kind}) while checking this record; the rest of the audit went on. Please report it (the record's text is not shown)` };
  }
}

/** core's named refusals: a record over the size limit, or not text at all. */
function isRefusal(error: unknown): error is Error & { length?: number; over?: boolean } {
  return error instanceof Error && (error.name === 'InputTooLargeError' || error.name === 'BinaryInputError');
}

/** A refusal in the audit's words: the size one names --max-chars, as the audit's own length check does. */
function refusalReason(error: Error & { length?: number; over?: boolean }, maxChars: number): string {
  if (error.name === 'InputTooLargeError') {
    const size = error.over ? `more than ${maxChars}` : String(error.length);
    return `the record is too long to check (${size} characters; the limit is ${maxChars}, set with --max-chars)`;
  }
  return error.message.replace(/^This record/, 'the record');
}
