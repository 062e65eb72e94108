/** What the e2e tests share: the built test extension, the test pages on 127.0.0.1, and Chromium with it loaded. */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { buildExtension, packageDir } from '../src/build/build.js';
import type { Target } from '../src/build/manifest.js';

export const CHROMIUM = '/usr/bin/chromium';
const pagesDir = join(packageDir, 'test', 'pages');

/** Builds a test extension (a build with 127.0.0.1 granted: `test` for Chromium) into a fresh folder. */
export async function buildTestExtension(target: Target = 'test'): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'carelint-ext-'));
  await buildExtension({ target, outDir });
  return outDir;
}

/** The React test page's script, bundled with React from npm. */
async function reactBundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(pagesDir, 'react-app.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export interface TestSite {
  origin: string;
  server: Server;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', css: 'text/css', js: 'text/javascript' };

/**
 * Serves the test pages from 127.0.0.1 on a free port with a strict CSP, as a recording system might: the
 * extension must work without inline styles or scripts on the page.
 */
export async function serveTestPages(): Promise<TestSite> {
  const files = new Map<string, string>([
    ['/', readFileSync(join(pagesDir, 'index.html'), 'utf8')],
    ['/page.css', readFileSync(join(pagesDir, 'page.css'), 'utf8')],
    ['/rte-content.css', readFileSync(join(pagesDir, 'rte-content.css'), 'utf8')],
    ['/rte.js', readFileSync(join(pagesDir, 'rte.js'), 'utf8')],
    ['/react-app.js', await reactBundle()],
  ]);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const body = files.get(path);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    const ext = path === '/' ? 'html' : path.split('.').pop()!;
    response.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'",
      'cache-control': 'no-store',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request any page or worker made, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Chromium with the extension loaded, in a fresh profile (STACK.md §4). */
export async function launch(extensionDir: string): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'carelint-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1000, height: 800 },
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    requests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Percentile of a list of numbers (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
