import { presets, type DocumentType, type Format, type LintOptions, type PresetName } from '@carelint/core';
import { HttpError } from './errors.js';

/** The body of `POST /v1/check`. */
export interface CheckRequest {
  /** The record, as typed or stored. */
  text: string;
  format?: Format;
  documentType?: DocumentType;
  /** Names of the children the record is about. */
  children?: string[];
  preset?: PresetName;
  /** The record's id in the caller's system, copied into the report's `path`. */
  id?: string;
  /** Fingerprints of findings the writer chose to ignore. */
  ignore?: string[];
}

export const FORMATS: readonly Format[] = ['text', 'markdown', 'html'];
export const DOCUMENT_TYPES: readonly DocumentType[] = ['visit', 'plan', 'assessment', 'review', 'letter', 'other'];
const FIELDS = ['text', 'format', 'documentType', 'children', 'preset', 'id', 'ignore'] as const;
const MAX_LIST = 1000;

/**
 * Checks a parsed body field by field. Each problem is a 400 that names the field and says what it must be;
 * values are never echoed back (a misplaced record would be).
 */
export function parseCheckRequest(body: unknown): CheckRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid(undefined, `The body must be a JSON object such as {"text": "…"}, not ${kind(body)}.`);
  }
  const fields = body as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!(FIELDS as readonly string[]).includes(key)) {
      throw invalid(key.slice(0, 40), `"${key.slice(0, 40)}" is not a field of a check request; fields are: ${FIELDS.join(', ')}.`);
    }
  }
  const { text } = fields;
  if (text === undefined || text === null) throw invalid('text', 'The record is missing: send it as {"text": "…"}.');
  if (typeof text !== 'string') throw invalid('text', `"text" must be a string (the record), not ${kind(text)}.`);
  if (text.trim() === '') throw invalid('text', '"text" is empty: there is no record to check.');
  const request: CheckRequest = { text };
  if (fields.format !== undefined) request.format = oneOf('format', fields.format, FORMATS);
  if (fields.documentType !== undefined) request.documentType = oneOf('documentType', fields.documentType, DOCUMENT_TYPES);
  if (fields.preset !== undefined) request.preset = oneOf('preset', fields.preset, Object.keys(presets) as PresetName[]);
  if (fields.children !== undefined) request.children = strings('children', fields.children, 'the names of the children the record is about');
  if (fields.ignore !== undefined) request.ignore = strings('ignore', fields.ignore, 'fingerprints of findings to leave out');
  if (fields.id !== undefined) {
    if (typeof fields.id !== 'string' || fields.id.length > 200) throw invalid('id', '"id" must be a string of at most 200 characters (the record\'s id in your system).');
    request.id = fields.id;
  }
  return request;
}

/** The options core's `lint()` gets for a request, on top of the server's own settings. */
export function lintOptionsFor(request: CheckRequest, base: LintOptions): LintOptions {
  const options: LintOptions = { ...base, format: request.format ?? 'text' };
  if (request.preset) options.preset = request.preset;
  if (request.documentType) options.documentType = request.documentType;
  if (request.children) options.childNames = [...(base.childNames ?? []), ...request.children];
  if (request.ignore) options.ignore = [...(base.ignore ?? []), ...request.ignore];
  if (request.id !== undefined) options.path = request.id;
  return options;
}

function invalid(field: string | undefined, message: string): HttpError {
  return new HttpError(400, 'invalid-request', message, field);
}

function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw invalid(field, `"${field}" must be one of: ${allowed.join(', ')}${typeof value === 'string' ? '' : ` (not ${kind(value)})`}.`);
  }
  return value as T;
}

function strings(field: string, value: unknown, what: string): string[] {
  if (!Array.isArray(value) || value.length > MAX_LIST || value.some((item) => typeof item !== 'string' || item.trim() === '' || item.length > 200)) {
    throw invalid(field, `"${field}" must be a list of non-empty strings (${what}), each at most 200 characters, at most ${MAX_LIST} of them.`);
  }
  return value as string[];
}

/** "a number", "an array"…: the kind of a JSON value, for messages that must not repeat the value. */
function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  const type = typeof value;
  return type === 'object' ? 'an object' : type === 'number' ? 'a number' : type === 'boolean' ? 'true or false' : `a ${type}`;
}
