import { closeSync, createReadStream, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Level } from '@carelint/core';
import { splitLines } from './input/lines.js';
import { writeReport, scriptJson } from './report/html.js';
import { tableRow } from './report/rows.js';
import { files } from './run/records-file.js';
import { SarifWriter, type SarifLogger } from './sarif.js';
import { Aggregator, toneBands } from './summary/aggregate.js';
import { summaryCsv } from './summary/csv.js';
import type { Summary } from './summary/summary.js';
import { shardText, type Shard } from './run/shard.js';
import { isErrorRecord, type AuditRecord } from './types.js';

export type { SarifLogger } from './sarif.js';

export interface FinalizeOptions {
  snippets: boolean;
  tableLimit: number;
  failOn: Level | 'none';
  inputs: string[];
  versions: { audit: string; core: string };
  sarif?: SarifLogger;
  /** The shard these records are (`--shard I/N`), noted in summary.json. */
  shard?: Shard;
}

export interface FinalizeResult {
  summary: Summary;
  /** A finding at or above --fail-on was found. */
  failed: boolean;
  /** Records with a finding at or above --fail-on. */
  failing: number;
  /** Files written in the output folder. */
  written: string[];
}

const rank: Record<Level, number> = { info: 1, warning: 2, error: 3 };

/** Writes a file under a temporary name, then renames it into place. */
function writeAtomic(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/**
 * Reads records.jsonl once, streaming, and writes everything made from it: summary.json, summary.csv,
 * report.html and (when asked) results.sarif. Everything is a function of records.jsonl alone, so a resumed
 * audit ends with the same files as one that ran straight through.
 */
export async function finalize(out: string, options: FinalizeOptions): Promise<FinalizeResult> {
  const aggregator = new Aggregator();
  const rowsFile = join(out, '.report-rows.tmp');
  const rowsFd = openSync(rowsFile, 'w');
  const sarif = options.sarif ? new SarifWriter(join(out, files.sarif), options.sarif) : undefined;
  let rows = 0;
  let failing = 0;
  try {
    for await (const line of splitLines(createReadStream(join(out, files.records)), Number.POSITIVE_INFINITY)) {
      if (line.text === '') continue;
      const record = JSON.parse(line.text) as AuditRecord;
      aggregator.add(record);
      if (rows < options.tableLimit) {
        const text = `${rows > 0 ? ',\n' : ''}${scriptJson(tableRow(record, options.snippets))}`;
        const buffer = Buffer.from(text, 'utf8');
        let offset = 0;
        while (offset < buffer.length) offset += writeSync(rowsFd, buffer, offset);
        rows += 1;
      }
      if (isErrorRecord(record)) continue;
      if (options.failOn !== 'none' && record.messages.some((finding) => rank[finding.severity] >= rank[options.failOn as Level])) failing += 1;
      sarif?.add({ path: record.id, format: record.format, ...(record.documentType ? { documentType: record.documentType } : {}), messages: record.messages, metrics: record.metrics });
    }
  } finally {
    closeSync(rowsFd);
  }
  sarif?.finish();

  const groups = aggregator.result();
  const summary: Summary = {
    carelint: options.versions,
    inputs: options.inputs,
    ...(options.shard ? { shard: shardText(options.shard) } : {}),
    records: groups.overall.records,
    linted: groups.overall.linted,
    errors: groups.overall.errors,
    toneBands,
    ...groups,
  };
  writeAtomic(join(out, files.summaryJson), `${JSON.stringify(summary, null, 2)}\n`);
  writeAtomic(join(out, files.summaryCsv), summaryCsv(summary));
  writeReport(join(out, `${files.report}.tmp`), { summary, rowsFile, rows, tableLimit: options.tableLimit, snippets: options.snippets });
  renameSync(join(out, `${files.report}.tmp`), join(out, files.report));
  rmSync(rowsFile, { force: true });
  const written = [files.records, files.summaryJson, files.summaryCsv, files.report, ...(sarif ? [files.sarif] : [])];
  return { summary, failed: failing > 0, failing, written };
}
