import type { Format } from '@carelint/core';
import type { InputRecord } from '../types.js';
import { MAX_LINE, splitLines } from './lines.js';
import { rowToRecord, type FieldMap } from './map.js';

/**
 * The records of a JSONL export (one JSON object per line), streaming from `chunks` (a file or stdin). A line that
 * is not a JSON object becomes an error row named by its line number; blank lines are skipped.
 */
export async function* readJsonl(chunks: AsyncIterable<string | Uint8Array>, display: string, map: FieldMap, format: Format): AsyncGenerator<InputRecord> {
  let carried = 0;
  for await (const line of splitLines(chunks)) {
    if (line.text.trim() === '' && !line.tooLong) {
      carried += line.bytes;
      continue;
    }
    const bytes = carried + line.bytes;
    carried = 0;
    const fallbackId = `${display}:${line.number}`;
    if (line.tooLong) {
      yield { kind: 'error', id: fallbackId, meta: {}, reason: `line ${line.number} is too long to read (over ${MAX_LINE / 1024 / 1024} million characters)`, bytes };
      continue;
    }
    let row: unknown;
    try {
      row = JSON.parse(line.text);
    } catch {
      yield { kind: 'error', id: fallbackId, meta: {}, reason: `line ${line.number} is not valid JSON`, bytes };
      continue;
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      yield { kind: 'error', id: fallbackId, meta: {}, reason: `line ${line.number} is not a JSON object`, bytes };
      continue;
    }
    yield rowToRecord(row as Record<string, unknown>, map, fallbackId, format, bytes);
  }
}
