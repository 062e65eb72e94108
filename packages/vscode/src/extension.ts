/** The carelint VS Code extension: starts the bundled language server and shows the record's metrics. */
import type { Metrics } from '@carelint/core';
import { METRICS_NOTIFICATION, METRICS_REQUEST, type MetricsNotificationParams, type MetricsParams, type MetricsResult } from '@carelint/language-server/protocol';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { statusText, summaryLines } from './metrics-text.js';

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem;
const metrics = new Map<string, Metrics>();

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.name = 'carelint';
  status.command = 'carelint.showSummary';
  status.tooltip = 'carelint: show the record summary';
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand('carelint.showSummary', showSummary),
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
    vscode.workspace.onDidCloseTextDocument((document) => metrics.delete(document.uri.toString())),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('carelint.enable') || event.affectsConfiguration('carelint.languages')) await restart(context);
      else if (event.affectsConfiguration('carelint.preset') && client) {
        await client.sendNotification('workspace/didChangeConfiguration', { settings: { carelint: { preset: setting<string>('preset', '') } } });
      }
    }),
  );
  await restart(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function setting<T>(name: string, fallback: T): T {
  return vscode.workspace.getConfiguration('carelint').get<T>(name, fallback);
}

/** (Re)starts the language server with the current settings, or stops it when carelint is disabled. */
async function restart(context: vscode.ExtensionContext): Promise<void> {
  if (client) await client.stop();
  client = undefined;
  metrics.clear();
  if (!setting('enable', true)) {
    status.hide();
    return;
  }
  const module = context.asAbsolutePath('dist/server.mjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc },
  };
  const languages = setting<string[]>('languages', ['plaintext', 'markdown', 'html']);
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions: { preset: setting<string>('preset', ''), metricsNotifications: true },
  };
  client = new LanguageClient('carelint', 'carelint', serverOptions, clientOptions);
  await client.start();
  client.onNotification(METRICS_NOTIFICATION, (params: MetricsNotificationParams) => {
    metrics.set(params.uri, params.metrics);
    if (vscode.window.activeTextEditor?.document.uri.toString() === params.uri) show(params.metrics);
  });
  await updateStatus();
}

/** Shows the active document's metrics, asking the server when it has not sent them yet. */
async function updateStatus(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!client || !document || !isChecked(document)) {
    status.hide();
    return;
  }
  const known = metrics.get(document.uri.toString()) ?? (await requestMetrics(document));
  if (known) show(known);
  else status.hide();
}

function isChecked(document: vscode.TextDocument): boolean {
  return setting<string[]>('languages', []).includes(document.languageId) && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled');
}

async function requestMetrics(document: vscode.TextDocument): Promise<Metrics | undefined> {
  if (!client) return undefined;
  const params: MetricsParams = { textDocument: { uri: document.uri.toString() } };
  const result = await client.sendRequest<MetricsResult>(METRICS_REQUEST, params);
  if (result) metrics.set(document.uri.toString(), result);
  return result ?? undefined;
}

function show(value: Metrics): void {
  status.text = statusText(value);
  status.show();
}

/** The "carelint: Show record summary" command: the active record's metrics, in a dialog. */
async function showSummary(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!client || !document || !isChecked(document)) {
    await vscode.window.showInformationMessage('carelint: open a record (plain text, Markdown or HTML) to see its summary.');
    return;
  }
  const result = await requestMetrics(document);
  if (!result) {
    await vscode.window.showWarningMessage('carelint could not check this record; see the problem at the top of the document.');
    return;
  }
  const name = document.uri.path.split('/').pop() ?? 'this record';
  await vscode.window.showInformationMessage(`carelint summary: ${name}`, { modal: true, detail: summaryLines(result).join('\n') });
}
