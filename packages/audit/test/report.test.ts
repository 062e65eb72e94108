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

  async function open(file: string, width = 1280): Promise<Opened> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
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
    expect(await page.locator('#records-table thead th[scope="col"]').count()).toBe(12);
    expect(await page.locator('#records-table tbody th[scope="row"]').count()).toBe(50);

    await page.locator('#records-table thead button', { hasText: /^Words$/ }).click();
    await expect(page.locator('#records-table th[aria-sort]').getAttribute('aria-sort')).resolves.toBe('ascending');
    const words = await page.$$eval('#records-table tbody tr td:nth-child(5)', (cells) => cells.map((cell) => Number(cell.textContent!.replace(/,/g, ''))));
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

  it('fits the table of records in the page at 1,400 and 1,024 px, with one date format and tone as positive : critical', async () => {
    for (const width of [1400, 1024]) {
      const { page, problems } = await open(join(dir, 'out', 'report.html'), width);
      const size = await page.$eval('#records-table', (table) => ({ table: table.scrollWidth, box: table.parentElement!.clientWidth }));
      expect(size.table, `${width} px`).toBeLessThanOrEqual(size.box);
      // The last column is inside the page, not cut off.
      const right = await page.$eval('#records-table thead th:last-child', (cell) => cell.getBoundingClientRect().right);
      expect(right).toBeLessThanOrEqual(width);
      const dates = await page.$$eval('#records-table tbody td.date', (cells) => cells.map((cell) => cell.textContent));
      expect(dates.length).toBe(50);
      for (const date of dates) expect(date).toMatch(/^(\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}|–)$/);
      expect(dates.filter((date) => date !== '–').length).toBeGreaterThan(40);
      const tones = await page.$$eval('#records-table tbody td.tone', (cells) => cells.map((cell) => cell.textContent));
      for (const tone of tones) expect(tone).toMatch(/^(\d+ : \d+|–)$/);
      expect(tones.some((tone) => tone !== '–')).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  describe('a folder audit: no dates, no teams, unexplained acronyms', () => {
    let folder: string;
    beforeAll(async () => {
      folder = join(dir, 'folder');
      mkdirSync(join(folder, 'records'), { recursive: true });
      // Made-up records; a child's name that must never reach the report.
      writeFileSync(join(folder, 'records', 'a.txt'), 'Home visit to see Zephyrine at home with Mum. The TA at school said Zephyrine is doing well with her reading. The SALT assessment is with the ICB and the EWO will ring Mum next week.\n');
      writeFileSync(join(folder, 'records', 'b.txt'), 'I visited Leo after school. His TA uses PECS with him in class, and the SALT said this helps. The EWO has not been in touch.\n');
      writeFileSync(join(folder, 'records', 'c.txt'), 'I visited Ruby at her foster home. She showed me her drawings and said "I like my new room".\n');
      const result = await audit(['records', '--out', 'out', '--no-progress', '--fail-on', 'none'], { cwd: folder });
      expect(result.stderr).toBe('');
    }, 120_000);

    it('lists each unexplained acronym as its own term, and labels every bar', async () => {
      const summary = JSON.parse(readFileSync(join(folder, 'out', 'summary.json'), 'utf8')) as Summary;
      const acronyms = Object.fromEntries(summary.overall.topTerms.filter((term) => term.ruleId === 'unexplained-acronym').map((term) => [term.term, term.count]));
      expect(acronyms).toEqual({ TA: 2, SALT: 2, EWO: 2, PECS: 1, ICB: 1 });
      const { page, problems } = await open(join(folder, 'out', 'report.html'));
      const rows = await page.$$eval('#terms-table tbody th', (cells) => cells.map((cell) => cell.textContent));
      expect(rows).toEqual(expect.arrayContaining(['TA', 'SALT', 'EWO', 'PECS', 'ICB']));
      const ticks = await page.evaluate(() => {
        const chart = (window as unknown as { Chart: { getChart(id: string): { scales: { y: { ticks: unknown[] } }; data: { labels: unknown[] } } } }).Chart.getChart('chart-terms');
        return { ticks: chart.scales.y.ticks.length, labels: chart.data.labels.length };
      });
      expect(ticks.labels).toBe(summary.overall.topTerms.slice(0, 15).length);
      expect(ticks.ticks).toBe(ticks.labels);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('says in one line when a section has no data, instead of drawing empty charts', async () => {
      const { page, problems } = await open(join(folder, 'out', 'report.html'));
      for (const [section, text] of [['months', 'No record has a date'], ['teams', 'No record names a team'], ['authors', 'No record names its author']] as const) {
        expect(await page.locator(`#${section} canvas`).count(), section).toBe(0);
        expect(await page.locator(`#${section} table`).count(), section).toBe(0);
        await expect(page.locator(`#${section} .empty`).textContent()).resolves.toContain(text);
      }
      // No chart has a bar labelled "unknown".
      const labels = await page.evaluate(() => {
        const charts = Object.values((window as unknown as { Chart: { instances: Record<string, { data: { labels: unknown[] } }> } }).Chart.instances);
        return charts.flatMap((chart) => chart.data.labels.map(String));
      });
      expect(labels).not.toContain('unknown');
      expect(problems).toEqual([]);
      await page.close();
    });

    it('opens a record to show its findings, with no record text beyond the flagged phrases', async () => {
      const html = readFileSync(join(folder, 'out', 'report.html'), 'utf8');
      expect(html).not.toContain('Zephyrine');
      expect(html).not.toContain('doing well with her reading');
      const { page, problems } = await open(join(folder, 'out', 'report.html'), 1024);
      const button = page.getByRole('button', { name: /records\/a\.txt/ });
      await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
      await button.click();
      await expect(page.getByRole('button', { name: /records\/a\.txt/ }).getAttribute('aria-expanded')).resolves.toBe('true');
      const details = page.locator('#records-table tr.record-details');
      expect(await details.count()).toBe(1);
      const findings = await details.locator('table.findings tbody tr').evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => cell.textContent)));
      const acronymRows = findings.filter((row) => row[1] === 'unexplained-acronym');
      expect(acronymRows.map((row) => row[3])).toEqual(['TA', 'SALT', 'ICB', 'EWO']);
      for (const row of acronymRows) {
        expect(row[2]).toBe('1');
        expect(row[4]).toMatch(/^Write “[A-Z]+” out in full/);
      }
      const size = await page.$eval('#records-table', (table) => ({ table: table.scrollWidth, box: table.parentElement!.clientWidth }));
      expect(size.table).toBeLessThanOrEqual(size.box);
      await page.getByRole('button', { name: /records\/a\.txt/ }).click();
      expect(await page.locator('#records-table tr.record-details').count()).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
});
