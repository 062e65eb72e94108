import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../language-server/test/support/client.js';
import { REQUIRED, zipEntries } from '../scripts/package.mjs';

interface Entry {
  name: string;
  size: number;
  read: () => Buffer;
}

const script = fileURLToPath(new URL('../scripts/package.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'carelint-vsix-'));
const vsix = join(dir, 'carelint.vsix');
let entries: Entry[];
let client: TestClient | undefined;

beforeAll(() => {
  // The packaging script, as a fresh clone runs it (dependencies are installed: the test run needs them already).
  execFileSync(process.execPath, [script, '--no-install', '--out', vsix], { stdio: 'pipe', timeout: 120000 });
  entries = zipEntries(vsix);
}, 120000);

afterAll(async () => {
  await client?.close();
});

describe('the .vsix', () => {
  it('holds the extension, the bundled server and the rule pages, and no node_modules or sources', () => {
    const names = entries.map((e) => e.name);
    for (const name of REQUIRED) expect(names.map((n) => n.toLowerCase())).toContain(name.toLowerCase());
    expect(names.filter((n) => /node_modules|\/src\/|\/test\/|\/scripts\//.test(n))).toEqual([]);
    const server = entries.find((e) => e.name === 'extension/dist/server.mjs')!;
    expect(server.size).toBeGreaterThan(500_000);
  });

  it('declares the settings, the command and the engine it was typed against', () => {
    const manifest = JSON.parse(entries.find((e) => e.name === 'extension/package.json')!.read().toString('utf8'));
    expect(manifest.main).toBe('./dist/extension.cjs');
    expect(manifest.engines.vscode).toBe('^1.91.0');
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual(['carelint.enable', 'carelint.languages', 'carelint.preset']);
    expect(manifest.contributes.commands.map((c: { command: string }) => c.command)).toEqual(['carelint.showSummary']);
  });

  it('runs the server it ships, on its own, with rule links into the shipped pages', async () => {
    const unpacked = join(dir, 'unpacked');
    for (const entry of entries.filter((e) => e.name.startsWith('extension/dist/'))) {
      const file = join(unpacked, entry.name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, entry.read());
    }
    client = new TestClient(join(unpacked, 'extension/dist/server.mjs'));
    await client.initialize(dir);
    const uri = pathToFileURL(join(dir, 'note.txt')).href;
    await client.open(uri, 'plaintext', 'Contact with Dad went well.');
    const { diagnostics } = await client.diagnostics(uri);
    expect(diagnostics.map((d) => d.code)).toEqual(['contact-family']);
    expect(diagnostics[0]!.codeDescription!.href).toBe(`${pathToFileURL(join(unpacked, 'extension/dist/docs/rules/jargon.md')).href}#contact-family`);
  });
});
