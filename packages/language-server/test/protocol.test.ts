import { execFileSync, fork, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lint, type Finding, type LintOptions, type Metrics } from '@carelint/core';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver/node';
import type { CodeAction, Diagnostic, Hover, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../fixtures/load.js';
import { TestClient, position } from './support/client.js';
import { buildServer } from './support/build.js';

const fixtures = loadFixtures();
const fixture = (name: string) => fixtures.find((f) => f.name.startsWith(name))!;
const LANGUAGE = { text: 'plaintext', markdown: 'markdown', html: 'html' } as const;
const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

let server: string;
const clients: TestClient[] = [];
/** One server shared by the tests that need nothing special, each in its own subfolder (its own config). */
let shared: { root: string; client: TestClient };
let folders = 0;

beforeAll(async () => {
  server = await buildServer();
  const root = mkdtempSync(join(tmpdir(), 'carelint-ws-'));
  const client = new TestClient(server);
  await client.initialize(root, { initializationOptions: { metricsNotifications: true } });
  shared = { root, client };
}, 60000);

afterAll(async () => {
  await shared.client.close();
});

afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
});

/** A subfolder of the shared workspace holding `files`, on the shared server. */
function folder(files: Record<string, string> = {}) {
  const root = join(shared.root, `case-${++folders}`);
  mkdirSync(root);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const uri = (name: string) => pathToFileURL(join(root, name)).href;
  return { root, client: shared.client, uri };
}

/** A temporary workspace folder holding `files`, and a server of its own started on it. */
async function workspace(files: Record<string, string> = {}, init: Record<string, unknown> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'carelint-ws-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const client = new TestClient(server);
  clients.push(client);
  const result = await client.initialize(root, { initializationOptions: init });
  const uri = (name: string) => pathToFileURL(join(root, name)).href;
  return { root, client, uri, result };
}

/** What the server should send for a finding: core's 1-based UTF-16 line/column minus one. */
function expectedDiagnostic(finding: Finding) {
  return {
    range: { start: { line: finding.place.start.line - 1, character: finding.place.start.column - 1 }, end: { line: finding.place.end.line - 1, character: finding.place.end.column - 1 } },
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: 'carelint',
    message: finding.reason,
  };
}

const strip = (d: Diagnostic) => ({ range: d.range, severity: d.severity, code: d.code, source: d.source, message: d.message });

/** The text a diagnostic's range covers. */
function covered(text: string, d: Diagnostic): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(offset(d.range.start), offset(d.range.end));
}

describe('diagnostics', () => {
  it.each(['12-heavy-jargon', '05-child-protection-plan', '09-iro-review-report'])('%s: on open, every finding core reports, at its UTF-16 range', async (name) => {
    const record = fixture(name);
    const { client, uri } = folder();
    const file = uri(`record.${record.file.split('.').pop()}`);
    await client.open(file, LANGUAGE[record.format], record.text);
    const { diagnostics, version } = await client.diagnostics(file);
    expect(version).toBe(1);
    const findings = lint(record.text, { format: record.format }).messages;
    expect(diagnostics.map(strip)).toEqual(findings.map(expectedDiagnostic));
    // The golden expectations hold through the editor protocol too.
    const lines = diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${covered(record.text, d)}`);
    for (const want of record.expected.findings?.['care-jargon'] ?? []) expect(lines).toContain(want);
    // Each diagnostic links to its rule page, shipped beside the server.
    for (const d of diagnostics) {
      const href = d.codeDescription?.href;
      expect(href, String(d.code)).toMatch(/^file:\/\/.*\/docs\/rules\/[\w-]+\.md#[\w.-]+$/);
      expect(existsSync(fileURLToPath(href!.split('#')[0]!))).toBe(true);
    }
  });

  it('counts columns in UTF-16 code units, as LSP does (emoji take two)', async () => {
    const { client, uri } = folder();
    const text = 'Jade 😀😀 loves art.\n😀 Contact with Dad went well.';
    await client.open(uri('note.txt'), 'plaintext', text);
    const { diagnostics } = await client.diagnostics(uri('note.txt'));
    const contact = diagnostics.find((d) => d.code === 'contact-family')!;
    expect(contact.range).toEqual({ start: { line: 1, character: 3 }, end: { line: 1, character: 10 } });
  });

  it('re-lints after an edit (debounced), first the edited paragraph, then the whole document, which equals a fresh lint', async () => {
    const { client, uri } = folder();
    const text = longRecord();
    const file = uri('long.txt');
    await client.open(file, 'plaintext', text);
    await client.diagnostics(file);
    const at = text.indexOf('went well');
    const edited = `${text.slice(0, at)}was in the contact centre and ${text.slice(at)}`;
    await client.change(file, 2, text, at, at, 'was in the contact centre and ');
    const first = await client.until(() => client.published.get(file)!.find((p) => p.version === 2));
    const centre = first.diagnostics.filter((d) => d.code === 'contact-centre');
    expect(centre.some((d) => covered(edited, d) === 'contact centre')).toBe(true);
    await client.until(() => client.notifications.some((n) => (n.params as { uri: string; version: number }).uri === file && (n.params as { version: number }).version === 2));
    const final = client.published.get(file)!.at(-1)!;
    expect(final.diagnostics.map(strip)).toEqual(lint(edited, { format: 'text' }).messages.map(expectedDiagnostic));
  });

  it('clears diagnostics when a document closes', async () => {
    const { client, uri } = folder();
    await client.open(uri('a.txt'), 'plaintext', 'Contact with Dad went well.');
    await client.diagnostics(uri('a.txt'));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri('a.txt') } });
    const last = await client.diagnostics(uri('a.txt'), 2);
    expect(last.diagnostics).toEqual([]);
  });
});

describe('code actions', () => {
  it('offers each alternative (the first preferred, in the writer’s case), allow and ignore', async () => {
    const { client, uri } = folder();
    const text = 'Visit note.\n\nContact with Dad went well on Saturday.';
    await client.open(uri('n.txt'), 'plaintext', text);
    const { diagnostics } = await client.diagnostics(uri('n.txt'));
    const contact = diagnostics.find((d) => d.code === 'contact-family')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri('n.txt') },
      range: contact.range,
      context: { diagnostics: [contact] },
    })) as CodeAction[];
    const finding = lint(text).messages.find((f) => f.ruleId === 'contact-family')!;
    expect(actions.map((a) => a.title)).toEqual([
      ...finding.expected.map((e) => `Replace with “${e.charAt(0).toUpperCase()}${e.slice(1)}”`),
      'Allow “Contact” in this workspace',
      'Ignore this finding in this workspace',
    ]);
    expect(actions.map((a) => a.isPreferred ?? false)).toEqual([true, ...actions.slice(1).map(() => false)]);
    expect(actions[0]!.edit).toEqual({
      documentChanges: [{ textDocument: { uri: uri('n.txt'), version: 1 }, edits: [{ range: contact.range, newText: 'Family time' }] }],
    });
    expect(actions.every((a) => a.kind === 'quickfix' && a.diagnostics?.[0]?.code === 'contact-family')).toBe(true);
    expect(actions.at(-1)!.command).toEqual({ title: 'Ignore finding', command: 'carelint.ignoreFinding', arguments: [{ uri: uri('n.txt'), fingerprint: finding.fingerprint }] });
    // Only quick fixes are offered.
    const refactors = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri('n.txt') }, range: contact.range, context: { diagnostics: [], only: ['refactor'] } });
    expect(refactors).toEqual([]);
  });

  it('ignore: creates .carelintrc.json at the workspace root with the fingerprint, and the finding goes', async () => {
    const { root, client, uri } = await workspace({ 'visit.txt': '' });
    const text = 'Contact with Dad went well. The SW visited.';
    await client.open(uri('visit.txt'), 'plaintext', text);
    const { diagnostics } = await client.diagnostics(uri('visit.txt'));
    const finding = lint(text).messages.find((f) => f.ruleId === 'contact-family')!;
    const result = await client.connection.sendRequest('workspace/executeCommand', { command: 'carelint.ignoreFinding', arguments: [{ uri: uri('visit.txt'), fingerprint: finding.fingerprint }] });
    expect(result).toEqual({ file: join(root, '.carelintrc.json'), created: true, changed: true });
    expect(JSON.parse(readFileSync(join(root, '.carelintrc.json'), 'utf8'))).toEqual({ ignore: [finding.fingerprint] });
    const after = await client.diagnostics(uri('visit.txt'), 2);
    expect(after.diagnostics.map((d) => d.code)).toEqual(diagnostics.map((d) => d.code).filter((c) => c !== 'contact-family'));
    expect(client.messages.at(-1)?.message).toContain('.carelintrc.json');
  });

  it('allow: adds the phrase to an existing YAML config, keeping its comments and settings', async () => {
    const yaml = '# Our team settings\npreset: recommended # agreed in March\nchildren:\n  - name: Jade\n';
    const { root, client, uri } = folder({ '.carelintrc.yaml': yaml });
    await client.open(uri('v.txt'), 'plaintext', 'Contact with Dad went well. Jade was happy.');
    await client.diagnostics(uri('v.txt'));
    const result = await client.connection.sendRequest('workspace/executeCommand', { command: 'carelint.allowPhrase', arguments: [{ uri: uri('v.txt'), phrase: 'Contact' }] });
    expect(result).toEqual({ file: join(root, '.carelintrc.yaml'), created: false, changed: true });
    expect(readFileSync(join(root, '.carelintrc.yaml'), 'utf8')).toBe(`${yaml}allow:\n  - Contact\n`);
    const after = await client.diagnostics(uri('v.txt'), 2);
    expect(after.diagnostics.map((d) => d.code)).not.toContain('contact-family');
  });

  it('refuses commands with arguments it cannot use', async () => {
    const { client, uri } = folder();
    await client.open(uri('v.txt'), 'plaintext', 'Contact went well.');
    const result = await client.connection.sendRequest('workspace/executeCommand', { command: 'carelint.ignoreFinding', arguments: [{ uri: uri('v.txt'), fingerprint: '../../etc' }] });
    expect(result).toBeNull();
  });
});

describe('hover', () => {
  it('shows the reason, the rationale and its source, the alternatives and the rule page', async () => {
    const { client, uri } = folder();
    const text = 'Visit note.\nContact with Dad went well.';
    await client.open(uri('h.txt'), 'plaintext', text);
    const { diagnostics } = await client.diagnostics(uri('h.txt'));
    const contact = diagnostics.find((d) => d.code === 'contact-family')!;
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('h.txt') }, position: { line: 1, character: 3 } })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    const finding = lint(text).messages.find((f) => f.ruleId === 'contact-family')!;
    expect((hover.contents as MarkupContent).kind).toBe('markdown');
    expect(value).toContain('Source:');
    expect(value).toContain(finding.note!.slice(0, 40).replace(/([\\`*_[\]<>])/g, '\\$1'));
    expect(value).toContain('“family time”');
    expect(value).toContain(`(${contact.codeDescription!.href})`);
    expect(hover.range).toEqual(contact.range);
    const nothing = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('h.txt') }, position: { line: 0, character: 2 } });
    expect(nothing).toBeNull();
  });
});

describe('carelint/metrics', () => {
  it('returns the Report metrics of the current text, even straight after an edit', async () => {
    const { client, uri } = folder();
    const record = fixture('41-balanced-visit');
    await client.open(uri('m.txt'), 'plaintext', record.text);
    await client.diagnostics(uri('m.txt'));
    const metrics = (await client.connection.sendRequest('carelint/metrics', { textDocument: { uri: uri('m.txt') } })) as Metrics;
    expect(metrics).toEqual(lint(record.text, { format: 'text' }).metrics);
    expect(metrics.tone).toBeDefined();
    const edited = `${record.text}\nMum was warm and patient with her.`;
    await client.change(uri('m.txt'), 2, record.text, record.text.length, record.text.length, '\nMum was warm and patient with her.');
    const after = (await client.connection.sendRequest('carelint/metrics', { textDocument: { uri: uri('m.txt') } })) as Metrics;
    expect(after).toEqual(lint(edited, { format: 'text' }).metrics);
    expect(after.words).toBe(metrics.words + 7);
    expect(await client.connection.sendRequest('carelint/metrics', { textDocument: { uri: uri('closed.txt') } })).toBeNull();
  });

  it('notifies clients that ask, after each whole-document lint', async () => {
    const { client, uri } = folder();
    await client.open(uri('m.txt'), 'plaintext', 'Contact with Dad went well.');
    const note = await client.until(() => client.notifications.find((n) => (n.params as { uri: string }).uri === uri('m.txt')));
    expect(note.params).toMatchObject({ uri: uri('m.txt'), version: 1, metrics: { words: 5 } });
  });
});

describe('config', () => {
  it('applies the nearest config file: rule levels set the severity', async () => {
    const { client, uri } = folder({ 'carelint.config.json': JSON.stringify({ rules: { 'contact-family': 'error', siblings: 'info' } }) });
    await client.open(uri('c.txt'), 'plaintext', 'Contact with Dad went well. The siblings played.');
    const { diagnostics } = await client.diagnostics(uri('c.txt'));
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['contact-family', 1], ['siblings', 3]]);
  });

  it('watches config files and re-lints open documents when one changes', async () => {
    const { root, client, uri } = folder();
    await client.until(() => JSON.stringify(client.registrations).includes('workspace/didChangeWatchedFiles'));
    await client.open(uri('c.txt'), 'plaintext', 'Contact with Dad went well.');
    expect((await client.diagnostics(uri('c.txt'))).diagnostics.map((d) => d.severity)).toEqual([2]);
    const config = join(root, 'carelint.config.json');
    writeFileSync(config, JSON.stringify({ preset: 'family-facing' }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 1 }] });
    expect((await client.diagnostics(uri('c.txt'), 2)).diagnostics.map((d) => d.severity)).toEqual(
      lint('Contact with Dad went well.', { preset: 'family-facing' }).messages.map((f) => SEVERITY[f.severity]),
    );
    // An invalid config is one clear error naming the key, not a silent default.
    writeFileSync(config, JSON.stringify({ rules: { 'contact-familly': 'off' } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    const broken = await client.diagnostics(uri('c.txt'), 3);
    expect(broken.diagnostics).toHaveLength(1);
    expect(broken.diagnostics[0]).toMatchObject({ code: 'config', severity: 1, range: { start: { line: 0, character: 0 } } });
    expect(broken.diagnostics[0]!.message).toContain('rules.contact-familly');
    expect(client.messages.some((m) => m.type === 1 && m.message.includes('contact-familly'))).toBe(true);
    writeFileSync(config, JSON.stringify({ rules: { 'contact-family': 'off' } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    expect((await client.diagnostics(uri('c.txt'), 4)).diagnostics).toEqual([]);
  });

  it('takes the preset from the editor settings, over the config file', async () => {
    const { client, uri } = await workspace({}, { preset: 'strict' });
    const text = 'Contact with Dad went well.';
    await client.open(uri('p.txt'), 'plaintext', text);
    const severities = (await client.diagnostics(uri('p.txt'))).diagnostics.map((d) => d.severity);
    expect(severities).toEqual(lint(text, { preset: 'strict' }).messages.map((f) => SEVERITY[f.severity]));
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { carelint: { preset: 'nope' } } });
    const bad = await client.diagnostics(uri('p.txt'), 2);
    expect(bad.diagnostics[0]!.message).toContain('carelint.preset');
  });
});

describe('carelint-language-server', () => {
  it('prints its version, and refuses to start without a transport', () => {
    expect(execFileSync(process.execPath, [server, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const bare = spawnSync(process.execPath, [server], { encoding: 'utf8' });
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('--stdio');
  });

  it('speaks Node IPC too, as VS Code starts it (TransportKind.ipc)', async () => {
    const child = fork(server, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const published = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve));
    connection.listen();
    const root = mkdtempSync(join(tmpdir(), 'carelint-ipc-'));
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(join(root, 'a.md')).href, languageId: 'markdown', version: 1, text: '# Visit\n\nContact went well.' } });
    expect((await published).diagnostics.map((d) => d.code)).toEqual(['contact-family']);
    await connection.sendRequest('shutdown');
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await connection.sendNotification('exit');
    expect(await exited).toBe(0);
    connection.dispose();
  });

  it('writes nothing about the record to stderr', async () => {
    const { client, uri } = folder();
    await client.open(uri('s.txt'), 'plaintext', 'Contact with Dad went well. Secret words here.');
    await client.diagnostics(uri('s.txt'));
    expect(client.stderr).toBe('');
  });
});

/** About 3,000 words: the jargon-heavy fixtures one after another. */
export function longRecord(): string {
  let text = '';
  for (const record of fixtures.filter((f) => f.format === 'text')) {
    text += `${record.text.trim()}\n\n`;
    if (text.split(/\s+/).length >= 3000) break;
  }
  return text;
}

export { position, type LintOptions };
