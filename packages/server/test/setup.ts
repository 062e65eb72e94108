/** Shared by the server's tests: builds the browser assets once per test file into a folder of its own. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildAssets } from '../src/build/assets.js';
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
