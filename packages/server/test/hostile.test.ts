/** Issue 15: the service on hostile input: Host headers without a token, findings per response, nested and binary records. */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, startServer, type ServerHandle } from '../src/index.js';
import type { LintPool } from '../src/pool.js';
import { buildTestAssets, checkRequest, type TestAssets } from './setup.js';

let assets: TestAssets;
let server: ServerHandle;
let pool: LintPool;

beforeAll(async () => {
  assets = await buildTestAssets();
  server = await startServer({ port: 0, assets: assets.url, workers: 1, log: false, timeoutMs: 10_000, hosts: ['records.example.org'] });
  pool = assets.pool(1);
  await pool.ready();
}, 120_000);
afterAll(async () => {
  await server?.close();
  await pool?.close();
  assets.remove();
});

/** A POST with the Host header set by hand (fetch does not let a page or a test choose it). */
function post(host: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}/v1/check`, { method: 'POST', headers: { host, 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the service without a token', () => {
  const body = JSON.stringify({ text: 'Contact with Dad went well.' });

  it('refuses a Host that is not its address or a configured name (DNS rebinding)', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, 'records.example.org.evil.example']) {
      const answer = await post(host, body);
      expect(answer.status, host).toBe(403);
      expect(JSON.parse(answer.body).error.code).toBe('forbidden-host');
    }
  });

  it('answers its own address, localhost and a name given with --allow-host', async () => {
    for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`, 'records.example.org', `records.example.org:${server.port}`]) {
      expect((await post(host, body)).status, host).toBe(200);
    }
  });
});

describe('bounded answers', () => {
  it('returns at most maxFindings findings and says how many there were', async () => {
    const app = createApp({ assets: assets.url, linter: pool, log: false, maxFindings: 5 });
    const text = 'Contact with Dad went well. The LAC review is next week. '.repeat(20);
    const response = await app.request('/v1/check', checkRequest({ text }));
    expect(response.status).toBe(200);
    const json = (await response.json()) as { report: { messages: unknown[] }; truncated?: { findings: number; returned: number; message: string } };
    expect(json.report.messages).toHaveLength(5);
    expect(json.truncated?.returned).toBe(5);
    expect(json.truncated!.findings).toBeGreaterThan(5);
  });

  it('answers nested markup with a report, and binary text with a named refusal, never a 500', async () => {
    const app = createApp({ assets: assets.url, linter: pool, log: false });
    for (const [text, format] of [['<b>'.repeat(1837), 'html'], ['<ul><li>'.repeat(919), 'html'], ['1. '.repeat(2468), 'markdown'], ['> '.repeat(4924), 'markdown']] as const) {
      const response = await app.request('/v1/check', checkRequest({ text, format }));
      expect(response.status, `${text.slice(0, 8)} as ${format}`).toBe(200);
    }
    const binary = await app.request('/v1/check', checkRequest({ text: '\u0000\u0001\u0002\ufffd'.repeat(50) }));
    expect(binary.status).toBe(400);
    expect(((await binary.json()) as { error: { code: string } }).error.code).toBe('not-text');
  });
});
