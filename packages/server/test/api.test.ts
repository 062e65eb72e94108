import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupFindings, loadFixtures } from '../../../fixtures/load.js';
import { lint, type LintOptions, type Report } from '@carelint/core';
import type { Hono } from 'hono';
import { createApp } from '../src/index.js';
import type { LintPool } from '../src/pool.js';
import { buildTestAssets, checkRequest, type TestAssets } from './setup.js';

const fixtures = loadFixtures();
let assets: TestAssets;
let pool: LintPool;
let app: Hono;

beforeAll(async () => {
  assets = await buildTestAssets();
  pool = assets.pool(2);
  app = createApp({ assets: assets.url, linter: pool, log: false });
  await pool.ready();
});
afterAll(async () => {
  await pool.close();
  assets.remove();
});

async function check(body: unknown): Promise<{ status: number; json: { report: Report; verdict: string; reasons: string[] } }> {
  const response = await app.request('/v1/check', checkRequest(body));
  return { status: response.status, json: await response.json() };
}

describe('POST /v1/check', () => {
  it('answers a record with the report, the verdict and the reasons', async () => {
    const response = await app.request('/v1/check', checkRequest({ text: 'Contact with Dad went well. The LAC review is next week.' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(['reasons', 'report', 'verdict']);
    expect(body.report.messages.map((m: { ruleId: string; actual: string }) => `${m.ruleId} ${m.actual}`)).toEqual(
      expect.arrayContaining(['contact-family Contact', 'lac-review LAC review']),
    );
    expect(body.verdict).toBe('warn');
    expect(body.report.metrics.verdict).toBe('warn');
    const jargon = body.report.messages.filter((m: { data: { category: string } }) => m.data.category === 'jargon').length;
    expect(body.reasons).toContain(`${jargon} findings match "jargon", which the policy warns on.`);
  });

  it('finds what core finds in every golden record, with the same places', async () => {
    expect(fixtures.length).toBeGreaterThan(25);
    for (const fixture of fixtures) {
      const expected = fixture.expected.options ?? {};
      const body = {
        text: fixture.text,
        format: fixture.format,
        ...(expected.documentType ? { documentType: expected.documentType } : {}),
        ...(expected.childNames ? { children: expected.childNames } : {}),
        ...(expected.preset ? { preset: expected.preset } : {}),
      };
      const { status, json } = await check(body);
      expect(status, fixture.name).toBe(200);
      const direct = lint(fixture.text, { format: fixture.format, ...(expected as LintOptions) });
      expect(json.report.messages, fixture.name).toEqual(direct.messages);
      const { verdict: _served, ...servedMetrics } = json.report.metrics;
      const { verdict: _direct, ...directMetrics } = direct.metrics;
      expect(servedMetrics, fixture.name).toEqual(directMetrics);
      const jargon = fixture.expected.findings?.['care-jargon'];
      if (jargon) expect(groupFindings(json.report.messages)['care-jargon'] ?? [], fixture.name).toEqual(jargon);
    }
  });

  it('passes the format, the kind of record, the children, the preset, the id and ignored fingerprints to core', async () => {
    const text = '# Visit\n\nThe **LAC review** is on Monday. Contact with Mum went well for Amira.';
    const { json } = await check({ text, format: 'markdown', documentType: 'visit', children: ['Amira'], preset: 'family-facing', id: 'rec-42' });
    expect(json.report).toMatchObject({ path: 'rec-42', format: 'markdown', documentType: 'visit' });
    const direct = lint(text, { format: 'markdown', documentType: 'visit', childNames: ['Amira'], preset: 'family-facing' });
    expect(json.report.messages).toEqual(direct.messages);
    expect(json.report.messages.some((m) => m.severity === 'error')).toBe(true);
    expect(json.verdict).toBe('fail');

    const ignored = json.report.messages[0]!;
    const again = await check({ text, format: 'markdown', preset: 'family-facing', ignore: [ignored.fingerprint] });
    expect(again.json.report.messages.map((m) => m.fingerprint)).not.toContain(ignored.fingerprint);
  });

  it('passes a record written well', async () => {
    const { json } = await check({ text: 'I visited Sam at home. Sam showed me his new bike and said "I love riding it to school".' });
    expect(json.verdict).toBe('pass');
    expect(json.reasons).toEqual([]);
  });

  it('fails a visit record with no child\'s voice, and only warns about the same words in a record of another kind', async () => {
    const text = 'Home visit. I spoke with Mum about the school run and the new bedroom. The house was clean and warm. Mum said the family is doing well.';
    const visit = await check({ text, documentType: 'visit', children: ['Leo'] });
    expect(visit.json.report.metrics.childVoice?.status).toBe('absent');
    expect(visit.json.report.messages.map((m) => m.ruleId)).toContain('missing-child-voice');
    expect(visit.json.verdict).toBe('fail');
    expect(visit.json.reasons).toEqual(["The child's voice is missing, and the policy fails a visit record without it."]);
    const assessment = await check({ text, documentType: 'assessment', children: ['Leo'] });
    expect(assessment.json.report.metrics.childVoice?.status).toBe('absent');
    expect(assessment.json.verdict).toBe('warn');
    const heard = await check({ text: `${text} Leo told me "I like my new room, it is blue".`, documentType: 'visit', children: ['Leo'] });
    expect(heard.json.report.metrics.childVoice?.status).toBe('present');
    expect(heard.json.verdict).not.toBe('fail');
  });
});

describe('GET endpoints', () => {
  it('/healthz says ready with the workers counted', async () => {
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', version: expect.any(String), workers: { workers: 2, ready: 2, busy: 0, queued: 0 } });
  });

  it('/openapi.json is an OpenAPI 3.1 document naming every endpoint', async () => {
    const response = await app.request('/openapi.json');
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(['/', '/carelint.browser.js', '/carelint.page.js', '/healthz', '/openapi.json', '/v1/check', '/v2/check', '/v2/languages']);
  });

  it('/ is a self-contained page with a strict content security policy', async () => {
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('<textarea id="record"');
  });

  it('serves the browser build and the page script as JavaScript', async () => {
    for (const name of ['carelint.browser.js', 'carelint.page.js']) {
      const response = await app.request(`/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect((await response.text()).length).toBeGreaterThan(100);
    }
  });

  it('answers an unknown path with a JSON 404 and a wrong method with 405', async () => {
    const missing = await app.request('/v3/check');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not-found' } });
    const wrong = await app.request('/v1/check');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST, OPTIONS');
    expect(await wrong.json()).toMatchObject({ error: { code: 'method-not-allowed', message: 'Use POST to check a record.' } });
  });
});
