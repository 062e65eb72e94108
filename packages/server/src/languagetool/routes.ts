import { createHash, timingSafeEqual } from 'node:crypto';
import { knownRuleIds, type Config, type LevelSetting, type LintOptions, type PresetName, type Report } from '@carelint/core';
import { Hono } from 'hono';
import { HttpError } from '../errors.js';
import { languages } from './languages.js';
import { toLanguageTool } from './matches.js';
import { readLanguageToolRequest, type LanguageToolRequest } from './request.js';

/** What the LanguageTool routes need from the app: the same linter, limits, token and settings as /v1/check. */
export interface LanguageToolDeps {
  lint(text: string, options: LintOptions, timeoutMs: number): Promise<Report>;
  token: string | undefined;
  config: Config;
  preset: PresetName;
  maxBytes: number;
  timeoutMs: number;
  /** Checks the settings assembled for a request (a 400 when wrong). */
  checkSettings(options: LintOptions): void;
  /** The HTTP error for a lint that failed. */
  lintFailure(error: unknown): HttpError;
}

/** Categories every rule belongs to: `enabledOnly` turns these off and the named rules on. */
const CATEGORIES = ['jargon', 'acronym', 'stigmatising', 'deficit', 'tone', 'child-voice', 'plan', 'readability'];

/**
 * LanguageTool's HTTP API (v2), so LibreOffice, LTeX and LanguageTool's browser add-ons can use carelint as
 * their "custom server": `POST /v2/check` and `GET /v2/languages`. Mounted under `/v2`.
 */
export function languageToolRoutes(deps: LanguageToolDeps): Hono {
  const routes = new Hono();
  const expected = deps.token === undefined ? undefined : digest(deps.token);

  routes.post('/check', async (c) => {
    const started = Date.now();
    const request = await readLanguageToolRequest(c.req.raw, deps.maxBytes, deps.timeoutMs);
    if (expected) authorise(expected, c.req.header('authorization'), request.apiKey);
    if (request.text.plain.trim() === '') return c.json(toLanguageTool(emptyReport(), request.text, request.language, false));
    const options = lintOptions(request, deps);
    deps.checkSettings(options);
    let report: Report;
    try {
      report = await deps.lint(request.text.plain, options, deps.timeoutMs - (Date.now() - started));
    } catch (error) {
      throw deps.lintFailure(error);
    }
    return c.json(toLanguageTool(report, request.text, request.language, request.level === 'picky'));
  });
  routes.on(['GET', 'PUT', 'PATCH', 'DELETE'], '/check', () => {
    throw new HttpError(405, 'method-not-allowed', 'Use POST with a form (text=…&language=…) to check a text.', undefined, { allow: 'POST, OPTIONS' });
  });
  routes.get('/languages', (c) => c.json(languages));
  return routes;
}

/** The settings for one request: the server's, with the request's rule choices on top. Unknown ids are ignored, as LanguageTool does. */
function lintOptions(request: LanguageToolRequest, deps: LanguageToolDeps): LintOptions {
  const known = knownRuleIds();
  const rules: Record<string, LevelSetting> = { ...(deps.config.rules ?? {}) };
  if (request.enabledOnly) for (const category of CATEGORIES) rules[category] = 'off';
  for (const id of request.enabledRules) if (known.has(id)) rules[id] = 'warning';
  for (const id of request.disabledRules) if (known.has(id)) rules[id] = 'off';
  return { ...deps.config, preset: deps.preset, rules, format: 'text' };
}

/** The token, from "Authorization: Bearer …" or LanguageTool's `apiKey` field (what its clients can send). */
function authorise(expected: Buffer, header: string | undefined, apiKey: string | undefined): void {
  const sent = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1] ?? apiKey;
  if (sent === undefined || !timingSafeEqual(digest(sent), expected)) {
    throw new HttpError(401, 'unauthorized', 'This service needs a token: send it as the apiKey field (with any username), or as "Authorization: Bearer <token>".', undefined, {
      'WWW-Authenticate': 'Bearer realm="carelint"',
    });
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function emptyReport(): Report {
  return { format: 'text', messages: [], metrics: { words: 0, sentences: 0, jargon: { count: 0, per1000: 0, terms: [] }, verdict: 'pass' } };
}
