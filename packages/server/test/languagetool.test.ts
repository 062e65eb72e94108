import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { parseAnnotation, toOriginal } from '../src/languagetool/annotated.js';
import { context, sentenceAround, type LanguageToolMatch, type LanguageToolResponse } from '../src/languagetool/matches.js';
import { appSetup, type AppSetup } from './setup.js';

let setup: AppSetup;
let app: Hono;
const TOKEN = 'a-token-of-sixteen-chars';

beforeAll(async () => {
  setup = await appSetup();
  app = setup.app();
});
afterAll(async () => {
  await setup.close();
});

function form(fields: Record<string, string>, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() };
}

async function check(fields: Record<string, string>, target = app): Promise<{ status: number; body: LanguageToolResponse }> {
  const response = await target.request('/v2/check', form(fields));
  return { status: response.status, body: await response.json() };
}

const RECORD = 'Visited J at home 😀. Contact with Dad went well.\nThe LAC review is next week. SW to continue to monitor.';

describe('POST /v2/check (LanguageTool API)', () => {
  it('answers in LanguageTool\'s shape with offsets in UTF-16 code units of the text as sent', async () => {
    const response = await app.request('/v2/check', form({ text: RECORD, language: 'en-GB' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(['language', 'matches', 'software', 'warnings']);
    expect(body.language.code).toBe('en-GB');
    expect(body.software.apiVersion).toBe(1);
    const byRule = new Map((body.matches as LanguageToolMatch[]).map((m) => [m.rule.id, m]));
    for (const [id, words] of [['contact-family', 'Contact'], ['lac-review', 'LAC review'], ['acr-sw', 'SW']] as const) {
      const match = byRule.get(id)!;
      expect(match, id).toBeDefined();
      expect(RECORD.slice(match.offset, match.offset + match.length)).toBe(words);
      expect(match.context.text.slice(match.context.offset, match.context.offset + match.context.length)).toBe(words);
      expect(match.replacements.length).toBeGreaterThan(0);
      expect(typeof match.replacements[0]!.value).toBe('string');
      expect(match.rule.category.id).toMatch(/^[A-Z_]+$/);
      expect(match.rule.issueType).toBe('terminology');
      expect(match.type.typeName).toBe('Other');
      expect(match.message.length).toBeGreaterThan(10);
      expect(match.shortMessage.length).toBeGreaterThan(0);
      expect(match.rule.description).toContain(':');
    }
    expect(byRule.get('lac-review')!.sentence).toBe('The LAC review is next week.');
    // The emoji is two UTF-16 code units, as in LanguageTool's Java offsets.
    expect(byRule.get('contact-family')!.offset).toBe(RECORD.indexOf('Contact'));
  });

  it('maps offsets of annotated data back to the document with its markup', async () => {
    const data = { annotation: [{ markup: '<p>' }, { text: 'The ' }, { markup: '<b>' }, { text: 'LAC' }, { markup: '</b>' }, { text: ' review is next week.' }, { markup: '</p>' }] };
    const original = data.annotation.map((part) => ('text' in part ? part.text : part.markup)).join('');
    const { status, body } = await check({ data: JSON.stringify(data), language: 'en-GB' });
    expect(status).toBe(200);
    const match = body.matches.find((m) => m.rule.id === 'lac-review')!;
    expect(original.slice(match.offset, match.offset + match.length)).toBe('LAC</b> review');
    expect(match.offset).toBe(original.indexOf('LAC'));
  });

  it('disabledRules, enabledRules with enabledOnly, and level=picky choose what is answered', async () => {
    const all = await check({ text: RECORD, language: 'en-GB' });
    const ids = all.body.matches.map((m) => m.rule.id);
    const off = await check({ text: RECORD, language: 'en-GB', disabledRules: 'contact-family,NOT_A_CARELINT_RULE' });
    expect(off.status).toBe(200);
    expect(off.body.matches.map((m) => m.rule.id)).toEqual(ids.filter((id) => id !== 'contact-family'));
    const only = await check({ text: RECORD, language: 'en-GB', enabledRules: 'acr-sw', enabledOnly: 'true' });
    expect(only.body.matches.map((m) => m.rule.id)).toEqual(['acr-sw']);
    const picky = await check({ text: `${RECORD} Mum was aggressive.`, language: 'en-GB', level: 'picky' });
    const plain = await check({ text: `${RECORD} Mum was aggressive.`, language: 'en-GB' });
    expect(picky.body.matches.length).toBeGreaterThan(plain.body.matches.length);
    expect(picky.body.matches.some((m) => m.type.typeName === 'Hint')).toBe(true);
    expect(plain.body.matches.every((m) => m.length > 0)).toBe(true);
  });

  it('refuses what LanguageTool refuses, naming the field and never the text', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ language: 'en-GB' }, 'text'],
      [{ text: 'Contact went well.' }, 'language'],
      [{ text: 'Contact went well.', language: 'de-DE' }, 'language'],
      [{ data: '{"annotation": [{"text": "secret words", "markup": "<b>"}]}', language: 'en' }, 'data'],
      [{ text: 'Contact went well.', language: 'en', level: 'loud' }, 'level'],
      [{ text: 'x', language: 'en', enabledOnly: 'true' }, 'enabledRules'],
    ];
    for (const [fields, field] of cases) {
      const response = await app.request('/v2/check', form(fields));
      expect(response.status, field).toBe(400);
      const body = await response.json();
      expect(body.error.field).toBe(field);
      expect(JSON.stringify(body)).not.toContain('secret words');
    }
    const json = await app.request('/v2/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' });
    expect(json.status).toBe(415);
    expect((await app.request('/v2/check')).status).toBe(405);
  });

  it('keeps /v1/check\'s limits, token and CORS', async () => {
    const small = setup.app({ maxBytes: 160, token: TOKEN, cors: ['https://records.example.org'] });
    const big = await small.request('/v2/check', form({ text: 'word '.repeat(60), language: 'en', apiKey: TOKEN }));
    expect(big.status).toBe(413);
    expect((await small.request('/v2/check', form({ text: 'Contact went well.', language: 'en' }))).status).toBe(401);
    expect((await small.request('/v2/check', form({ text: 'Contact went well.', language: 'en', apiKey: 'wrong-token-wrong-token' }))).status).toBe(401);
    const byKey = await small.request('/v2/check', form({ text: 'Contact went well.', language: 'en', username: 'me', apiKey: TOKEN }));
    expect(byKey.status).toBe(200);
    const byHeader = await small.request('/v2/check', form({ text: 'Contact went well.', language: 'en' }, { authorization: `Bearer ${TOKEN}` }));
    expect(byHeader.status).toBe(200);
    const foreign = await small.request('/v2/check', form({ text: 'Contact went well.', language: 'en', apiKey: TOKEN }, { origin: 'https://evil.example' }));
    expect(foreign.status).toBe(403);
    const allowed = await small.request('/v2/check', form({ text: 'Contact went well.', language: 'en', apiKey: TOKEN }, { origin: 'https://records.example.org' }));
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://records.example.org');
  });

  it('lets a browser add-on call it when its extension origin is on the CORS list', async () => {
    const addOn = 'chrome-extension://oldceeleldhonbafppcapldpdifcinji';
    const withAddOn = setup.app({ cors: [addOn] });
    const ok = await withAddOn.request('/v2/check', form({ text: 'Contact went well.', language: 'en-GB' }, { origin: addOn }));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(addOn);
    const other = await withAddOn.request('/v2/check', form({ text: 'Contact went well.', language: 'en-GB' }, { origin: 'chrome-extension://someotheraddonid' }));
    expect(other.status).toBe(403);
    expect(() => setup.app({ cors: ['chrome-extension://bad/path'] })).toThrow(/not an origin/);
  });

  it('an empty text has no matches', async () => {
    const { status, body } = await check({ text: '  ', language: 'auto' });
    expect(status).toBe(200);
    expect(body.matches).toEqual([]);
  });
});

describe('GET /v2/languages', () => {
  it('lists English variants in LanguageTool\'s shape', async () => {
    const response = await app.request('/v2/languages');
    expect(response.status).toBe(200);
    const list = await response.json();
    expect(list).toContainEqual({ name: 'English (GB)', code: 'en', longCode: 'en-GB' });
    expect(list.every((l: { code: string }) => l.code === 'en')).toBe(true);
  });
});

describe('annotated text and context', () => {
  it('maps plain spans to the original, markup inside a span included', () => {
    const text = parseAnnotation(JSON.stringify({ annotation: [{ text: 'A ' }, { markup: '<br/>', interpretAs: '\n' }, { text: 'test' }] }));
    expect(text.plain).toBe('A \ntest');
    expect(text.original).toBe('A <br/>test');
    expect(toOriginal(text, 3, 7)).toEqual({ start: 7, end: 11 });
    expect(toOriginal(text, 0, 7)).toEqual({ start: 0, end: 11 });
  });
  it('cuts context at 40 characters with dots, and finds the sentence', () => {
    const long = `${'a'.repeat(50)} word ${'b'.repeat(50)}`;
    const c = context(long, 51, 55);
    expect(c.text.startsWith('...')).toBe(true);
    expect(c.text.endsWith('...')).toBe(true);
    expect(c.text.slice(c.offset, c.offset + c.length)).toBe('word');
    expect(sentenceAround('One. Two words here. Three.', 9, 14)).toBe('Two words here.');
  });
});

describe('the OpenAPI document covers /v2', () => {
  it('real /v2 answers match their documented schemas', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const doc = await (await app.request('/openapi.json')).json();
    ajv.addSchema(doc, 'openapi.json');
    const validate = (path: string, method: string, status: number) =>
      ajv.getSchema(`openapi.json#/paths/${path.replace(/\//g, '~1')}/${method}/responses/${status}/content/application~1json/schema`)!;
    const ok = await app.request('/v2/check', form({ text: `${RECORD} Mum was aggressive.`, language: 'en-GB', level: 'picky' }));
    const v200 = validate('/v2/check', 'post', 200);
    expect(v200(await ok.json()) ? [] : v200.errors).toEqual([]);
    expect(v200({ matches: [] })).toBe(false);
    const bad = await app.request('/v2/check', form({ text: 'x' }));
    const v400 = validate('/v2/check', 'post', 400);
    expect(v400(await bad.json()) ? [] : v400.errors).toEqual([]);
    const langs = validate('/v2/languages', 'get', 200);
    expect(langs(await (await app.request('/v2/languages')).json()) ? [] : langs.errors).toEqual([]);
  });
});
