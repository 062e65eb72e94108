import type { DocumentType, Format } from '@carelint/core';
import { UsageError } from '../usage-error.js';
import type { InputRecord, RecordMeta } from '../types.js';
import { monthOf } from './dates.js';

/** The fields `--map` can name: where each record's id, text and metadata are in an export. */
export const mapKeys = ['id', 'text', 'date', 'team', 'author', 'type', 'child'] as const;
export type MapKey = (typeof mapKeys)[number];

/** Field (CSV column or JSONL key; dotted for nested JSON) for each map key, and which ones were given. */
export interface FieldMap {
  fields: Record<MapKey, string>;
  /** Keys named in `--map`: a CSV without one of these columns is a usage error, not a silent blank. */
  explicit: MapKey[];
}

/** Exports with columns named after the keys need no `--map`. */
export const defaultMap: FieldMap = {
  fields: { id: 'id', text: 'text', date: 'date', team: 'team', author: 'author', type: 'type', child: 'child' },
  explicit: [],
};

/** Parses `id=note_id,text=body,…`; unnamed keys keep their default field name. */
export function parseMap(spec: string | undefined): FieldMap {
  if (spec === undefined) return defaultMap;
  const fields = { ...defaultMap.fields };
  const explicit: MapKey[] = [];
  for (const part of spec.split(',')) {
    if (part.trim() === '') continue;
    const equals = part.indexOf('=');
    const key = (equals < 0 ? part : part.slice(0, equals)).trim();
    const field = equals < 0 ? '' : part.slice(equals + 1).trim();
    if (!(mapKeys as readonly string[]).includes(key)) {
      throw new UsageError(`--map: unknown key '${key}'. Keys: ${mapKeys.join(', ')}, as in --map id=note_id,text=body.`);
    }
    if (field === '') throw new UsageError(`--map: '${key}' needs a column name, as in --map ${key}=column_name.`);
    if (explicit.includes(key as MapKey)) throw new UsageError(`--map: '${key}' is given twice.`);
    fields[key as MapKey] = field;
    explicit.push(key as MapKey);
  }
  return { fields, explicit };
}

const documentTypes: ReadonlySet<string> = new Set<DocumentType>(['visit', 'plan', 'assessment', 'review', 'letter', 'other']);

/** A field's value: `row[field]`, or for JSON a dotted path into nested objects when there is no such key. */
export function fieldOf(row: Record<string, unknown>, field: string): unknown {
  if (Object.hasOwn(row, field)) return row[field];
  if (!field.includes('.')) return undefined;
  let value: unknown = row;
  for (const part of field.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** A metadata value as text; blank and non-scalar values count as absent. */
function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Children's names from a field: a list, or text separated by `;` or `,`. */
function namesOf(value: unknown): string[] {
  const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[;,]/) : [];
  return parts.filter((part): part is string => typeof part === 'string').map((part) => part.trim()).filter((part) => part !== '');
}

/** The record's metadata under `map`. */
export function metaOf(row: Record<string, unknown>, map: FieldMap): RecordMeta {
  const meta: RecordMeta = {};
  const team = scalar(fieldOf(row, map.fields.team));
  const date = scalar(fieldOf(row, map.fields.date));
  const author = scalar(fieldOf(row, map.fields.author));
  const type = scalar(fieldOf(row, map.fields.type));
  if (team !== undefined) meta.team = team;
  if (date !== undefined) {
    meta.date = date;
    const month = monthOf(date);
    if (month !== undefined) meta.month = month;
  }
  if (author !== undefined) meta.author = author;
  if (type !== undefined) meta.type = type;
  return meta;
}

/**
 * A row of an export as a record to lint, or an error row saying what is missing (never the text).
 * `fallbackId` names a row that has no id of its own (file and line).
 */
export function rowToRecord(row: Record<string, unknown>, map: FieldMap, fallbackId: string, format: Format, bytes: number): InputRecord {
  const id = scalar(fieldOf(row, map.fields.id)) ?? fallbackId;
  const meta = metaOf(row, map);
  const field = map.fields.text;
  const text = fieldOf(row, field);
  if (text === undefined || text === null) return { kind: 'error', id, meta, reason: `the record has no '${field}' field (the text, from --map text=…)`, bytes };
  if (typeof text !== 'string') return { kind: 'error', id, meta, reason: `the '${field}' field is not text`, bytes };
  if (text.trim() === '') return { kind: 'error', id, meta, reason: `the '${field}' field is empty: there is no text to check`, bytes };
  const record: InputRecord = { kind: 'text', id, meta, text, format, bytes };
  // The children's names help find their own words; they are used for linting only, never written out.
  const childNames = namesOf(fieldOf(row, map.fields.child));
  if (childNames.length > 0) record.childNames = childNames;
  const documentType = meta.type?.toLowerCase();
  if (documentType !== undefined && documentTypes.has(documentType)) record.documentType = documentType as DocumentType;
  return record;
}
