import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { openapiDocument } from '../src/index.js';
import type { LintPool } from '../src/pool.js';
import { appSetup, checkRequest, type AppSetup } from './setup.js';
import { loadFixtures } from '../../../fixtures/load.js';

const TOKEN = 'test-token-0123456789abcdef';
let setup: AppSetup;
let pool: LintPool;
let app: Hono;
let doc: typeof openapiDocument;
const ajv = new Ajv2020({ strict: false, allErrors: true });

beforeAll(async () => {
  setup = await appSetup();
  pool = setup.pool;
  app = setup.app({ token: TOKEN, cors: ['https://records.example.org'] });
  // The document as served, not the module: what a client downloads is what must be true.
  doc = await (await app.request('/openapi.json')).json();
  ajv.addSchema(doc as object, 'openapi.json');
});
afterAll(async () => {
  await setup.close();
});

const auth = { authorization: `Bearer ${TOKEN}` };

/** Checks a real response against the schema the document gives for that path, method and status. */
async function conforms(path: string, method: string, response: Response): Promise<unknown> {
  const operation = (doc.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>)[path]?.[method];
  expect(operation, `${method} ${path} is documented`).toBeDefined();
  const documented = operation!.responses[String(response.status)];
  expect(documented, `${method} ${path} ${response.status} is documented`).toBeDefined();
  if (!documented!.content) return undefined;
  const type = response.headers.get('content-type')?.split(';')[0] ?? '';
  expect(Object.keys(documented!.content), `${method} ${path} ${response.status} content type`).toContain(type);
  if (type !== 'application/json') return undefined;
  const body = await response.json();
  const pointer = `/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/responses/${response.status}/content/application~1json/schema`;
  const validate = ajv.getSchema(`openapi.json#${pointer}`)!;
  expect(validate, pointer).toBeDefined();
  const ok = validate(body);
  expect(ok ? [] : validate.errors, `${method} ${path} ${response.status}`).toEqual([]);
  return body;
}

describe('the OpenAPI document is true', () => {
  it('is OpenAPI 3.1 and every $ref in it resolves', () => {
    expect(doc.openapi).toBe('3.1.0');
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const pointer = ref.slice(8, -1);
      expect(ajv.getSchema(`openapi.json${pointer}`), pointer).toBeDefined();
    }
  });

  it('200: every golden record\'s answer matches CheckResponse', async () => {
    for (const fixture of loadFixtures().slice(0, 12)) {
      const response = await app.request('/v1/check', checkRequest({ text: fixture.text, format: fixture.format }, auth));
      expect(response.status).toBe(200);
      await conforms('/v1/check', 'post', response);
    }
    const planned = await app.request('/v1/check', checkRequest({ text: 'Visited Sam.', documentType: 'visit', children: ['Sam'], preset: 'strict', id: 'r1', ignore: [] }, auth));
    expect(await conforms('/v1/check', 'post', planned)).toMatchObject({ report: { path: 'r1', documentType: 'visit' } });
  });

  it('400, 401, 403, 408, 413, 415 and 503 match Error', async () => {
    const statuses: number[] = [];
    const send = async (init: RequestInit, target: Hono = app) => {
      const response = await target.request('/v1/check', init);
      statuses.push(response.status);
      await conforms('/v1/check', 'post', response);
    };
    await send(checkRequest('{"text": ', auth));
    await send(checkRequest({ text: 7 }, auth));
    await send(checkRequest({ text: 'Visited Sam.' }));
    await send(checkRequest({ text: 'Visited Sam.' }, { ...auth, origin: 'https://elsewhere.example' }));
    const stalled = new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{')) });
    const quick = setup.app({ timeoutMs: 100 });
    await send({ method: 'POST', headers: { 'content-type': 'application/json' }, body: stalled, duplex: 'half' } as RequestInit, quick);
    await send(checkRequest({ text: 'x'.repeat(5 * 1024 * 1024) }, auth));
    await send(checkRequest({ text: 'Visited Sam.' }, { ...auth, 'content-type': 'text/plain' }));
    await send(checkRequest({ text: 'Visited Sam at home. '.repeat(5000) }), setup.app({ timeoutMs: 50 }));
    expect(statuses).toEqual([400, 400, 401, 403, 408, 413, 415, 503]);
    await expect.poll(() => pool.stats().ready, { timeout: 10_000 }).toBe(1);
  });

  it('the preflight, /healthz, /openapi.json, / and the scripts match their entries', async () => {
    const preflight = await app.request('/v1/check', { method: 'OPTIONS', headers: { origin: 'https://records.example.org', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    await conforms('/v1/check', 'options', preflight);
    expect(await conforms('/healthz', 'get', await app.request('/healthz'))).toMatchObject({ status: 'ok' });
    await conforms('/openapi.json', 'get', await app.request('/openapi.json'));
    await conforms('/', 'get', await app.request('/'));
    await conforms('/carelint.browser.js', 'get', await app.request('/carelint.browser.js'));
    await conforms('/carelint.page.js', 'get', await app.request('/carelint.page.js'));
  });

  it('a schema that does not fit the answer fails the check (the test can fail)', () => {
    const validate = ajv.getSchema('openapi.json#/components/schemas/CheckResponse')!;
    expect(validate({ report: { format: 'text', messages: [], metrics: { words: 1 } }, verdict: 'pass', reasons: [] })).toBe(false);
    expect(validate({ report: { format: 'pdf', messages: [], metrics: { words: 1, sentences: 1, jargon: { count: 0, per1000: 0, terms: [] }, verdict: 'pass' } }, verdict: 'pass', reasons: [] })).toBe(false);
  });
});
