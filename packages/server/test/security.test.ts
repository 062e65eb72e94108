import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSetup, checkRequest, type AppSetup } from './setup.js';

const TOKEN = 'a-long-enough-secret-token';
let setup: AppSetup;

beforeAll(async () => {
  setup = await appSetup();
});
afterAll(async () => {
  await setup.close();
});

describe('bearer token', () => {
  const app = () => setup.app({ token: TOKEN });

  it('401 without it, with a wrong one, or with another scheme; 200 with it', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-of-some-length', `Basic ${btoa(`user:${TOKEN}`)}`, `Bearer ${TOKEN}x`, 'Bearer']) {
      const response = await app().request('/v1/check', checkRequest({ text: 'Visited Sam.' }, authorization ? { authorization } : {}));
      expect(response.status, authorization).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="carelint"');
      expect(await response.json()).toEqual({ error: { code: 'unauthorized', message: 'This service needs a token: send "Authorization: Bearer <token>".' } });
    }
    const ok = await app().request('/v1/check', checkRequest({ text: 'Visited Sam.' }, { authorization: `Bearer ${TOKEN}` }));
    expect(ok.status).toBe(200);
  });

  it('is checked before the body is read', async () => {
    const response = await app().request('/v1/check', checkRequest('{"text": ', {}));
    expect(response.status).toBe(401);
  });

  it('is not needed for /healthz, the page and the document, which hold no records', async () => {
    for (const path of ['/healthz', '/', '/openapi.json', '/carelint.browser.js']) expect((await app().request(path)).status, path).toBe(200);
  });
});

describe('CORS allow list', () => {
  const allowed = 'https://records.example.org';
  const app = () => setup.app({ cors: [allowed] });

  it('answers a preflight from an allowed origin with the headers, exactly that origin', async () => {
    const response = await app().request('/v1/check', { method: 'OPTIONS', headers: { origin: allowed, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(response.headers.get('access-control-allow-methods')).toBe('POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('Content-Type, Authorization');
    expect(response.headers.get('vary')).toBe('Origin');
  });

  it('adds the header to the answer for an allowed origin', async () => {
    const response = await app().request('/v1/check', checkRequest({ text: 'Visited Sam.' }, { origin: allowed }));
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
  });

  it('refuses other origins, near misses included, with 403', async () => {
    for (const origin of ['https://evil.example', 'http://records.example.org', 'https://records.example.org.evil.example', 'null']) {
      const preflight = await app().request('/v1/check', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
      expect(preflight.status, origin).toBe(403);
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      const post = await app().request('/v1/check', checkRequest({ text: 'Visited Sam.' }, { origin }));
      expect(post.status, origin).toBe(403);
      expect((await post.json()).error.code).toBe('forbidden-origin');
    }
  });

  it('lets the page on the service\'s own origin through without CORS headers', async () => {
    const response = await app().request('http://127.0.0.1:8080/v1/check', checkRequest({ text: 'Visited Sam.' }, { origin: 'http://127.0.0.1:8080', host: '127.0.0.1:8080' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the access log', () => {
  // Words that appear only in the records posted below: none may reach the log.
  const secret = ['Zebedee', 'Quuxley', 'Marrowfield', 'noncompliant', 'Thistlewood'];
  const record = `Visited Zebedee Quuxley at 14 Marrowfield Road. Zebedee was noncompliant and his sister Thistlewood said "leave me alone".`;

  it('holds method, path, status and time for each request, and never any record text', async () => {
    const lines: string[] = [];
    const app = setup.app({ log: (line) => lines.push(line), token: TOKEN, timeoutMs: 1000 });
    const auth = { authorization: `Bearer ${TOKEN}` };
    const requests: Array<[string, RequestInit]> = [
      ['/v1/check', checkRequest({ text: record, documentType: 'visit', children: ['Zebedee'] }, auth)],
      ['/v1/check', checkRequest(`{"text": "${record}`, auth)],
      ['/v1/check', checkRequest({ text: record, format: 'Quuxley' }, auth)],
      ['/v1/check', checkRequest({ Marrowfield: record }, auth)],
      ['/v1/check', checkRequest({ text: record })],
      ['/v1/check', checkRequest({ text: record }, { ...auth, 'content-type': 'text/plain' })],
      ['/v1/check', checkRequest({ text: `${record} `.repeat(20000) }, auth)],
      [`/v1/check?note=${encodeURIComponent(record)}`, checkRequest({ text: record }, auth)],
      [`/${encodeURIComponent(record)}`, {}],
      ['/healthz', {}],
    ];
    const statuses: number[] = [];
    for (const [path, init] of requests) statuses.push((await app.request(path, init)).status);
    expect(statuses).toEqual([200, 400, 400, 400, 401, 415, 413, 200, 404, 200]);
    expect(lines).toHaveLength(requests.length);
    for (const line of lines) {
      expect(line).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z (GET|POST) (\/v1\/check|\/healthz|\(other\)) \d{3} \d+\.\dms$/);
      for (const word of secret) expect(line).not.toContain(word);
    }
    expect(lines[0]).toMatch(/ POST \/v1\/check 200 /);
    expect(lines[8]).toMatch(/ GET \(other\) 404 /);
  });
});
