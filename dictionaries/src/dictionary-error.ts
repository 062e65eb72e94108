// The one error the dictionary loader throws: says which file, line, entry and field, and what is wrong.

/** What part of a dictionary file an error is about. */
export type ItemKind = 'entry' | 'lexicon' | 'source';

/** Where a problem is and what it is; every part but `file` and `problem` may be unknown. */
export interface ErrorPlace {
  readonly file: string;
  readonly line?: number | undefined;
  readonly kind?: ItemKind | undefined;
  /** The item's id (a source's key), or its 0-based index when it has no usable id. */
  readonly entry?: string | number | undefined;
  /** The field inside the item, dotted for nested fields (`exclude.before`). */
  readonly field?: string | undefined;
  readonly problem: string;
}

/**
 * A dictionary file that cannot be used, e.g.
 * `dictionaries/data/jargon.yaml:42: entry "contact-family", field "severity": must be one of replace, explain, review, count`.
 */
export class DictionaryError extends Error {
  override readonly name = 'DictionaryError';
  readonly file: string;
  readonly line: number | undefined;
  readonly kind: ItemKind | undefined;
  readonly entry: string | number | undefined;
  readonly field: string | undefined;
  readonly problem: string;

  constructor(place: ErrorPlace) {
    super(describe(place));
    this.file = place.file;
    this.line = place.line;
    this.kind = place.kind;
    this.entry = place.entry;
    this.field = place.field;
    this.problem = place.problem;
  }
}

function describe(place: ErrorPlace): string {
  const where = place.line === undefined ? place.file : `${place.file}:${place.line}`;
  const parts: string[] = [];
  if (place.entry !== undefined) {
    const kind = place.kind ?? 'entry';
    parts.push(typeof place.entry === 'number' ? `${kind} #${place.entry + 1}` : `${kind} "${place.entry}"`);
  }
  if (place.field !== undefined) parts.push(`field "${place.field}"`);
  return parts.length === 0 ? `${where}: ${place.problem}` : `${where}: ${parts.join(', ')}: ${place.problem}`;
}
