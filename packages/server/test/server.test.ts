import { EventEmitter } from 'node:events';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../cli/src/commands.js';
import { parseServeArgs, runServeCommand, startServer, type ServerHandle } from '../src/index.js';
import { buildTestAssets, type TestAssets } from './setup.js';

let assets: TestAssets;
let server: ServerHandle;

beforeAll(async () => {
  assets = await buildTestAssets();
  server = await startServer({ port: 0, assets: assets.url, workers: 1, log: false, timeoutMs: 3000 });
});
afterAll(async () => {
  await server?.close();
  assets.remove();
});

/** A POST over a real socket, with the body written as given (so its length can lie or run long). */
function rawPost(url: string, body: Buffer, chunked = false): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': body.length }) };
    const req = httpRequest(`${url}/v1/check`, { method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    // The server may answer 413 and close before the whole body is sent: that is not a failure here.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (chunked) {
      for (let at = 0; at < body.length; at += 64 * 1024) req.write(body.subarray(at, at + 64 * 1024));
      req.end();
    } else req.end(body);
  });
}

describe('startServer', () => {
  it('listens on 127.0.0.1 by default and answers /healthz', async () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    const response = await fetch(`${server.url}/healthz`);
    expect(await response.json()).toMatchObject({ status: 'ok', workers: { ready: 1 } });
  });

  it('checks a record over a socket', async () => {
    const response = await fetch(`${server.url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Contact with Dad went well.' }) });
    expect(response.status).toBe(200);
    expect((await response.json()).report.messages[0]).toMatchObject({ ruleId: 'contact-family', actual: 'Contact' });
  });

  it('a 5 MB body gets its 413 over the socket, declared or not', async () => {
    const big = Buffer.from(JSON.stringify({ text: 'Visited Sam at home. '.repeat(250_000) }));
    expect(big.length).toBeGreaterThan(5_000_000);
    const declared = await rawPost(server.url, big);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error.code).toBe('payload-too-large');
    const chunked = await rawPost(server.url, big, true);
    expect(chunked.status).toBe(413);
    // The service is still there for the next record.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('says plainly when the port is taken', async () => {
    await expect(startServer({ port: server.port, assets: assets.url, workers: 1, log: false })).rejects.toThrow(`port ${server.port} on 127.0.0.1 is already in use; pick another with --port`);
  });

  it('says plainly when the browser build is missing', async () => {
    await expect(startServer({ port: 0, assets: new URL('file:///nonexistent/'), log: false })).rejects.toThrow(/browser build of core is missing .* run 'pnpm --filter @carelint\/server build'/);
  });

  it('close() lets a request in flight finish, then refuses new connections', async () => {
    const own = await startServer({ port: 0, assets: assets.url, workers: 1, log: false });
    const text = 'Visited Sam at home. Contact with Dad went well and the LAC review is next week. '.repeat(150);
    const inFlight = fetch(`${own.url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = own.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect((await response.json()).report.metrics.words).toBeGreaterThan(2000);
    await closing;
    await expect(fetch(`${own.url}/healthz`)).rejects.toThrow();
  });
});

describe('carelint serve', () => {
  it('fits the CLI\'s Command interface as it will be wired (type-checked by tsc)', () => {
    const serve: Command = { name: 'serve', summary: 'Start the pre-submission check service', run: async (argv, io) => runServeCommand(argv, io) };
    expect(serve.name).toBe('serve');
  });

  const io = (env: Record<string, string> = {}) => {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) }, cwd: assets.dir, env } };
  };

  it('parses every flag, with the token from CARELINT_TOKEN', async () => {
    const { io: ioWithEnv } = io({ CARELINT_TOKEN: 'from-the-environment-123' });
    const options = await parseServeArgs(['--port', '0', '--host', '::1', '--cors', 'https://a.example,https://b.example', '--cors', 'https://c.example', '--preset', 'strict', '--max-bytes', '2mb', '--timeout', '5000', '--workers', '1', '--quiet'], ioWithEnv);
    expect(options).toMatchObject({ port: 0, host: '::1', token: 'from-the-environment-123', cors: ['https://a.example', 'https://b.example', 'https://c.example'], preset: 'strict', maxBytes: 2 * 1024 * 1024, timeoutMs: 5000, workers: 1, log: false });
    expect(await parseServeArgs(['--token', 'from-the-flag-45678'], ioWithEnv)).toMatchObject({ token: 'from-the-flag-45678', maxBytes: 1024 * 1024 });
  });

  it.each([
    [['--port', 'eighty'], /--port must be a whole number from 0 to 65535/],
    [['--preset', 'lenient'], /--preset must be one of/],
    [['--max-bytes', '1gb'], /--max-bytes must be a size/],
    [['--timeout', '0'], /--timeout must be a whole number from 1/],
    [['--policy', 'nowhere.json'], /--policy: 'nowhere.json' could not be read \(ENOENT\)/],
    [['--colour'], /Unknown option '--colour'/],
    [['records/'], /Unexpected argument 'records\/'/],
  ])('%o is a usage error (exit 2) naming the flag', async (argv, message) => {
    const { out, io: ioc } = io();
    expect(await runServeCommand(argv, ioc, { signals: new EventEmitter() })).toBe(2);
    expect(out.stderr).toMatch(message);
  });

  it('--help prints the flags', async () => {
    const { out, io: ioc } = io();
    expect(await runServeCommand(['--help'], ioc, { signals: new EventEmitter() })).toBe(0);
    expect(out.stdout).toMatch(/--port <n>[\s\S]*--token[\s\S]*--cors[\s\S]*--max-bytes[\s\S]*--timeout/);
  });

  it('serves until SIGTERM, then stops gracefully and exits 0', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${assets.dir}/policy.json`, JSON.stringify({ warn: [] }));
    const { out, io: ioc } = io({ CARELINT_TOKEN: 'serve-test-token-0001' });
    const signals = new EventEmitter();
    const exit = runServeCommand(['--port', '0', '--policy', 'policy.json', '--workers', '1'], ioc, { signals, assets: assets.url });
    await expect.poll(() => out.stderr, { timeout: 15_000 }).toMatch(/listening on http:/);
    expect(out.stderr).toMatch(/^carelint serve: starting[^\n]*\n[\s\S]*listening on/);
    const url = /listening on (http:\S+)/.exec(out.stderr)![1]!;
    const denied = await fetch(`${url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"Visited Sam."}' });
    expect(denied.status).toBe(401);
    const ok = await fetch(`${url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer serve-test-token-0001' }, body: '{"text":"Contact with Dad went well."}' });
    expect((await ok.json()).verdict).toBe('pass');
    expect(out.stderr).toMatch(/POST \/v1\/check 401 /);
    signals.emit('SIGTERM');
    expect(await exit).toBe(0);
    expect(out.stderr).toMatch(/stopping[\s\S]*stopped/);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
