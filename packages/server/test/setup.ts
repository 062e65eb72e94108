/** Shared by the server's tests: builds the browser assets once per test file into a folder of its own. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hono } from 'hono';
import { buildAssets } from '../src/build/assets.js';
import { createApp, type AppOptions } from '../src/index.js';
import { LintPool } from '../src/pool.js';

export interface TestAssets {
  /** Folder URL (with a trailing slash) to pass as `assets`. */
  url: URL;
  dir: string;
  pool(size?: number): LintPool;
  remove(): void;
}

/** Builds carelint.browser.js, carelint.page.js and lint-worker.js into a fresh temporary folder. */
export async function buildTestAssets(): Promise<TestAssets> {
  const dir = mkdtempSync(join(tmpdir(), 'carelint-server-'));
  await buildAssets(dir);
  const url = pathToFileURL(`${dir}/`);
  return {
    url,
    dir,
    pool: (size = 1) => LintPool.fromAssets(url, size),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Fresh assets, one ready lint worker, and apps on them for `app.request()`. */
export interface AppSetup {
  assets: TestAssets;
  pool: LintPool;
  /** An app on the shared worker, without logging, with the options given. */
  app(options?: Omit<AppOptions, 'assets' | 'linter'>): Hono;
  close(): Promise<void>;
}

/** Builds the assets and starts one lint worker for a test file's apps. */
export async function appSetup(): Promise<AppSetup> {
  const assets = await buildTestAssets();
  const pool = assets.pool(1);
  await pool.ready();
  return {
    assets,
    pool,
    app: (options = {}) => createApp({ log: false, ...options, assets: assets.url, linter: pool }),
    close: async () => {
      await pool.close();
      assets.remove();
    },
  };
}

/** A POST /v1/check request for `app.request()`. */
export function checkRequest(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body),
  };
}

/** A record of about `words` words, from the golden fixtures' plain-text records. */
export function recordOfWords(texts: readonly string[], words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    for (const paragraph of texts[i % texts.length]!.split(/\n\s*\n/)) {
      const n = paragraph.split(/\s+/).filter(Boolean).length;
      if (count + n > words && count > 0) continue;
      out.push(paragraph);
      count += n;
      if (count >= words) break;
    }
  }
  return out.join('\n\n');
}
