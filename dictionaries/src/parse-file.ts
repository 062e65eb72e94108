// Parses one dictionary file: YAML with line numbers, then the JSON schema, then typed items.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import schema from '../schema/dictionary.schema.json' with { type: 'json' };
import { DictionaryError, type ErrorPlace, type ItemKind } from './dictionary-error.js';
import type { Entry, Guard, Lexicon, Source } from './types.js';

/** A path into a file's data, as YAML keys and list indexes: `['entries', 3, 'severity']`. */
export type DataPath = readonly (string | number)[];

/** One parsed, schema-valid file, with a way back to its lines for later cross-file checks. */
export interface DictionaryFile {
  readonly file: string;
  readonly entries: readonly Entry[];
  readonly lexicons: readonly Lexicon[];
  readonly sources: Readonly<Record<string, Source>>;
  /** 1-based line of the node at `path`, or of its nearest ancestor that exists. */
  lineOf(path: DataPath): number;
}

const sectionKinds: Readonly<Record<string, ItemKind>> = { entries: 'entry', lexicons: 'lexicon', sources: 'source' };
let compiled: ValidateFunction | undefined;

/** Parses and schema-checks one file's text; throws a DictionaryError naming file, line, entry and field. */
export function parseDictionaryFile(text: string, file: string): DictionaryFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0].line ?? 1;
    throw new DictionaryError({ file, line, problem: `malformed YAML: ${firstLine(yamlError.message)}` });
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) {
    throw new DictionaryError({ file, line: 1, problem: 'the file is empty: add sources, entries or lexicons' });
  }
  const lineOf = (path: DataPath): number => lineAt(doc, lineCounter, path);
  const validate = (compiled ??= new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(schema));
  if (!validate(data)) throw schemaError(file, data, validate.errors ?? [], doc, lineCounter);
  return toDictionaryFile(file, data as RawFile, lineOf);
}

interface RawFile {
  readonly sources?: Readonly<Record<string, { readonly title: string; readonly url: string }>>;
  readonly entries?: readonly Entry[];
  readonly lexicons?: readonly Lexicon[];
}

function toDictionaryFile(file: string, raw: RawFile, lineOf: (path: DataPath) => number): DictionaryFile {
  const sources: Record<string, Source> = {};
  for (const [key, source] of Object.entries(raw.sources ?? {})) sources[key] = { key, title: source.title, url: source.url };
  const entries = (raw.entries ?? []).map(toEntry);
  const lexicons = (raw.lexicons ?? []).map((lexicon) => ({
    id: lexicon.id,
    description: lexicon.description,
    sources: [...lexicon.sources],
    phrases: [...lexicon.phrases],
  }));
  return { file, entries, lexicons, sources, lineOf };
}

/** Copies an entry with its fields in one fixed order, leaving out optional fields that are absent. */
function toEntry(raw: Entry): Entry {
  return {
    id: raw.id,
    term: raw.term,
    variants: [...raw.variants],
    category: raw.category,
    alternatives: [...raw.alternatives],
    rationale: raw.rationale,
    sources: [...raw.sources],
    severity: raw.severity,
    ...(raw.confidence === undefined ? {} : { confidence: raw.confidence }),
    ...(raw.caseSensitive === undefined ? {} : { caseSensitive: raw.caseSensitive }),
    ...(raw.expansion === undefined ? {} : { expansion: raw.expansion }),
    ...(raw.exclude === undefined ? {} : { exclude: toGuard(raw.exclude) }),
    ...(raw.require === undefined ? {} : { require: toGuard(raw.require) }),
    ...(raw.partOfSpeech === undefined ? {} : { partOfSpeech: raw.partOfSpeech }),
    ...(raw.senses === undefined ? {} : { senses: raw.senses }),
  };
}

function toGuard(raw: Guard): Guard {
  return {
    ...(raw.before === undefined ? {} : { before: [...raw.before] }),
    ...(raw.after === undefined ? {} : { after: [...raw.after] }),
    ...(raw.window === undefined ? {} : { window: raw.window }),
  };
}

function schemaError(file: string, data: unknown, errors: readonly ErrorObject[], doc: Document, counter: LineCounter): DictionaryError {
  const relevant = errors.filter((error) => !error.schemaPath.includes('/anyOf/') && error.keyword !== 'propertyNames');
  const located = (relevant.length > 0 ? relevant : errors).map((error) => {
    const path = decodePointer(error.instancePath);
    const key = keyNamedBy(error);
    const line = key === undefined ? lineAt(doc, counter, path) : keyLine(doc, counter, path, key);
    return { error, path, key, line };
  });
  located.sort((a, b) => a.line - b.line);
  const first = located[0];
  if (!first) return new DictionaryError({ file, problem: 'does not match the dictionary schema' });
  const { error, path, key, line } = first;
  const place = placeOf(data, path, key);
  return new DictionaryError({ file, line, ...place, problem: problemOf(error, path, place.field) });
}

/** Which item and field an error is about; top-level errors name only the field (the section). */
function placeOf(data: unknown, path: DataPath, key: string | undefined): Pick<ErrorPlace, 'kind' | 'entry' | 'field'> {
  const [section, item] = path;
  const kind = typeof section === 'string' ? sectionKinds[section] : undefined;
  const field = (parts: readonly (string | number | undefined)[]) =>
    parts.filter((part): part is string => typeof part === 'string').join('.') || undefined;
  // A source's key is its name: a badly formed key is reported as the source itself.
  if (kind === 'source' && path.length === 1 && key !== undefined) return { kind, entry: key };
  if (kind === undefined || item === undefined) return { field: field([...path, key]) };
  const list = (data as Record<string, unknown>)[section as string];
  const id = Array.isArray(list) ? (list[item as number] as { id?: unknown } | undefined)?.id : undefined;
  const entry = typeof item === 'string' ? item : typeof id === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? id : item;
  return { kind, entry, field: field([...path.slice(2), key]) };
}

function keyNamedBy(error: ErrorObject): string | undefined {
  const params = error.params as Record<string, unknown>;
  for (const name of ['missingProperty', 'additionalProperty'] as const) {
    if (typeof params[name] === 'string') return params[name];
  }
  return typeof error.propertyName === 'string' ? error.propertyName : undefined;
}

const typeWords: Readonly<Record<string, string>> = {
  string: 'text',
  array: 'a list',
  object: 'a map of keys to values',
  boolean: 'true or false',
  integer: 'a whole number',
};

function problemOf(error: ErrorObject, path: DataPath, field: string | undefined): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'enum':
      return `must be one of ${(params['allowedValues'] as unknown[]).join(', ')}`;
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return path.length === 0 ? 'is not a known section: use sources, entries or lexicons' : 'is not a known field (check the spelling)';
    case 'type':
      return `must be ${typeWords[String(params['type'])] ?? String(params['type'])}`;
    case 'pattern':
      return patternProblem(error.propertyName === undefined ? field : 'key');
    case 'minItems':
      return 'must list at least one item';
    case 'minLength':
      return 'must not be empty';
    case 'maxLength':
      return `must be at most ${String(params['limit'])} characters: one plain sentence`;
    case 'minimum':
    case 'maximum':
      return 'must be a whole number from 1 to 12';
    case 'anyOf':
      return 'must list before or after phrases (or both)';
    case 'minProperties':
      return 'the file is empty: add sources, entries or lexicons';
    default:
      return error.message ?? 'does not match the dictionary schema';
  }
}

function patternProblem(field: string | undefined): string {
  if (field === 'rationale') return 'must be one plain sentence: a capital first, a full stop last, no second sentence';
  if (field === 'url') return 'must be a web address starting with https:// or http://';
  if (field === 'key' || field === 'id' || field === 'sources') {
    return 'must be kebab-case: lower-case letters and digits joined by single hyphens, e.g. "contact-family"';
  }
  return 'must not be empty, start or end with a space, or hold a backtick or line break';
}

function decodePointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}

/** The line of the node at `path`; a map or list value inside a map is placed on its key's line. */
function lineAt(doc: Document, counter: LineCounter, path: DataPath): number {
  let node: unknown = doc.contents;
  let line = startLine(node, counter) ?? 1;
  for (const part of path) {
    const parent = node;
    node = isMap(parent) || isSeq(parent) ? parent.get(part, true) : undefined;
    const pair = isMap(parent) && (isMap(node) || isSeq(node)) ? parent.items.find((item) => isScalar(item.key) && item.key.value === part) : undefined;
    const next = startLine(pair?.key ?? node, counter);
    if (next === undefined) break;
    line = next;
  }
  return line;
}

function keyLine(doc: Document, counter: LineCounter, path: DataPath, key: string): number {
  const parent = doc.getIn(path, true);
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
    const line = startLine(pair?.key, counter);
    if (line !== undefined) return line;
  }
  return lineAt(doc, counter, path);
}

function startLine(node: unknown, counter: LineCounter): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? counter.linePos(range[0]).line : undefined;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
