import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finalize, type Summary } from '../src/index.js';
import { audit, buildAudit, generator, temporaryDir } from './helpers.js';
import { measuredRecords } from './measured.js';

// report.html in Debian's Chromium (STACK.md §4): it must draw its charts offline, with no console errors and no
// request but the file itself. Screenshots are kept in /tmp for a person to look at.
const chromiumPath = '/usr/bin/chromium';

interface Opened {
  page: Page;
  requests: string[];
  problems: string[];
}

describe('report.html in headless Chromium', () => {
  let dir: string;
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install chromium (CI's .ci/run does)`);
    await buildAudit();
    dir = temporaryDir('report');
    await generator.writeExport(join(dir, 'export.csv'), { count: 80, seed: 5, format: 'csv' });
    const result = await audit(['export.csv', '--out', 'out', '--map', generator.map, '--no-progress'], { cwd: dir });
    expect(result.stderr).toBe('');
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(file: string): Promise<Opened> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // Anything but the file itself would be a leak: refuse it, and the request is still recorded above.
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-charts]');
    return { page, requests, problems };
  }

  /** Canvases, and how many of their pixels are drawn on. */
  async function canvases(page: Page): Promise<Array<{ id: string; label: string | null; inked: number }>> {
    return page.$$eval('canvas', (elements) =>
      elements.map((canvas) => {
        const context = (canvas as HTMLCanvasElement).getContext('2d')!;
        const { data } = context.getImageData(0, 0, (canvas as HTMLCanvasElement).width, (canvas as HTMLCanvasElement).height);
        let inked = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked += 1;
        return { id: canvas.id, label: canvas.getAttribute('aria-label'), inked };
      }),
    );
  }

  it('draws every chart offline, with no console errors and no requests', async () => {
    const file = join(dir, 'out', 'report.html');
    const { page, requests, problems } = await open(file);
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    const drawn = await canvases(page);
    expect(drawn.length).toBeGreaterThanOrEqual(4);
    expect(Number(await page.getAttribute('body', 'data-charts'))).toBe(drawn.length);
    for (const canvas of drawn) {
      expect(canvas.inked, canvas.id).toBeGreaterThan(2000);
      expect(canvas.label, canvas.id).toBeTruthy();
    }
    await page.screenshot({ path: '/tmp/carelint-audit-report.png', fullPage: true });
    await page.screenshot({ path: '/tmp/carelint-audit-report-top.png' });
    await page.close();
  });

  it('has a sortable, filterable table of records with real table semantics', async () => {
    const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8')) as Summary;
    const { page, problems } = await open(join(dir, 'out', 'report.html'));
    await expect(page.locator('#records-status').textContent()).resolves.toBe('80 records');
    expect(await page.locator('#records-table caption').count()).toBe(1);
    expect(await page.locator('#records-table thead th[scope="col"]').count()).toBe(13);
    expect(await page.locator('#records-table tbody th[scope="row"]').count()).toBe(50);

    await page.locator('#records-table thead button', { hasText: /^Words$/ }).click();
    await expect(page.locator('#records-table th[aria-sort]').getAttribute('aria-sort')).resolves.toBe('ascending');
    const words = await page.$$eval('#records-table tbody tr td:nth-child(6)', (cells) => cells.map((cell) => Number(cell.textContent!.replace(/,/g, ''))));
    expect(words).toEqual([...words].sort((a, b) => a - b));
    await page.locator('#records-table thead button', { hasText: /^Words$/ }).click();
    await expect(page.locator('#records-table th[aria-sort]').getAttribute('aria-sort')).resolves.toBe('descending');

    await page.selectOption('#filter-team', 'South');
    await expect(page.locator('#records-status').textContent()).resolves.toBe(`${summary.byTeam['South']!.records} of 80 records match`);
    await page.selectOption('#filter-team', '');
    await page.selectOption('#filter-verdict', 'error');
    await expect(page.locator('#records-status').textContent()).resolves.toBe(`${summary.errors} of 80 records match`);
    await page.selectOption('#filter-verdict', '');
    await page.fill('#filter-text', 'N000007');
    await page.waitForFunction(() => document.querySelector('#records-status')?.textContent === '1 of 80 records match');
    await page.getByRole('button', { name: 'Next page' }).isDisabled();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the child’s voice, tone and plan charts when core reports those figures', async () => {
    const out = join(dir, 'measured');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'records.jsonl'), measuredRecords.map((item) => `${JSON.stringify(item)}\n`).join(''));
    await finalize(out, { snippets: false, tableLimit: 100, failOn: 'none', inputs: ['made-up records'], versions: { audit: 'test', core: 'test' } });
    const { page, requests, problems } = await open(join(out, 'report.html'));
    expect(problems).toEqual([]);
    expect(requests).toHaveLength(1);
    const drawn = await canvases(page);
    expect(drawn.map((canvas) => canvas.id).sort()).toEqual(['chart-months-jargon', 'chart-months-shares', 'chart-plans', 'chart-teams', 'chart-teams-shares', 'chart-terms', 'chart-tone', 'chart-voice']);
    for (const canvas of drawn) expect(canvas.inked, canvas.id).toBeGreaterThan(1000);
    await page.screenshot({ path: '/tmp/carelint-audit-report-measured.png', fullPage: true });
    copyFileSync(join(out, 'report.html'), '/tmp/carelint-audit-report-measured.html');
    await page.close();
  });
});
