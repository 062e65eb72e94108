// Load run for the pre-submission service (issue 7): 50 clients for 30 s posting 500-word records to
// POST /v1/check on 127.0.0.1, then req/s, latency, errors and the server's memory before and after.
//
//   pnpm --filter @carelint/server build && node bench/server-load.mjs [--connections 50] [--duration 30] [--words 500]
//
// The server runs in a child process of its own (so its memory is measured alone) on a random loopback
// port; autocannon drives it from this process. Traffic stays on this machine and stops by itself.
import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';

const root = new URL('../', import.meta.url);
const serverDist = new URL('packages/server/dist/index.js', root);
const require = createRequire(new URL('packages/server/package.json', root));
const autocannon = require('autocannon');

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '30' },
    words: { type: 'string', default: '500' },
    workers: { type: 'string' },
    // By default every request's sentences are made unique, so nothing is served from core's sentence cache.
    repeat: { type: 'boolean' },
    child: { type: 'boolean' },
  },
});

if (values.child) {
  // The server side: start, report the URL, answer memory questions, stop on request.
  const { startServer } = await import(serverDist.href);
  const server = await startServer({ port: 0, host: '127.0.0.1', log: false, ...(values.workers ? { workers: Number(values.workers) } : {}) });
  process.on('message', async (message) => {
    if (message === 'memory') process.send({ memory: { ...process.memoryUsage(), cpu: process.cpuUsage() } });
    if (message === 'stop') {
      await server.close();
      process.send({ stopped: true });
      process.disconnect();
    }
  });
  process.send({ url: server.url });
} else {
  await main();
}

/** 500-word records cut from the golden fixture records, each starting at a different paragraph. */
function records(words, count) {
  const dir = new URL('fixtures/records/', root);
  const paragraphs = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(new URL(name, dir), 'utf8').split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter(Boolean);
  const out = [];
  for (let start = 0; out.length < count; start += 7) {
    const parts = [];
    let n = 0;
    for (let i = start; n < words; i++) {
      let paragraph = paragraphs[i % paragraphs.length];
      const size = paragraph.split(/\s+/).length;
      // The last paragraph is cut to the word, so every record has exactly `words` words.
      if (n + size > words) paragraph = `${paragraph.split(/\s+/).slice(0, words - n).join(' ').replace(/[,;:]$/, '')}.`;
      parts.push(paragraph);
      n += Math.min(size, words - n);
    }
    out.push(parts.join('\n\n'));
  }
  return out;
}

function ask(child, message, key) {
  return new Promise((resolve) => {
    const listener = (answer) => {
      if (answer && key in answer) {
        child.off('message', listener);
        resolve(answer[key]);
      }
    };
    child.on('message', listener);
    if (message) child.send(message);
  });
}

function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function main() {
  const connections = Number(values.connections);
  const duration = Number(values.duration);
  const words = Number(values.words);
  const texts = records(words, 40);
  const body = (i, text) => JSON.stringify({ text, documentType: i % 2 === 0 ? 'visit' : 'other', id: `bench-${i}` });
  const bodies = texts.map((text, i) => body(i, text));
  const wordCounts = texts.map((text) => text.split(/\s+/).length);
  let sent = 0;
  // "(ref N)" before each full stop: a new sentence text for every request, as real records would be.
  const unique = (text) => text.replace(/([.!?])(\s)/g, (_, stop, space) => ` (ref ${++sent})${stop}${space}`);

  const child = fork(new URL(import.meta.url), ['--child', ...(values.workers ? ['--workers', values.workers] : [])], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const url = await ask(child, undefined, 'url');
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) throw new Error(`refusing to load anything but loopback: ${url}`);

  // One real answer first: it must be a report, not an error.
  const probe = await fetch(`${url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[0] });
  const probeJson = await probe.json();
  if (probe.status !== 200 || !probeJson.report) throw new Error(`the probe request failed: ${probe.status} ${JSON.stringify(probeJson.error)}`);
  const before = await ask(child, 'memory', 'memory');
  const loadBefore = loadavg()[0];

  let peak = before.rss;
  const timeline = [];
  const startedAt = Date.now();
  const sampler = setInterval(async () => {
    const rss = (await ask(child, 'memory', 'memory')).rss;
    peak = Math.max(peak, rss);
    const second = Math.round((Date.now() - startedAt) / 1000);
    if (second % 10 === 0 && !timeline.some((t) => t.second === second)) timeline.push({ second, rss });
  }, 1000);

  const result = await autocannon({
    url: `${url}/v1/check`,
    connections,
    duration,
    timeout: 20,
    requests: texts.map((text, i) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bodies[i],
      ...(values.repeat ? {} : { setupRequest: (request) => ({ ...request, body: body(i, unique(text)) }) }),
    })),
  });
  clearInterval(sampler);
  const after = await ask(child, 'memory', 'memory');
  await ask(child, 'stop', 'stopped');

  const errors = result.errors + result.timeouts + result.non2xx;
  // CPU time of the whole server process (main thread and lint workers): a figure the shared machine's load does not skew.
  const cpuMs = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000;
  const lines = [
    `carelint server load: ${connections} connections, ${duration} s, POST /v1/check with ${bodies.length} records of ${Math.min(...wordCounts)}–${Math.max(...wordCounts)} words (${(bodies.reduce((s, b) => s + b.length, 0) / bodies.length / 1024).toFixed(1)} KB JSON each), ${values.repeat ? 'repeated as they are' : 'every sentence unique per request'}`,
    `machine: ${cpus()[0]?.model ?? 'cpu'} × ${availableParallelism()}, Node ${process.version}; server and load generator share these cores; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`,
    `requests: ${result.requests.total} in ${result.duration.toFixed(1)} s; 2xx ${result['2xx']}, non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`,
    `req/s: mean ${result.requests.average.toFixed(1)}, min ${result.requests.min}, max ${result.requests.max}`,
    `latency: p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    `server RSS: before ${mb(before.rss)} (heap ${mb(before.heapUsed)}), peak ${mb(peak)}, after ${mb(after.rss)} (heap ${mb(after.heapUsed)})`,
    `server RSS every 10 s: ${timeline.map((t) => `${t.second}s ${mb(t.rss).replace(' MB', '')}`).join(', ')} (MB)`,
    `server CPU: ${(cpuMs / 1000).toFixed(1)} s over the run, ${(cpuMs / Math.max(1, result.requests.total)).toFixed(1)} ms per request`,
    `errors in total: ${errors}`,
  ];
  console.log(lines.join('\n'));
  process.exitCode = errors === 0 ? 0 : 1;
}
