/**
 * A lint worker thread: loads core from the browser build (one copy of core for the page and the service),
 * lints one record per message, and answers with the Report. The pool ends a worker that runs past its
 * deadline, so a slow record cannot hold the service.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type * as Core from '@carelint/core';

export interface LintRequest {
  id: number;
  text: string;
  options: Core.LintOptions;
}

export type LintAnswer =
  | { id: number; report: Core.Report }
  /** `message` only for ConfigError and core's refusals (sizes, not text); other messages might quote the record. */
  | { id: number; error: { name: string; message?: string } };

const port = parentPort;
if (!port) throw new Error('lint-worker.js runs as a worker thread of @carelint/server');
const core = (await import((workerData as { bundle: string }).bundle)) as typeof Core;
// Builds the default processor and warms the tagger before the first real record arrives.
core.lint('Visited Sam at home. Sam said "I like my new school" and showed me his drawings.', { documentType: 'visit' });

port.on('message', (request: LintRequest) => {
  let answer: LintAnswer;
  try {
    answer = { id: request.id, report: core.lint(request.text, request.options) };
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    // These messages name settings or sizes, never the record's text.
    const speaks = name === 'ConfigError' || name === 'InputTooLargeError' || name === 'BinaryInputError';
    answer = { id: request.id, error: speaks ? { name, message: (error as Error).message } : { name } };
  }
  port.postMessage(answer);
});
port.postMessage({ ready: true });
