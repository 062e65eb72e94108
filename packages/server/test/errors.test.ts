import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp, type Linter } from '../src/index.js';
import { LintFailure, type LintPool } from '../src/pool.js';
import { appSetup, checkRequest, type AppSetup } from './setup.js';

let setup: AppSetup;
let pool: LintPool;
let app: Hono;

beforeAll(async () => {
  setup = await appSetup();
  pool = setup.pool;
  app = setup.app();
});
afterAll(async () => {
  await setup.close();
});

const MiB = 1024 * 1024;

/** Posts and returns the status and the JSON error, checking the error's shape on the way. */
async function post(body: BodyInit | unknown, headers?: Record<string, string>, target: Hono = app) {
  const init = checkRequest(body, headers);
  if (headers && 'content-type' in headers && headers['content-type'] === '') delete (init.headers as Record<string, string>)['content-type'];
  const response = await target.request('/v1/check', init);
  const json = await response.json();
  if (response.status !== 200) {
    expect(Object.keys(json)).toEqual(['error']);
    expect(typeof json.error.message).toBe('string');
    expect(json.error.message.length).toBeGreaterThan(10);
  }
  return { status: response.status, error: json.error as { code: string; message: string; field?: string }, headers: response.headers };
}

describe('bad bodies get a 400 that names the problem', () => {
  const cases: Array<[string, BodyInit | unknown, string, RegExp, string?]> = [
    ['malformed JSON', '{"text": "She was noncompliant', 'malformed-json', /not valid JSON \(it ends too early, at line 1, column 31\)/],
    ['JSON with a stray comma', '{"text": "a",}', 'malformed-json', /not valid JSON \(at line 1, column 14\)/],
    ['an empty body', '', 'malformed-json', /body is empty/],
    ['a list instead of an object', '[1, 2]', 'invalid-request', /must be a JSON object .* not a list/],
    ['a bare string', '"Visited Sam"', 'invalid-request', /must be a JSON object .* not a string/],
    ['null', 'null', 'invalid-request', /not null/],
    ['no text', { format: 'text' }, 'invalid-request', /record is missing/, 'text'],
    ['text: null', { text: null }, 'invalid-request', /record is missing/, 'text'],
    ['text as a number', { text: 42 }, 'invalid-request', /"text" must be a string .* not a number/, 'text'],
    ['text as a list', { text: ['Visited Sam'] }, 'invalid-request', /"text" must be a string .* not a list/, 'text'],
    ['empty text', { text: '' }, 'invalid-request', /"text" is empty/, 'text'],
    ['text of white space only', { text: ' \n\t ' }, 'invalid-request', /"text" is empty/, 'text'],
    ['an unknown format', { text: 'Visited Sam.', format: 'pdf' }, 'invalid-request', /"format" must be one of: text, markdown, html/, 'format'],
    ['format as a number', { text: 'Visited Sam.', format: 1 }, 'invalid-request', /"format" must be one of: .* \(not a number\)/, 'format'],
    ['an unknown document type', { text: 'Visited Sam.', documentType: 'note' }, 'invalid-request', /"documentType" must be one of: visit, plan/, 'documentType'],
    ['a bad preset', { text: 'Visited Sam.', preset: 'lenient' }, 'invalid-request', /"preset" must be one of: recommended, family-facing, audit, strict/, 'preset'],
    ['children as a string', { text: 'Visited Sam.', children: 'Sam' }, 'invalid-request', /"children" must be a list of non-empty strings/, 'children'],
    ['children with a number', { text: 'Visited Sam.', children: ['Sam', 7] }, 'invalid-request', /"children" must be a list/, 'children'],
    ['ignore as an object', { text: 'Visited Sam.', ignore: { a: 1 } }, 'invalid-request', /"ignore" must be a list/, 'ignore'],
    ['id as a number', { text: 'Visited Sam.', id: 7 }, 'invalid-request', /"id" must be a string/, 'id'],
    ['an unknown field', { text: 'Visited Sam.', txet: 'x' }, 'invalid-request', /"txet" is not a field of a check request; fields are: text, format/, 'txet'],
    ['a __proto__ field', '{"text": "Visited Sam.", "__proto__": {"polluted": true}}', 'invalid-request', /"__proto__" is not a field/, '__proto__'],
  ];
  for (const [name, body, code, message, field] of cases) {
    it(name, async () => {
      const { status, error } = await post(body);
      expect(status).toBe(400);
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
      if (field) expect(error.field).toBe(field);
    });
  }

  it('deeply nested JSON is a 400, not a crash', async () => {
    const { status } = await post(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    expect(status).toBe(400);
  });

  it('invalid UTF-8', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"text": "Visited Sam '), 0xff, 0xfe, ...new TextEncoder().encode('."}')]);
    const { status, error } = await post(bytes);
    expect(status).toBe(400);
    expect(error).toEqual({ code: 'invalid-utf8', message: 'The body is not valid UTF-8 (first bad byte at 22); send the JSON encoded as UTF-8.' });
  });

  it('UTF-8 cut off in the middle of a character', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"text": "caf'), 0xc3]);
    const { status, error } = await post(bytes);
    expect(status).toBe(400);
    expect(error.code).toBe('invalid-utf8');
  });

  it('never repeats the record in a message', async () => {
    for (const body of ['{"text": "Zebedee Quuxley was noncompliant', '{"format": "Zebedee Quuxley"}', '{"text": "x", "documentType": "Zebedee Quuxley"}']) {
      const { error } = await post(body);
      expect(error.message).not.toMatch(/Zebedee|Quuxley|noncompliant/);
    }
  });
});

describe('content type: 415', () => {
  for (const [name, type] of [
    ['no content type', ''],
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['JSON in Latin-1', 'application/json; charset=iso-8859-1'],
  ] as const) {
    it(name, async () => {
      const { status, error } = await post({ text: 'Visited Sam.' }, { 'content-type': type });
      expect(status).toBe(415);
      expect(error.code).toBe('unsupported-media-type');
      expect(error.message).toMatch(/Content-Type: application\/json/);
    });
  }

  it('accepts application/json with charset=utf-8 in any case', async () => {
    expect((await post({ text: 'Visited Sam.' }, { 'content-type': 'Application/JSON; Charset="UTF-8"' })).status).toBe(200);
  });
});

describe('body size: 413', () => {
  it('a 5 MB body', async () => {
    const { status, error } = await post({ text: 'Visited Sam at home. '.repeat((5 * MiB) / 21) });
    expect(status).toBe(413);
    expect(error.code).toBe('payload-too-large');
    expect(error.message).toMatch(/larger than this service accepts \(1048576 bytes\)/);
  });

  it('a declared length over the limit is refused before the body is read', async () => {
    const { status } = await post({ text: 'short' }, { 'content-length': String(2 * MiB) });
    expect(status).toBe(413);
  });

  it('a body just under the limit is read; the limit can be set', async () => {
    const small = setup.app({ maxBytes: 100 });
    expect((await post({ text: 'Visited Sam at home.' }, undefined, small)).status).toBe(200);
    expect((await post({ text: 'Visited Sam at home. '.repeat(5) }, undefined, small)).status).toBe(413);
  });
});

describe('time: 408 for a body that stalls, 503 for a record that takes too long', () => {
  it('a body that never ends', async () => {
    const quick = setup.app({ timeoutMs: 200 });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"text": "Visited'));
      },
    });
    const response = await quick.request('/v1/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(408);
    expect(await response.json()).toEqual({ error: { code: 'request-timeout', message: 'The body did not arrive within 200 ms; send it again.' } });
  });

  it('a record that takes longer than the timeout ends its worker, and the next record is checked', async () => {
    const quick = setup.app({ timeoutMs: 150 });
    const long = 'Visited Sam at home. Contact with Dad went well and the LAC review is next week. '.repeat(4000);
    const started = Date.now();
    const { status, error, headers } = await post({ text: long }, undefined, quick);
    expect(status).toBe(503);
    expect(error.code).toBe('timeout');
    expect(headers.get('retry-after')).toBe('1');
    expect(Date.now() - started).toBeLessThan(5000);
    await pool.ready();
    await expect.poll(() => pool.stats().ready, { timeout: 10_000 }).toBe(1);
    expect((await post({ text: 'Visited Sam at home.' })).status).toBe(200);
  });
});

describe('failures of the linter', () => {
  const failing = (failure: unknown): Linter => ({
    lint: () => Promise.reject(failure),
    stats: () => ({ workers: 1, ready: 1, busy: 0, queued: 0 }),
  });

  it("core's ConfigError is a 400 with its message", async () => {
    const broken = createApp({ assets: setup.assets.url, log: false, linter: failing(new LintFailure('config', '"rules.contact" must be one of: error, warning, info, off')) });
    const { status, error } = await post({ text: 'Visited Sam.' }, undefined, broken);
    expect(status).toBe(400);
    expect(error).toEqual({ code: 'invalid-settings', message: '"rules.contact" must be one of: error, warning, info, off' });
  });

  it('a busy service is a 503 with Retry-After', async () => {
    const busy = createApp({ assets: setup.assets.url, log: false, linter: failing(new LintFailure('busy', 'The service has 256 records waiting; try again shortly.')) });
    const { status, error, headers } = await post({ text: 'Visited Sam.' }, undefined, busy);
    expect(status).toBe(503);
    expect(error.code).toBe('busy');
    expect(headers.get('retry-after')).toBe('1');
  });

  it('a bug is a 500 whose message does not repeat the error (it could quote the record)', async () => {
    const buggy = createApp({ assets: setup.assets.url, log: false, linter: failing(new TypeError('cannot read "Zebedee Quuxley was"')) });
    const { status, error } = await post({ text: 'Zebedee Quuxley was here.' }, undefined, buggy);
    expect(status).toBe(500);
    expect(error.code).toBe('internal');
    expect(error.message).toBe("internal error (TypeError); the record's text is not shown. Please report it.");
  });
});

describe('options are checked when the app is made', () => {
  it.each([
    [{ maxBytes: 0 }, /maxBytes must be a whole number above 0/],
    [{ timeoutMs: -5 }, /timeoutMs must be a whole number above 0/],
    [{ preset: 'lenient' }, /preset must be one of/],
    [{ cors: ['https://records.example.org/'] }, /"https:\/\/records.example.org\/" is not an origin/],
    [{ token: 'short' }, /token must be at least 16 characters/],
    [{ policy: { fail: 'error' } }, /"fail" must be a list of strings/],
    [{ config: { rules: { contact: 'loud' } } }, /"rules.contact" must be one of/],
  ])('%o', (options, message) => {
    expect(() => createApp({ ...(options as object), linter: pool, log: false })).toThrow(message);
  });
});
