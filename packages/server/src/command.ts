import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { presets, type PresetName } from '@carelint/core';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './app.js';
import { resolvePolicy, type Policy } from './policy.js';
import { startServer, type ServerHandle } from './serve.js';

/** The parts of the CLI's `Io` that `carelint serve` uses (structurally the same type). */
export interface ServeIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Where stop signals come from: the process, or an EventEmitter in tests. */
export interface SignalSource {
  once(event: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
  off(event: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
}

/** What the command takes from its surroundings besides `io` (tests replace both). */
export interface ServeContext {
  /** Default: the process. */
  signals?: SignalSource;
  /** Folder of the built page and worker files (default this package's dist). */
  assets?: URL;
}

export const serveHelp = `carelint serve: the pre-submission check as an HTTP service

Usage
  carelint serve [options]

Endpoints
  POST /v1/check     {"text": "…", "format"?, "documentType"?, "children"?, "preset"?} -> {report, verdict, reasons}
  GET  /healthz      ready or not
  GET  /openapi.json the OpenAPI 3.1 description
  POST /v2/check     LanguageTool's API (form: text=…&language=en-GB), for LibreOffice, LTeX and
  GET  /v2/languages LanguageTool's browser add-ons: set their server to http://<host>:<port>/v2
  GET  /             a page to paste a record into (checked in the browser)

Options
  --port <n>         Port (default 8080; 0 picks a free one)
  --host <address>   Address to listen on (default 127.0.0.1, this machine only)
  --token <secret>   Require "Authorization: Bearer <secret>" on /v1/check (at least 16 characters).
  --allow-host <name>  Without a token, answer requests sent to this host name too (repeat, or a comma list);
                     by default only the address it listens on and localhost are answered.
                     Prefer the CARELINT_TOKEN environment variable: a flag shows in the process list.
  --cors <origins>   Origins whose pages may call /v1/check, exact, comma-separated or repeated
                     (e.g. https://records.example.org)
  --preset <name>    Preset for records that do not name one: ${Object.keys(presets).join(', ')} (default recommended)
  --policy <file>    Verdict policy as JSON: {"fail": [...], "warn": [...], "childVoice": ["visit"]}
  --max-bytes <n>    Largest body accepted, in bytes; 512kb and 2mb work too (default 1mb)
  --timeout <ms>     Time allowed for one request (default ${DEFAULT_TIMEOUT_MS})
  --workers <n>      Lint worker threads (default: cores, at most 2)
  --quiet            No access log
  -h, --help         Show this help

Access log lines (stderr) hold the time, method, path, status and duration, never a record's text.
Nothing is stored. Stop with Ctrl-C or SIGTERM: requests in flight finish first.
`;

class ServeUsageError extends Error {}

/**
 * \`carelint serve\`: parses the arguments, starts the service, and resolves to the exit code once a stop
 * signal has shut it down (0), or at once on a usage or start-up error (2).
 */
export async function runServeCommand(argv: readonly string[], io: ServeIo, context: ServeContext = {}): Promise<number> {
  const signals = context.signals ?? process;
  let handle: ServerHandle;
  try {
    const options = await parseServeArgs(argv, io);
    if (options === 'help') {
      io.stdout.write(serveHelp);
      return 0;
    }
    io.stderr.write('carelint serve: starting (loading the checker takes a few seconds)…\n');
    handle = await startServer({ ...options, ...(context.assets ? { assets: context.assets } : {}) });
    const exposed = !['127.0.0.1', '::1', 'localhost'].includes(options.host ?? '127.0.0.1') && !/^127\./.test(options.host ?? '');
    io.stderr.write(`carelint serve: listening on ${handle.url} (POST /v1/check, page at /, stop with Ctrl-C)\n`);
    if (exposed && !options.token) io.stderr.write('carelint serve: warning: listening beyond this machine without a token; set CARELINT_TOKEN.\n');
  } catch (error) {
    io.stderr.write(`carelint serve: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  await new Promise<void>((done) => {
    const stop = () => {
      signals.off('SIGTERM', stop);
      signals.off('SIGINT', stop);
      io.stderr.write('carelint serve: stopping; letting requests in flight finish…\n');
      void handle.close().then(done, done);
    };
    signals.once('SIGTERM', stop);
    signals.once('SIGINT', stop);
  });
  io.stderr.write('carelint serve: stopped\n');
  return 0;
}

type ParsedServe = Parameters<typeof startServer>[0] & { host?: string; token?: string };

/** The options of `carelint serve`, or 'help'; a ServeUsageError names the flag that is wrong. */
export async function parseServeArgs(argv: readonly string[], io: ServeIo): Promise<ParsedServe | 'help'> {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        token: { type: 'string' },
        cors: { type: 'string', multiple: true },
        'allow-host': { type: 'string', multiple: true },
        preset: { type: 'string' },
        policy: { type: 'string' },
        'max-bytes': { type: 'string' },
        timeout: { type: 'string' },
        workers: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // parseArgs names the flag; it never sees a record.
    throw new ServeUsageError(`${error instanceof Error ? error.message.split('\n', 1)[0] : String(error)}. See 'carelint serve --help'.`);
  }
  if (values.help) return 'help';
  const options: ParsedServe = {};
  const text = (name: string) => values[name] as string | undefined;
  if (text('port') !== undefined) options.port = integer('--port', text('port')!, 0, 65535);
  if (text('host') !== undefined) options.host = text('host')!;
  const token = text('token') ?? io.env['CARELINT_TOKEN'];
  if (token !== undefined && token !== '') options.token = token;
  const cors = ((values.cors as string[] | undefined) ?? []).flatMap((list) => list.split(',')).map((origin) => origin.trim()).filter(Boolean);
  if (cors.length > 0) options.cors = cors;
  const hosts = ((values['allow-host'] as string[] | undefined) ?? []).flatMap((list) => list.split(',')).map((name) => name.trim().toLowerCase()).filter(Boolean);
  if (hosts.length > 0) options.hosts = hosts;
  if (text('preset') !== undefined) {
    const preset = text('preset')!;
    if (!(preset in presets)) throw new ServeUsageError(`--preset must be one of: ${Object.keys(presets).join(', ')}`);
    options.preset = preset as PresetName;
  }
  if (text('policy') !== undefined) options.policy = await readPolicy(text('policy')!, io.cwd);
  if (text('max-bytes') !== undefined) options.maxBytes = bytes(text('max-bytes')!);
  else options.maxBytes = DEFAULT_MAX_BYTES;
  if (text('timeout') !== undefined) options.timeoutMs = integer('--timeout', text('timeout')!, 1, 600_000);
  if (text('workers') !== undefined) options.workers = integer('--workers', text('workers')!, 1, 64);
  if (values.quiet) options.log = false;
  else options.log = (line) => io.stderr.write(`${line}\n`);
  return options;
}

async function readPolicy(file: string, cwd: string): Promise<Policy> {
  const path = isAbsolute(file) ? file : resolve(cwd, file);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    throw new ServeUsageError(`--policy: '${file}' could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return resolvePolicy(JSON.parse(raw));
  } catch (error) {
    const detail = error instanceof SyntaxError ? 'it is not valid JSON' : error instanceof Error ? error.message : String(error);
    throw new ServeUsageError(`--policy: '${file}': ${detail}`);
  }
}

function integer(flag: string, value: string, min: number, max: number): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new ServeUsageError(`${flag} must be a whole number from ${min} to ${max}`);
  return n;
}

/** "1048576", "512kb", "2mb" (1 kb = 1024 bytes). */
function bytes(value: string): number {
  const match = /^(\d+)\s*(b|kb|k|mb|m)?$/i.exec(value.trim());
  const n = match ? Number(match[1]) * ({ k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2 }[match[2]?.toLowerCase() ?? ''] ?? 1) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > 64 * 1024 ** 2) throw new ServeUsageError('--max-bytes must be a size from 1 byte to 64mb, such as 1048576, 512kb or 2mb');
  return n;
}
