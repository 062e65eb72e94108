import type { DocumentType, Format } from '@carelint/core';

/** What an export says about a record besides its text; every field is optional in the export. */
export interface RecordMeta {
  team?: string;
  /** The date as the export wrote it. */
  date?: string;
  /** `YYYY-MM` from `date`, when it could be read. */
  month?: string;
  author?: string;
  type?: string;
}

/** One record as a reader hands it on: text to lint, a file to read and lint, or a record that could not be read. */
export type InputRecord =
  | { kind: 'text'; id: string; meta: RecordMeta; text: string; format: Format; documentType?: DocumentType; childNames?: string[]; bytes: number }
  | { kind: 'file'; id: string; meta: RecordMeta; path: string; bytes: number }
  | { kind: 'error'; id: string; meta: RecordMeta; reason: string; bytes: number };

/** A line of records.jsonl for a record that was linted: core's Report plus the record's id and metadata. */
export interface LintedRecord {
  id: string;
  meta: RecordMeta;
  format: Format;
  documentType?: DocumentType;
  messages: import('@carelint/core').Finding[];
  metrics: import('@carelint/core').Metrics;
}

/** A line of records.jsonl for a record that could not be read or linted: why, never its text. */
export interface ErrorRecord {
  id: string;
  meta: RecordMeta;
  error: string;
}

export type AuditRecord = LintedRecord | ErrorRecord;

/** True for an error row. */
export function isErrorRecord(record: AuditRecord): record is ErrorRecord {
  return 'error' in record;
}
