import { readFile } from 'node:fs/promises';
import { createHash, timingSafeEqual } from 'node:crypto';
import { presets, validateConfig, type Config, type LintOptions, type PresetName, type Report } from '@carelint/core';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { readJsonBody } from './body.js';
import { HttpError } from './errors.js';
import { openapiDocument } from './openapi.js';
import { renderPage } from './page/html.js';
import { languageToolRoutes } from './languagetool/routes.js';
import { judge, resolvePolicy, type Policy } from './policy.js';
import { LintFailure, LintPool } from './pool.js';
import { lintOptionsFor, parseCheckRequest } from './request.js';
import { version } from './version.js';

/** What lints records for the app: the worker pool, or anything shaped like it (tests). */
export interface Linter {
  lint(text: string, options: LintOptions, timeoutMs: number): Promise<Report>;
  stats(): { workers: number; ready: number; busy: number; queued: number };
}

export interface AppOptions {
  /** Bearer token required by /v1/check; none when absent. */
  token?: string | undefined;
  /** Origins (scheme://host[:port], exact) whose pages may call /v1/check. */
  cors?: readonly string[] | undefined;
  /** The verdict policy (missing keys take the defaults). */
  policy?: Partial<Policy> | undefined;
  /** Preset for requests that do not name one (default `recommended`). */
  preset?: PresetName | undefined;
  /** Settings for every record: allow list, rule levels, children's preferences… (a carelint config). */
  config?: Config | undefined;
  /** Largest body accepted, in bytes (default 1 MB). */
  maxBytes?: number | undefined;
  /** Time allowed for one request, body and lint together, in ms (default 10 s). */
  timeoutMs?: number | undefined;
  /** Where access log lines go (default stderr); `false` for none. */
  log?: ((line: string) => void) | false | undefined;
  /** The linter; by default a worker pool of its own, whose idle workers never keep the process alive. */
  linter?: Linter | undefined;
  /** Folder holding carelint.browser.js, carelint.page.js and lint-worker.js (default this package's dist). */
  assets?: URL | undefined;
  /** Worker threads for the default pool. */
  workers?: number | undefined;
  /**
   * Without a token, which Host headers are answered (a page on another site can reach a local service through DNS
   * rebinding, sending its own name as Host). Absent: any (the app alone, as in tests); startServer sets it to the
   * bound address and localhost, plus the names given with `hosts`.
   */
  allowHost?: ((host: string) => boolean) | undefined;
  /** Findings returned per record at most (default 500); the response says when more were found. */
  maxFindings?: number | undefined;
}

/** Findings a response holds at most by default: bounds its size whatever the record. */
export const DEFAULT_MAX_FINDINGS = 500;

export const DEFAULT_MAX_BYTES = 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 10_000;
/** packages/server/dist, from src/ (tests) and dist/ alike. */
export const defaultAssets = new URL('../dist/', import.meta.url);

const ROUTES = new Set(['/', '/healthz', '/openapi.json', '/v1/check', '/carelint.browser.js', '/carelint.page.js', '/v2/check', '/v2/languages']);
const ASSETS = ['carelint.browser.js', 'carelint.page.js'] as const;

/**
 * The service as a Hono app: `app.fetch` serves it from any Node server, `app.request()` tests it without
 * a socket. Checks every option first and throws a plain message naming the one that is wrong.
 */
export function createApp(options: AppOptions = {}): Hono {
  const settings = resolveOptions(options);
  const assets = withSlash(options.assets ?? defaultAssets);
  const linter = options.linter ?? LintPool.fromAssets(assets, options.workers);
  const page = renderPage({ policy: settings.policy, preset: settings.preset });
  const files = new Map<string, Promise<string>>();
  const app = new Hono();

  app.use(accessLog(settings.log));
  if (settings.token === undefined && options.allowHost) app.use(hostCheck(options.allowHost));
  app.use(async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  app.use('/v1/*', crossOrigin(settings.cors));
  app.use('/v1/*', bearer(settings.token));
  // LanguageTool's API, for the LanguageTool clients writers already have (its token check is inside: clients send apiKey).
  app.use('/v2/*', crossOrigin(settings.cors));
  app.route(
    '/v2',
    languageToolRoutes({
      lint: (text, options, timeoutMs) => linter.lint(text, options, timeoutMs),
      token: settings.token,
      config: settings.config,
      preset: settings.preset,
      maxBytes: settings.maxBytes,
      timeoutMs: settings.timeoutMs,
      checkSettings,
      lintFailure: fromLintFailure,
    }),
  );

  app.post('/v1/check', async (c) => {
    const started = Date.now();
    const body = await readJsonBody(c.req.raw, settings.maxBytes, settings.timeoutMs);
    const request = parseCheckRequest(body);
    const lintOptions = lintOptionsFor(request, { ...settings.config, preset: settings.preset, verdict: { fail: settings.policy.fail, warn: settings.policy.warn } });
    checkSettings(lintOptions);
    let report: Report;
    try {
      report = await linter.lint(request.text, lintOptions, settings.timeoutMs - (Date.now() - started));
    } catch (error) {
      throw fromLintFailure(error);
    }
    const { verdict, reasons } = judge(report, settings.policy, request.documentType);
    report.metrics.verdict = verdict;
    // The verdict is of every finding; the response holds the first ones only, and says so.
    const found = report.messages.length;
    if (found > settings.maxFindings) {
      report.messages = report.messages.slice(0, settings.maxFindings);
      return c.json({ report, verdict, reasons, truncated: { findings: found, returned: settings.maxFindings, message: `This record has ${found} findings; the first ${settings.maxFindings} are returned. The verdict counts them all.` } });
    }
    return c.json({ report, verdict, reasons });
  });
  app.on(['GET', 'PUT', 'PATCH', 'DELETE'], '/v1/check', () => {
    throw new HttpError(405, 'method-not-allowed', 'Use POST to check a record.', undefined, { allow: 'POST, OPTIONS' });
  });

  app.get('/healthz', (c) => {
    const stats = linter.stats();
    const ok = stats.ready > 0;
    return c.json({ status: ok ? 'ok' : 'starting', version, workers: stats }, ok ? 200 : 503);
  });
  app.get('/openapi.json', (c) => c.json(openapiDocument));
  app.get('/', (c) => {
    c.header('Content-Security-Policy', page.csp);
    return c.html(page.html);
  });
  for (const name of ASSETS) {
    app.get(`/${name}`, async (c) => {
      let file = files.get(name);
      if (!file) {
        file = readFile(new URL(name, assets), 'utf8');
        files.set(name, file);
      }
      try {
        const code = await file;
        return c.body(code, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
      } catch {
        files.delete(name);
        throw new HttpError(503, 'unavailable', `${name} is missing; run 'pnpm --filter @carelint/server build' and restart the service.`);
      }
    });
  }

  app.notFound((c) =>
    c.json(new HttpError(404, 'not-found', 'There is nothing here. POST records to /v1/check; /openapi.json describes the service.').body(), 404),
  );
  app.onError((error, c) => {
    const known = error instanceof HttpError ? error : internal(error, settings.log);
    for (const [name, value] of Object.entries(known.headers)) c.header(name, value);
    return c.json(known.body(), known.status);
  });
  return app;
}

function withSlash(folder: URL): URL {
  return folder.href.endsWith('/') ? folder : new URL(`${folder.href}/`);
}

interface Settings {
  token: string | undefined;
  cors: ReadonlySet<string>;
  policy: Policy;
  preset: PresetName;
  config: Config;
  maxBytes: number;
  timeoutMs: number;
  log: ((line: string) => void) | undefined;
  maxFindings: number;
}

/** Every option checked, with its default; a wrong one throws a message naming it. */
function resolveOptions(options: AppOptions): Settings {
  const positive = (name: string, value: number | undefined, fallback: number) => {
    if (value === undefined) return fallback;
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a whole number above 0`);
    return value;
  };
  const preset = options.preset ?? 'recommended';
  if (!(preset in presets)) throw new Error(`preset must be one of: ${Object.keys(presets).join(', ')}`);
  const cors = new Set<string>();
  for (const origin of options.cors ?? []) {
    // A browser add-on's pages and workers (LanguageTool's own add-on, say) send their extension origin.
    if (/^(chrome|moz|safari-web)-extension:\/\/[a-z0-9-]+$/i.test(origin)) {
      cors.add(origin);
      continue;
    }
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin) throw new Error(`cors: "${origin}" is not an origin; write it as scheme://host[:port], e.g. https://records.example.org`);
    cors.add(origin);
  }
  if (options.token !== undefined && options.token.length < 16) throw new Error('token must be at least 16 characters');
  return {
    token: options.token,
    cors,
    policy: resolvePolicy(options.policy),
    preset,
    config: options.config ? validateConfig(options.config) : {},
    maxBytes: positive('maxBytes', options.maxBytes, DEFAULT_MAX_BYTES),
    timeoutMs: positive('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS),
    maxFindings: positive('maxFindings', options.maxFindings, DEFAULT_MAX_FINDINGS),
    log: options.log === false ? undefined : options.log ?? ((line) => process.stderr.write(`${line}\n`)),
  };
}

/** One line per request: time, method, path (known routes only), status, duration. Never a body or a query. */
function accessLog(log: ((line: string) => void) | undefined): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    if (!log) return;
    const path = new URL(c.req.url).pathname;
    const ms = (performance.now() - started).toFixed(1);
    log(`${new Date().toISOString()} ${c.req.method} ${ROUTES.has(path) ? path : '(other)'} ${c.res.status} ${ms}ms`);
  };
}

/** Answers only requests whose Host header the service is known by (no token set: see AppOptions.allowHost). */
function hostCheck(allowHost: (host: string) => boolean): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (!allowHost(host)) {
      throw new HttpError(403, 'forbidden-host', 'This service answers requests addressed to its own address only. To reach it by another name, start it with --allow-host NAME, or set a token.');
    }
    return next();
  };
}

/** Exact-match CORS for /v1/*: allowed origins get the headers; other cross-origin pages get 403. */
function crossOrigin(allowed: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined || sameOrigin(c, origin)) {
      if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: 'POST, OPTIONS' });
      return next();
    }
    if (!allowed.has(origin)) {
      throw new HttpError(403, 'forbidden-origin', 'Pages on this origin may not call the service; add the origin with --cors to allow it.', undefined, { vary: 'Origin' });
    }
    const headers = { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
    if (c.req.method === 'OPTIONS') {
      return c.body(null, 204, {
        ...headers,
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'Content-Type, Authorization',
        'Access-Control-Max-Age': '600',
      });
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
  };
}

function sameOrigin(c: Context, origin: string): boolean {
  const host = c.req.header('host');
  if (host === undefined) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Requires `Authorization: Bearer <token>` when a token is set (not for CORS preflights). Constant-time compare. */
function bearer(token: string | undefined): MiddlewareHandler {
  const expected = token === undefined ? undefined : digest(token);
  return async (c, next) => {
    if (!expected || c.req.method === 'OPTIONS') return next();
    const sent = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (sent === undefined || !timingSafeEqual(digest(sent), expected)) {
      throw new HttpError(401, 'unauthorized', 'This service needs a token: send "Authorization: Bearer <token>".', undefined, {
        'WWW-Authenticate': 'Bearer realm="carelint"',
      });
    }
    return next();
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Settings assembled for a request are checked by core in this thread, so a ConfigError is a 400, not a worker fault. */
export function checkSettings(options: LintOptions): void {
  const { format: _format, documentType: _type, path: _path, childNames: _names, extraEntries: _extra, ...config } = options;
  try {
    validateConfig(config);
  } catch (error) {
    if (error instanceof Error && error.name === 'ConfigError') throw new HttpError(400, 'invalid-settings', error.message);
    throw error;
  }
}

/** The HTTP answer for a lint that failed (also used by the LanguageTool routes). */
export function fromLintFailure(error: unknown): HttpError {
  if (!(error instanceof LintFailure)) return internal(error, undefined);
  switch (error.kind) {
    case 'config':
      return new HttpError(400, 'invalid-settings', error.message);
    case 'timeout':
      return new HttpError(503, 'timeout', error.message, undefined, { 'Retry-After': '1' });
    case 'busy':
      return new HttpError(503, 'busy', error.message, undefined, { 'Retry-After': '1' });
    case 'too-large':
      return new HttpError(413, 'payload-too-large', error.message);
    case 'not-text':
      return new HttpError(400, 'not-text', error.message, 'text');
    case 'closed':
      return new HttpError(503, 'unavailable', error.message, undefined, { 'Retry-After': '5', connection: 'close' });
    default:
      return new HttpError(500, 'internal', `${error.message}; the record's text is not shown. Please report it.`);
  }
}

/** A fault of ours: a 500 whose message names only the error's kind (its message could quote the record). */
function internal(error: unknown, log: ((line: string) => void) | undefined): HttpError {
  const kind = error instanceof Error ? error.name : typeof error;
  log?.(`${new Date().toISOString()} internal error (${kind})`);
  return new HttpError(500, 'internal', `internal error (${kind}); the record's text is not shown. Please report it.`);
}
