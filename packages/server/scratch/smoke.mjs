import { startServer } from '../dist/index.js';
import { readFileSync } from 'node:fs';
const t = performance.now();
const h = await startServer({ port: 0 });
console.log('started', h.url, (performance.now() - t).toFixed(0), 'ms');
const text = readFileSync('/work/main/fixtures/records/12-heavy-jargon-visit.txt', 'utf8');
for (const body of [{ text, documentType: 'visit' }, { text: 'Visited Sam. Mum was fine.', documentType: 'visit' }]) {
  const r = await fetch(h.url + '/v1/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const j = await r.json();
  console.log(r.status, j.verdict, j.reasons, j.report.messages.length, Object.keys(j.report.metrics), r.headers.get('cache-control'));
}
let r = await fetch(h.url + '/v1/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": "She was noncompliant' });
console.log(r.status, await r.text());
r = await fetch(h.url + '/v1/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x'.repeat(5 * 1024 * 1024) }) });
console.log(r.status, await r.text());
r = await fetch(h.url + '/healthz'); console.log(r.status, await r.text());
r = await fetch(h.url + '/'); console.log(r.status, r.headers.get('content-security-policy'));
await h.close();
console.log('closed');
