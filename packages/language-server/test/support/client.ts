/** A minimal LSP client over the server's stdio, built on vscode-languageserver's own protocol connection. */
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';

export interface Published {
  version: number | undefined;
  diagnostics: Diagnostic[];
  at: number;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcess;
  /** Every publishDiagnostics, by URI, in arrival order. */
  readonly published = new Map<string, Published[]>();
  readonly messages: Array<{ type: number; message: string }> = [];
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  readonly registrations: unknown[] = [];
  stderr = '';
  private waiters: Array<() => void> = [];

  constructor(server: string, args: string[] = ['--stdio']) {
    this.child = spawn(process.execPath, [server, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const list = this.published.get(params.uri) ?? [];
      list.push({ version: params.version, diagnostics: params.diagnostics, at: performance.now() });
      this.published.set(params.uri, list);
      this.wake();
    });
    this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.messages.push(params);
      this.wake();
    });
    this.connection.onNotification('carelint/didChangeMetrics', (params: unknown) => {
      this.notifications.push({ method: 'carelint/didChangeMetrics', params });
      this.wake();
    });
    this.connection.onRequest('client/registerCapability', (params: unknown) => {
      this.registrations.push(params);
      return null;
    });
    this.connection.listen();
  }

  async initialize(rootDir: string, extra: Partial<InitializeParams> = {}): Promise<unknown> {
    const rootUri = pathToFileURL(rootDir).href;
    const result = await this.connection.sendRequest('initialize', {
      processId: null,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'records' }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
      ...extra,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Sends one incremental change: replace `[start, end)` offsets of `before` with `text`. */
  change(uri: string, version: number, before: string, start: number, end: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position(before, start), end: position(before, end) }, text }],
    });
  }

  /** Resolves when `test` holds, checked after every message from the server; fails after `timeout` ms. */
  async until<T>(test: () => T | undefined | false, timeout = 10000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = test();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for the server${this.stderr ? `; stderr: ${this.stderr.slice(0, 500)}` : ''}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The diagnostics of the latest publish for `uri` with at least `count` publishes so far. */
  diagnostics(uri: string, count = 1): Promise<Published> {
    return this.until(() => {
      const list = this.published.get(uri) ?? [];
      return list.length >= count ? list[list.length - 1] : undefined;
    });
  }

  publishCount(uri: string): number {
    return this.published.get(uri)?.length ?? 0;
  }

  async close(): Promise<void> {
    if (this.child.exitCode === null) {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
      await new Promise<void>((resolve) => {
        if (this.child.exitCode !== null) resolve();
        else this.child.on('exit', () => resolve());
      });
    }
    this.connection.dispose();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

/** The LSP position (UTF-16) of an offset in a text. */
export function position(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
