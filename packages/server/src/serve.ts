import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createServer } from 'node:http';
import { createApp, defaultAssets, DEFAULT_TIMEOUT_MS, type AppOptions } from './app.js';
import { LintPool } from './pool.js';

export interface ServerOptions extends Omit<AppOptions, 'linter'> {
  /** Port to listen on (default 8080; 0 picks a free one). */
  port?: number | undefined;
  /** Address to listen on (default 127.0.0.1: only this machine). */
  host?: string | undefined;
  /** Host names (without a port, or with one) the service is reached by, besides its own address and localhost. */
  hosts?: readonly string[] | undefined;
  /** How long `close()` waits for requests in flight before cutting them off, in ms (default 10 s). */
  drainMs?: number | undefined;
}

export interface ServerHandle {
  /** Where it listens, e.g. http://127.0.0.1:8080. */
  url: string;
  host: string;
  port: number;
  /** Stops taking connections, lets requests in flight finish (up to `drainMs`), then ends the workers. */
  close(): Promise<void>;
}

/** Starts the service: waits for the lint workers to load, then listens. Rejects with a plain message on failure. */
export async function startServer(options: ServerOptions = {}): Promise<ServerHandle> {
  const pool = LintPool.fromAssets(options.assets ?? defaultAssets, options.workers);
  let server: Server | undefined;
  try {
    // Without a token, only requests addressed to this service are answered (see AppOptions.allowHost); the names
    // are known once it listens.
    const allowed = new Set<string>();
    const app = createApp({ ...options, linter: pool, allowHost: (host) => allowed.has(host) });
    await pool.ready();
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const listener = getRequestListener(app.fetch, { autoCleanupIncoming: true });
    const state = { closing: false };
    server = createServer(
      // A slow client cannot hold a connection open for long: Node ends requests that outlive this.
      { requestTimeout: timeoutMs + 5_000, headersTimeout: Math.min(timeoutMs + 5_000, 60_000), keepAliveTimeout: 5_000 },
      (req, res) => {
        // While stopping, each answer ends its connection, so keep-alive clients do not hold the stop up.
        res.on('finish', () => {
          if (state.closing) setImmediate(() => server?.closeIdleConnections());
        });
        void listener(req, res);
      },
    );
    const host = options.host ?? '127.0.0.1';
    await listen(server, options.port ?? 8080, host);
    const address = server.address() as AddressInfo;
    const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    for (const name of [shown, 'localhost', '127.0.0.1', '[::1]', ...(options.hosts ?? [])]) {
      const lower = name.toLowerCase();
      allowed.add(lower.includes(':') && !lower.startsWith('[') ? lower : `${lower}:${address.port}`);
      allowed.add(lower);
    }
    const running = server;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${shown}:${address.port}`,
      host: address.address,
      port: address.port,
      close: () => {
        state.closing = true;
        return (closing ??= shutdown(running, pool, options.drainMs ?? 10_000));
      },
    };
  } catch (error) {
    server?.close();
    await pool.close();
    throw error;
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE' ? `port ${port} on ${host} is already in use; pick another with --port`
        : error.code === 'EACCES' ? `no permission to listen on port ${port}; use a port above 1023`
        : error.code === 'EADDRNOTAVAIL' ? `${host} is not an address of this machine`
        : `could not listen on ${host}:${port} (${error.code ?? error.name})`;
      reject(new Error(reason));
    };
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      resolve();
    });
  });
}

/** Graceful stop: no new connections, idle ones closed, busy ones given `drainMs`, then the workers end. */
async function shutdown(server: Server, pool: LintPool, drainMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), drainMs);
  await closed;
  clearTimeout(timer);
  await pool.close();
}
