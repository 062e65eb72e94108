/** @carelint/audit: batch audits of many records on every core, with summaries and a report managers can read. */
export { runAuditCommand, type AuditHooks, type AuditIo } from './command/run.js';
export { auditHelp } from './command/help.js';
export { parseAuditArgs, type AuditArgs } from './command/options.js';
export { runAudit, type AuditOptions, type AuditResult, type FailOn } from './run/audit.js';
export { mergeAudits, type MergeOptions, type MergeResult } from './run/merge.js';
export { parseShard, shardOf, type Shard } from './run/shard.js';
export { finalize, type FinalizeOptions, type FinalizeResult } from './finalize.js';
export { parseMap, defaultMap, mapKeys, monthOf, type FieldMap, type MapKey } from './input/index.js';
export { toneBands, type GroupSummary, type TermSummary, type ToneBand } from './summary/aggregate.js';
export type { Summary } from './summary/summary.js';
export type { SarifLike, SarifLogger } from './sarif.js';
export { files as outputFiles } from './run/records-file.js';
export { UsageError } from './usage-error.js';
export type { AuditRecord, ErrorRecord, LintedRecord, RecordMeta } from './types.js';
