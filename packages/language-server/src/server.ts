import { dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, lint, type Finding, type Metrics } from '@carelint/core';
import { CONFIG_FILES } from '@carelint/core/node';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActionsFor, COMMANDS, type AllowArgs, type IgnoreArgs } from './code-actions.js';
import { addToConfigList, type ListKey } from './config-edit.js';
import { ConfigStore, isConfigFile, type DocumentConfig } from './config-store.js';
import { toDiagnostic } from './diagnostics.js';
import { hoverFor } from './hover.js';
import { lintChangedParagraphs, ParagraphCache } from './incremental.js';
import { formatOf } from './language.js';
import { METRICS_NOTIFICATION, METRICS_REQUEST, type InitializationOptions, type MetricsParams, type MetricsResult, type Settings } from './protocol.js';
import { findDocsRoot, RuleDocs } from './rule-docs.js';

/** How the server paces its work; tests shorten the waits. */
export interface ServerOptions {
  /** The `docs` folder with the rule pages; found beside the server by default. */
  docsRoot?: string | undefined;
  /** Milliseconds of quiet after an edit before the edited paragraphs are re-linted. */
  paragraphDelay?: number;
  /** Milliseconds of quiet after an edit before the whole document is linted again. */
  documentDelay?: number;
  /** Documents shorter than this (UTF-16 code units) are always linted whole: that is fast enough. */
  wholeDocumentBelow?: number;
  /** The server's version, reported to the client. */
  version?: string;
}

/** The last whole-document lint of a document: exact findings and metrics for that text. */
interface Whole {
  version: number;
  text: string;
  key: string;
  findings: Finding[];
  metrics: Metrics;
}

/** What the server knows about one open document. */
interface State {
  /** The document version `findings` belong to. */
  version: number;
  findings: Finding[];
  /** The JSON of the diagnostics last sent, to skip sending the same again. */
  sent: string;
  whole: Whole | undefined;
  paragraphTimer: NodeJS.Timeout | undefined;
  documentTimer: NodeJS.Timeout | undefined;
}

/**
 * Serves carelint over an LSP connection: diagnostics on open and (debounced) on change, quick fixes, hover,
 * `carelint/metrics`, and config from core's resolver, reloaded when a config file changes. Record text never
 * reaches a log: errors are reported by name and place only.
 */
export function startServer(connection: Connection, serverOptions: ServerOptions = {}): void {
  const paragraphDelay = serverOptions.paragraphDelay ?? 50;
  const documentDelay = serverOptions.documentDelay ?? 400;
  const wholeDocumentBelow = serverOptions.wholeDocumentBelow ?? 4000;
  const docs = new RuleDocs('docsRoot' in serverOptions ? serverOptions.docsRoot : findDocsRoot());
  const documents = new TextDocuments(TextDocument);
  const store = new ConfigStore();
  const cache = new ParagraphCache();
  const states = new Map<string, State>();
  let workspaceFolders: string[] = [];
  let metricsNotifications = false;
  let watchFilesDynamically = false;
  let settingsError: ConfigError | undefined;
  const shownErrors = new Set<string>();

  connection.onInitialize((params): InitializeResult => {
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceFolders = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    store.fallbackDir = workspaceFolders[0];
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    metricsNotifications = init.metricsNotifications === true;
    applySettings({ ...(typeof init.preset === 'string' ? { preset: init.preset } : {}) });
    watchFilesDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
        executeCommandProvider: { commands: [COMMANDS.allow, COMMANDS.ignore] },
      },
      serverInfo: { name: 'carelint', ...(serverOptions.version ? { version: serverOptions.version } : {}) },
    };
  });

  connection.onInitialized(() => {
    if (watchFilesDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/{${CONFIG_FILES.join(',')}}` }],
      });
    }
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (!changes.some((change) => change.uri.startsWith('file:') && isConfigFile(fileURLToPath(change.uri)))) return;
    reloadConfig();
  });

  connection.onDidChangeConfiguration(({ settings }) => {
    const section = (settings as { carelint?: Settings } | null)?.carelint;
    if (!section) return;
    applySettings(section);
    reloadConfig();
  });

  documents.onDidChangeContent(({ document }) => {
    const state = states.get(document.uri);
    if (!state) {
      states.set(document.uri, { version: -1, findings: [], sent: '', whole: undefined, paragraphTimer: undefined, documentTimer: undefined });
      check(document, 'whole');
      return;
    }
    clearTimers(state);
    if (!state.whole || document.getText().length < wholeDocumentBelow) {
      state.documentTimer = setTimeout(() => run(document.uri, 'whole'), paragraphDelay);
    } else {
      state.paragraphTimer = setTimeout(() => run(document.uri, 'paragraphs'), paragraphDelay);
      state.documentTimer = setTimeout(() => run(document.uri, 'whole'), documentDelay);
    }
  });

  documents.onDidClose(({ document }) => {
    const state = states.get(document.uri);
    if (state) clearTimers(state);
    states.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction(({ textDocument, range, context }) => {
    if (context.only && !context.only.some((kind) => kind === CodeActionKind.QuickFix || kind.startsWith(`${CodeActionKind.QuickFix}.`))) return [];
    const document = documents.get(textDocument.uri);
    const state = document && current(document);
    if (!document || !state) return [];
    const text = document.getText();
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const actions: CodeAction[] = [];
    for (const finding of state.findings) {
      if (finding.place.end.offset < start || finding.place.start.offset > end) continue;
      actions.push(...codeActionsFor(finding, toDiagnostic(finding, docs), document.uri, document.version, text));
    }
    return actions;
  });

  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    const state = document && current(document);
    if (!document || !state) return null;
    const offset = document.offsetAt(position);
    const here = state.findings.filter((f) => f.place.start.offset <= offset && offset <= f.place.end.offset && f.place.end.offset > f.place.start.offset);
    const hover = hoverFor(here, docs);
    if (hover && here[0]) hover.range = toDiagnostic(here[0], docs).range;
    return hover;
  });

  connection.onRequest(METRICS_REQUEST, (params: MetricsParams): MetricsResult => {
    const document = documents.get(params?.textDocument?.uri);
    if (!document) return null;
    const state = states.get(document.uri);
    if (!state) return null;
    if (!state.whole || state.whole.version !== document.version) run(document.uri, 'whole');
    return state.whole && state.whole.version === document.version ? state.whole.metrics : null;
  });

  connection.onExecuteCommand(({ command, arguments: args }) => {
    const arg = args?.[0] as Partial<AllowArgs & IgnoreArgs> | undefined;
    if (command === COMMANDS.allow && typeof arg?.phrase === 'string' && arg.phrase.trim() !== '' && arg.phrase.length <= 200) {
      return editList(String(arg.uri), 'allow', arg.phrase.replace(/\s+/g, ' ').trim());
    }
    if (command === COMMANDS.ignore && typeof arg?.fingerprint === 'string' && /^[\w.-]+:[0-9a-f]{8}$/.test(arg.fingerprint)) {
      return editList(String(arg.uri), 'ignore', arg.fingerprint);
    }
    showMessage(MessageType.Error, `carelint: ${command} was called with arguments it cannot use.`);
    return null;
  });

  documents.listen(connection);

  /** A message for the writer (a notification: it needs no answer). Never holds record text. */
  function showMessage(type: MessageType, message: string): void {
    void connection.sendNotification(ShowMessageNotification.type, { type, message });
  }

  function applySettings(settings: Settings): void {
    try {
      store.setSettings(typeof settings.preset === 'string' && settings.preset !== '' ? { preset: settings.preset } : {});
      settingsError = undefined;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      store.setSettings({});
      settingsError = error;
    }
  }

  function reloadConfig(): void {
    store.invalidate();
    cache.clear();
    for (const document of documents.all()) run(document.uri, 'whole');
  }

  /** Adds a phrase or fingerprint to the config that applies to a document (creating one if there is none). */
  function editList(uri: string, key: ListKey, value: string): { file: string; created: boolean; changed: boolean } | null {
    const document = documents.get(uri);
    const createIn = document ? folderFor(uri) : undefined;
    if (!document || !createIn) {
      showMessage(MessageType.Error, 'carelint: open the document in a workspace folder to change its config.');
      return null;
    }
    try {
      const edit = addToConfigList(store.fileFor(uri), createIn, key, value);
      showMessage(MessageType.Info, edit.created ? `carelint: created ${edit.file} with your “${key}” list.` : `carelint: updated “${key}” in ${edit.file}.`);
      reloadConfig();
      return edit;
    } catch (error) {
      const message = error instanceof ConfigError ? error.message : `could not write the config file (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
      showMessage(MessageType.Error, `carelint: ${message}`);
      return null;
    }
  }

  /** Where a new config file goes: the workspace folder holding the document, else the document's folder. */
  function folderFor(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return workspaceFolders[0];
    const path = fileURLToPath(uri);
    const folder = workspaceFolders.filter((dir) => path.startsWith(dir.endsWith(sep) ? dir : dir + sep)).sort((a, b) => b.length - a.length)[0];
    return folder ?? dirname(path);
  }

  /** The document's findings for its current version, linting now if a debounced lint is still waiting. */
  function current(document: TextDocument): State | undefined {
    const state = states.get(document.uri);
    if (state && state.version !== document.version) run(document.uri, state.whole && state.paragraphTimer ? 'paragraphs' : 'whole');
    return state;
  }

  function clearTimers(state: State): void {
    clearTimeout(state.paragraphTimer);
    clearTimeout(state.documentTimer);
    state.paragraphTimer = undefined;
    state.documentTimer = undefined;
  }

  function run(uri: string, mode: 'whole' | 'paragraphs'): void {
    const document = documents.get(uri);
    const state = states.get(uri);
    if (!document || !state) return;
    if (mode === 'whole') {
      clearTimers(state);
    } else {
      clearTimeout(state.paragraphTimer);
      state.paragraphTimer = undefined;
    }
    check(document, mode);
  }

  /** Lints a document (whole, or only its edited paragraphs) and publishes the diagnostics. */
  function check(document: TextDocument, mode: 'whole' | 'paragraphs'): void {
    const state = states.get(document.uri)!;
    const config = settingsError ?? store.forDocument(document.uri, formatOf(document.languageId, document.uri));
    if (config instanceof ConfigError) {
      state.whole = undefined;
      state.findings = [];
      state.version = document.version;
      publish(document, state, [configDiagnostic(config)]);
      return;
    }
    const text = document.getText();
    try {
      if (mode === 'paragraphs' && state.whole && state.whole.key === config.key && lintParagraphs(document, state, text, config)) return;
      lintWhole(document, state, text, config);
    } catch (error) {
      // core's refusals (too long, not text) are the writer's to know: one diagnostic with core's message, which
      // never quotes the record, as check, the audit and the service say it.
      if (error instanceof Error && (error.name === 'InputTooLargeError' || error.name === 'BinaryInputError')) {
        state.whole = undefined;
        state.findings = [];
        state.version = document.version;
        publish(document, state, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Warning, code: 'refused', source: 'carelint', message: `carelint cannot check this document: ${error.message}` }]);
        return;
      }
      // A bug, not the writer's problem: say where, never what the record said.
      const stack = (error as Error).stack?.split('\n').slice(1, 6).join('\n') ?? '';
      connection.console.error(`carelint could not check a document (${(error as Error).name}).\n${stack}`);
    }
  }

  function lintParagraphs(document: TextDocument, state: State, text: string, config: DocumentConfig): boolean {
    const update = lintChangedParagraphs(text, state.whole!, config.options, config.key, cache);
    if (!update) return false;
    state.version = document.version;
    state.findings = update.findings;
    publish(document, state, update.findings.map((finding) => toDiagnostic(finding, docs)));
    return true;
  }

  function lintWhole(document: TextDocument, state: State, text: string, config: DocumentConfig): void {
    const report = lint(text, config.options);
    state.version = document.version;
    state.findings = report.messages;
    state.whole = { version: document.version, text, key: config.key, findings: report.messages, metrics: report.metrics };
    publish(document, state, report.messages.map((finding) => toDiagnostic(finding, docs)));
    if (metricsNotifications) void connection.sendNotification(METRICS_NOTIFICATION, { uri: document.uri, version: document.version, metrics: report.metrics });
  }

  function publish(document: TextDocument, state: State, diagnostics: Diagnostic[]): void {
    const json = JSON.stringify(diagnostics);
    if (json === state.sent) return;
    state.sent = json;
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  }

  function configDiagnostic(error: ConfigError): Diagnostic {
    if (!shownErrors.has(error.message)) {
      shownErrors.add(error.message);
      showMessage(MessageType.Error, `carelint: ${error.message}`);
    }
    return {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      code: 'config',
      source: 'carelint',
      message: `carelint cannot check this document: ${error.message}`,
    };
  }
}
