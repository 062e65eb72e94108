import { createReadStream } from 'node:fs';
import type { Format } from '@carelint/core';
import { parse, type CsvError, type Info } from 'csv-parse';
import type { InputRecord } from '../types.js';
import { UsageError } from '../usage-error.js';
import { rowToRecord, type FieldMap } from './map.js';

/** The header row of a CSV export (read from the start of the file only). */
export async function csvHeader(path: string): Promise<string[]> {
  const parser = createReadStream(path, { start: 0, end: 4 * 1024 * 1024 }).pipe(parse({ bom: true, to_line: 1, relax_column_count: true }));
  for await (const row of parser as AsyncIterable<string[]>) {
    parser.destroy();
    return row.map((cell) => cell.trim());
  }
  return [];
}

/** Checks up front that a CSV export has the columns `--map` names, so a long run does not end in errors only. */
export async function checkCsvColumns(path: string, display: string, map: FieldMap): Promise<void> {
  const header = await csvHeader(path);
  const has = new Set(header);
  const shown = header.length > 20 ? `${header.slice(0, 20).join(', ')}, …` : header.join(', ');
  const mustHave = new Set([...map.explicit, 'text' as const]);
  for (const key of mustHave) {
    const column = map.fields[key];
    if (has.has(column)) continue;
    const how = map.explicit.includes(key) ? `from --map ${key}=${column}` : `name it with --map ${key}=COLUMN`;
    throw new UsageError(`'${display}' has no column '${column}' for the record ${key === 'text' ? 'text' : key} (${how}). Its columns: ${shown || 'none'}.`);
  }
}

/** Why csv-parse skipped a row, in our words: its own messages can quote the row. */
function csvReason(error: CsvError | undefined): string {
  switch (error?.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return `the row has ${Array.isArray(error.record) ? error.record.length : 'a different number of'} fields, not as many as the header`;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field in the row is not closed properly';
    default:
      return `the row could not be read as CSV (${error?.code ?? 'unknown problem'})`;
  }
}

/** A CSV row's id from its raw fields, when the row was skipped but its id column is still there. */
function idFromFields(error: CsvError | undefined, idColumn: number): string | undefined {
  const fields = error?.record;
  if (!Array.isArray(fields) || idColumn < 0) return undefined;
  const value: unknown = fields[idColumn];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The records of a CSV export, in file order, streaming: rows that cannot be parsed, and rows without text,
 * become error rows (id and reason) and reading goes on.
 */
export async function* readCsv(path: string, display: string, map: FieldMap, format: Format): AsyncGenerator<InputRecord> {
  const header = await csvHeader(path);
  const idColumn = header.indexOf(map.fields.id);
  const skipped: Array<{ line: number; record: InputRecord }> = [];
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      columns: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined) => {
        const line = typeof error?.lines === 'number' ? error.lines : 0;
        const id = idFromFields(error, idColumn) ?? `${display}:${line}`;
        skipped.push({ line, record: { kind: 'error', id, meta: {}, reason: `line ${line}: ${csvReason(error)}`, bytes: 0 } });
        return undefined;
      },
    }),
  );
  let bytes = 0;
  let line = 1;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: Info }>) {
      // Rows skipped before this one come first, so error rows keep their place in the file.
      while (skipped.length > 0 && skipped[0]!.line < info.lines) yield skipped.shift()!.record;
      const used = info.bytes - bytes;
      bytes = info.bytes;
      line = info.lines;
      yield rowToRecord(record, map, `${display}:${info.lines}`, format, used);
    }
  } catch (error) {
    // An unrecoverable problem (a quote never closed): the rest of the file is one error row, and the audit goes on.
    while (skipped.length > 0) yield skipped.shift()!.record;
    const reason = csvReason(error as CsvError);
    yield { kind: 'error', id: `${display}:${line + 1}`, meta: {}, reason: `the rest of the file, from line ${line + 1}, could not be read: ${reason}`, bytes: 0 };
    return;
  }
  while (skipped.length > 0) yield skipped.shift()!.record;
}
