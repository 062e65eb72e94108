/**
 * A real LanguageTool client against `carelint serve`: LibreOffice Writer (Debian's libreoffice-writer and
 * python3-uno), headless, with its built-in "LanguageTool Remote" grammar checker pointed at the service's
 * /v2 API. A UNO script (libreoffice_check.py) types a record into a Writer document and reads back the grammar
 * errors Writer's proofreading iterator gets for each paragraph: they must be carelint's findings, at the
 * same places, with the same messages and suggestions. `npm run test:clients` installs what it needs.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../../fixtures/load.js';
import { startServer, type ServerHandle } from '../../packages/server/src/index.js';
import type { LanguageToolMatch, LanguageToolResponse } from '../../packages/server/src/languagetool/matches.js';

const SOFFICE = '/usr/bin/soffice';
const PYTHON = '/usr/bin/python3';
const SCRIPT = new URL('./libreoffice_check.py', import.meta.url).pathname;
const TOKEN = 'clients-test-token-0123456789';

interface LoError {
  start: number;
  length: number;
  words: string;
  short: string;
  full: string;
  suggestions: string[];
}
interface LoResult {
  available: string[];
  paragraphs: Array<{ text: string; errors: LoError[] }>;
}

interface Office {
  process: ChildProcess;
  port: number;
  profile: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const xml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Headless LibreOffice with a fresh profile whose LanguageTool settings point at `baseUrl` (Tools > Options > LanguageTool Server). */
async function startOffice(baseUrl: string, extra: Record<string, string> = {}): Promise<Office> {
  const profile = mkdtempSync(join(tmpdir(), 'carelint-lo-'));
  mkdirSync(join(profile, 'user'));
  const settings = { BaseURL: baseUrl, IsEnabled: 'true', ...extra };
  const items = Object.entries(settings)
    .map(([name, value]) => `<item oor:path="/org.openoffice.Office.Linguistic/GrammarChecking/LanguageTool"><prop oor:name="${name}" oor:op="fuse"><value>${xml(value)}</value></prop></item>`)
    .join('\n');
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n${items}\n</oor:items>\n`,
  );
  // A new profile makes LibreOffice restart itself once on its first start, which would drop a UNO connection
  // made meanwhile: let it set the profile up and quit first.
  const env = { ...globalThis.process.env, HOME: profile };
  execFileSync(SOFFICE, ['--headless', '--invisible', '--norestore', '--terminate_after_init', `-env:UserInstallation=file://${profile}`], { env, stdio: 'ignore', timeout: 120_000 });
  const port = await freePort();
  const process = spawn(
    SOFFICE,
    ['--headless', '--invisible', '--norestore', '--nologo', '--nodefault', `-env:UserInstallation=file://${profile}`, `--accept=socket,host=127.0.0.1,port=${port};urp;`],
    { env, stdio: 'ignore', detached: true },
  );
  return {
    process,
    port,
    profile,
    stop: async () => {
      if (process.exitCode === null && process.pid) {
        const exited = new Promise<void>((resolve) => process.once('exit', () => resolve()));
        try {
          globalThis.process.kill(-process.pid, 'SIGTERM'); // soffice and the soffice.bin it starts
        } catch {
          /* already gone */
        }
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Writer's grammar errors for a record (one paragraph a line), read through UNO. Asynchronous: the service answers from this process. */
async function writerErrors(office: Office, record: string, locale = 'en-GB'): Promise<LoResult> {
  const file = join(office.profile, 'record.txt');
  writeFileSync(file, record);
  const { stdout } = await promisify(execFile)(PYTHON, [SCRIPT, String(office.port), file, locale], { encoding: 'utf8', timeout: 120_000 });
  return JSON.parse(stdout) as LoResult;
}

let server: ServerHandle;
let office: Office;
const log: string[] = [];

beforeAll(async () => {
  for (const [path, what] of [[SOFFICE, 'libreoffice-writer'], [PYTHON, 'python3']] as const) {
    if (!existsSync(path)) throw new Error(`${path} is missing: install ${what} (npm run test:clients does, as root)`);
  }
  server = await startServer({ port: 0, workers: 1, log: (line) => log.push(line) });
  office = await startOffice(`${server.url}/v2`);
}, 120_000);

afterAll(async () => {
  if (process.env.CLIENTS_DEBUG) console.log(log.join("\n"));
  await office?.stop();
  await server?.close();
});

/** What the service answers for one paragraph, as LibreOffice asks for it (text=…&language=en-GB). */
async function serviceMatches(paragraph: string, url = server.url, apiKey?: string): Promise<LanguageToolMatch[]> {
  const body = new URLSearchParams({ text: paragraph, language: 'en-GB', ...(apiKey ? { username: 'writer', apiKey } : {}) });
  const response = await fetch(`${url}/v2/check`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  return ((await response.json()) as LanguageToolResponse).matches;
}

describe('LibreOffice Writer with LanguageTool Remote pointed at carelint serve', () => {
  it('shows carelint\'s findings as Writer\'s grammar errors, at the right words', async () => {
    const record = 'Visited Sam at home. Contact with Dad went well.\nThe LAC review is next week. SW to continue to monitor.\n';
    const result = await writerErrors(office, record);
    expect(result.available).toContain('org.openoffice.lingu.LanguageToolGrammarChecker');
    const errors = result.paragraphs.map((p) => p.errors.map((e) => e.words));
    expect(errors).toEqual([['Contact'], ['LAC review', 'SW']]);
    const contact = result.paragraphs[0]!.errors[0]!;
    expect(contact.start).toBe(21);
    expect(contact.short).toBe('Consider “family time” or “family meet-up time” instead of “Contact”.');
    expect(contact.suggestions).toEqual(expect.arrayContaining(['family time', 'family meet-up time']));
    // Writer asked the service itself: the language list, then a check per paragraph.
    expect(log.some((line) => / GET \/v2\/languages 200 /.test(line))).toBe(true);
    expect(log.filter((line) => / POST \/v2\/check 200 /.test(line)).length).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('matches the service\'s answer paragraph by paragraph for a golden record', async () => {
    const fixture = loadFixtures().find((f) => f.name === '12-heavy-jargon-visit')!;
    const paragraphs = fixture.text.split('\n').filter((line) => line.trim() !== '');
    const result = await writerErrors(office, paragraphs.join('\n'));
    expect(result.paragraphs.map((p) => p.text)).toEqual(paragraphs);
    let total = 0;
    for (const paragraph of result.paragraphs) {
      const expected = await serviceMatches(paragraph.text);
      // LibreOffice shows `message` as the short comment and `shortMessage` as the long one.
      expect(paragraph.errors.map((e) => [e.start, e.length, e.short, e.full, e.suggestions.join('|')]), paragraph.text).toEqual(
        expected.map((m) => [m.offset, m.length, m.message, m.shortMessage, m.replacements.slice(0, 10).map((r) => r.value).join('|')]),
      );
      for (const e of paragraph.errors) expect(paragraph.text.slice(e.start, e.start + e.length)).toBe(e.words);
      total += paragraph.errors.length;
    }
    expect(total).toBeGreaterThan(5);
  }, 120_000);

  it('sends the server\'s token as its API key (Username and API key set in LibreOffice)', async () => {
    const guarded = await startServer({ port: 0, workers: 1, log: false, token: TOKEN });
    const keyed = await startOffice(`${guarded.url}/v2`, { Username: 'writer', ApiKey: TOKEN });
    const wrong = await startOffice(`${guarded.url}/v2`, { Username: 'writer', ApiKey: 'not-the-token-at-all' });
    try {
      const record = 'Contact with Dad went well.\n';
      expect((await writerErrors(keyed, record)).paragraphs[0]!.errors.map((e) => e.words)).toEqual(['Contact']);
      // A wrong key gets 401: LibreOffice shows nothing (and the record was not checked).
      expect((await writerErrors(wrong, record)).paragraphs[0]!.errors).toEqual([]);
      expect(await serviceMatches('Contact with Dad went well.', guarded.url, TOKEN)).toHaveLength(1);
    } finally {
      await keyed.stop();
      await wrong.stop();
      await guarded.close();
    }
  }, 180_000);
});
