// Diagnostic latency after a one-word edit in a ~3,000-word record, measured two ways:
//   1. over the protocol: the bundled server (dist/server.js, built first) on stdio, timed from sending
//      didChange to receiving publishDiagnostics for that version (debounce included), and to the
//      whole-document lint that follows (carelint/didChangeMetrics for that version);
//   2. in process: the work alone, a paragraph update vs a whole-document lint of the same edit.
// Run from the repo root: node_modules/.bin/tsx --conditions=source packages/language-server/scripts/latency.ts [edits]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint } from '@carelint/core';
import { loadFixtures } from '../../../fixtures/load.js';
import { lintChangedParagraphs, ParagraphCache } from '../src/incremental.js';
import { TestClient } from '../test/support/client.js';
import { bundleServer } from './build.mjs';

const EDITS = Number(process.argv[2] ?? 30);

/** The plain-text fixtures one after another until there are 3,000 words. */
function record(): string {
  let text = '';
  for (const fixture of loadFixtures().filter((f) => f.format === 'text')) {
    text += `${fixture.text.trim()}\n\n`;
    if (text.trim().split(/\s+/).length >= 3000) break;
  }
  return text;
}

/** One-word edits: a word somewhere in the record becomes "placement" (a finding appears), then goes back. */
function edits(text: string, count: number): Array<{ before: string; start: number; end: number; insert: string; text: string }> {
  const words = [...text.matchAll(/\b[a-z]{5,9}\b/g)];
  const out = [];
  for (let i = 0, n = 0; i < count; n++) {
    const word = words[(n * 7919) % words.length]!;
    const start = word.index;
    const replaced = text.slice(0, start) + 'placement' + text.slice(start + word[0].length);
    // Only edits that change the findings, so every edit is answered with a publish.
    if (!lint(replaced, { format: 'text' }).messages.some((f) => f.ruleId === 'placement' && f.place.start.offset === start)) continue;
    i += 2;
    out.push({ before: text, start, end: start + word[0].length, insert: 'placement', text: replaced });
    out.push({ before: replaced, start, end: start + 'placement'.length, insert: word[0], text });
  }
  return out.slice(0, count);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const summary = (label: string, values: number[]) =>
  `${label.padEnd(58)} p50 ${percentile(values, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(values, 95).toFixed(1).padStart(6)} ms   (n=${values.length})`;

const text = record();
const plan = edits(text, EDITS);
console.log(`record: ${text.trim().split(/\s+/).length} words, ${text.length} UTF-16 code units, ${text.split(/\n\s*\n/).length} paragraphs; ${EDITS} one-word edits`);

// 1. Over the protocol.
const dir = mkdtempSync(join(tmpdir(), 'carelint-latency-'));
const server = await bundleServer(dir);
const client = new TestClient(server);
await client.initialize(dir, { initializationOptions: { metricsNotifications: true } });
const uri = pathToFileURL(join(dir, 'long.txt')).href;
await client.open(uri, 'plaintext', text);
await client.diagnostics(uri);
await new Promise((resolve) => setTimeout(resolve, 1000));
const first: number[] = [];
const exact: number[] = [];
for (const [i, edit] of plan.entries()) {
  const version = i + 2;
  const sent = performance.now();
  await client.change(uri, version, edit.before, edit.start, edit.end, edit.insert);
  const published = await client.until(() => client.published.get(uri)!.find((p) => p.version === version));
  first.push(published.at - sent);
  await client.until(() => client.notifications.find((n) => n.method === 'carelint/didChangeMetrics' && (n.params as { version: number }).version === version));
  exact.push(performance.now() - sent);
  await new Promise((resolve) => setTimeout(resolve, 200));
}
await client.close();
console.log(summary('didChange -> first publishDiagnostics (paragraph update)', first));
console.log(summary('didChange -> whole-document lint done (exact metrics)', exact));

// 2. In process: the same edits, the work alone.
const options = { format: 'text' as const };
for (let i = 0; i < 5; i++) lint(`${text} warm ${i}`, options);
const paragraphMs: number[] = [];
const wholeMs: number[] = [];
const cache = new ParagraphCache();
let base = { text, findings: lint(text, options).messages };
for (const edit of plan) {
  let t = performance.now();
  lintChangedParagraphs(edit.text, base, options, 'bench', cache);
  paragraphMs.push(performance.now() - t);
  t = performance.now();
  const report = lint(edit.text, options);
  wholeMs.push(performance.now() - t);
  base = { text: edit.text, findings: report.messages };
}
console.log(summary('in process: paragraph update (edited paragraph re-linted)', paragraphMs));
console.log(summary('in process: whole-document lint', wholeMs));
