/** @carelint/language-server: carelint over the Language Server Protocol. The bin is `carelint-language-server --stdio`. */
export { codeActionsFor, COMMANDS, matchCase, type AllowArgs, type IgnoreArgs } from './code-actions.js';
export { addToConfigList, NEW_CONFIG_FILE, type ConfigEdit, type ListKey } from './config-edit.js';
export { ConfigStore, isConfigFile, type DocumentConfig, type EditorSettings } from './config-store.js';
export { toDiagnostic, type DiagnosticData } from './diagnostics.js';
export { hoverFor } from './hover.js';
export { isParagraphFinding, lintChangedParagraphs, ParagraphCache, type Base, type Update } from './incremental.js';
export { DEFAULT_LANGUAGES, formatOf } from './language.js';
export { paragraphs, type Span } from './paragraphs.js';
export * from './protocol.js';
export { findDocsRoot, RuleDocs } from './rule-docs.js';
export { startServer, type ServerOptions } from './server.js';
