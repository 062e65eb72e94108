import { createReadStream } from 'node:fs';
import type { Format } from '@carelint/core';
import type { InputRecord } from '../types.js';
import { UsageError } from '../usage-error.js';
import { csvRows } from './csv-rows.js';
import { rowToRecord, type FieldMap } from './map.js';

/** The header row of a CSV export (read from the start of the file only). */
export async function csvHeader(path: string): Promise<string[]> {
  const stream = createReadStream(path, { start: 0, end: 4 * 1024 * 1024 });
  try {
    for await (const row of csvRows(stream, 4 * 1024 * 1024)) {
      if (row.empty) continue;
      return (row.fields ?? []).map((cell) => cell.trim());
    }
    return [];
  } finally {
    stream.destroy();
  }
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

/**
 * The records of a CSV export, in file order, streaming. Every row that is not blank gives one record or one error
 * row (named by its id when its fields could be read, else by its line), and the next row is read as a record:
 * rows in = records linted + error rows. See csv-rows.ts for how a broken row is told from the next one.
 */
export async function* readCsv(path: string, display: string, map: FieldMap, format: Format): AsyncGenerator<InputRecord> {
  let header: string[] | undefined;
  let idColumn = -1;
  let carried = 0;
  for await (const row of csvRows(createReadStream(path))) {
    if (row.empty) {
      carried += row.bytes;
      continue;
    }
    const bytes = carried + row.bytes;
    carried = 0;
    if (!header) {
      // The header: a broken one leaves every column unknown, so each row then reports the missing text column.
      header = (row.fields ?? []).map((cell) => cell.trim());
      idColumn = header.indexOf(map.fields.id);
      continue;
    }
    const fallbackId = `${display}:${row.line}`;
    if (!row.fields) {
      yield { kind: 'error', id: fallbackId, meta: {}, reason: `line ${row.line}: ${row.broken ?? 'the row could not be read as CSV'}`, bytes };
      continue;
    }
    if (row.fields.length !== header.length) {
      const id = idColumn >= 0 && row.fields[idColumn]?.trim() ? row.fields[idColumn]!.trim() : fallbackId;
      yield { kind: 'error', id, meta: {}, reason: `line ${row.line}: the row has ${row.fields.length} fields, not as many as the header`, bytes };
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((column, k) => {
      record[column] = row.fields![k]!;
    });
    yield rowToRecord(record, map, fallbackId, format, bytes);
  }
}
