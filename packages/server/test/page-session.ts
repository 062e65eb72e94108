/** Shared by the page tests: the server with fresh assets, and Chromium on its page at `/`, ready to type into. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type ServerHandle } from '../src/index.js';
import { buildTestAssets, type TestAssets } from './setup.js';

export interface PageSession {
  server: ServerHandle;
  page: Page;
  /** Every request the browser made, by URL. */
  requests: string[];
  /** Console errors and warnings, and page errors (by name only: a message could hold record text). */
  problems: string[];
  close(): Promise<void>;
}

/** Starts the server and opens its page in a fresh Chromium profile; waits until the page says it is ready. */
export async function openPage(viewport: { width: number; height: number }): Promise<PageSession> {
  const assets: TestAssets = await buildTestAssets();
  const server = await startServer({ port: 0, assets: assets.url, workers: 1, log: false });
  const profile = mkdtempSync(join(tmpdir(), 'carelint-chromium-'));
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    assets.remove();
  };
  const requests: string[] = [];
  const problems: string[] = [];
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport,
    });
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.name}`));
    await page.goto(`${server.url}/`);
    await page.waitForSelector('body[data-carelint="ready"]', { timeout: 15_000 });
    return { server, page, requests, problems, close };
  } catch (error) {
    await close();
    throw error;
  }
}
