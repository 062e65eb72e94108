// Checks parsed files against each other (and an optional base dictionary) and merges them into one Dictionary.
import { DictionaryError, type ItemKind } from './dictionary-error.js';
import { parseDictionaryFile, type DataPath, type DictionaryFile } from './parse-file.js';
import { normalisePhrase } from './phrase.js';
import type { Dictionary, Entry, Lexicon, Source } from './types.js';

/** A file's name (as it should appear in errors, e.g. `dictionaries/data/jargon.yaml`) and its text. */
export interface DictionaryText {
  readonly file: string;
  readonly text: string;
}

/** Where an item was defined: a file and line, or nothing for the base dictionary. */
type Origin = { readonly file: string; readonly line: number } | undefined;

interface PhraseOwner {
  readonly id: string;
  readonly phrase: string;
  readonly caseSensitive: boolean;
  readonly origin: Origin;
}

/**
 * Parses, checks and merges dictionary files into one Dictionary (entries and lexicons sorted by id).
 * With `base`, the files extend it: their ids, phrases and source keys are checked against it too.
 */
export function loadDictionaries(files: readonly DictionaryText[], base?: Dictionary): Dictionary {
  return mergeDictionaryFiles(
    files.map(({ file, text }) => parseDictionaryFile(text, file)),
    base,
  );
}

/** Checks already-parsed files against each other and merges them (see loadDictionaries). */
export function mergeDictionaryFiles(files: readonly DictionaryFile[], base?: Dictionary): Dictionary {
  const sources = new Map<string, { readonly source: Source; readonly origin: Origin }>();
  for (const source of Object.values(base?.sources ?? {})) sources.set(source.key, { source, origin: undefined });
  for (const file of files) {
    for (const source of Object.values(file.sources)) {
      const line = file.lineOf(['sources', source.key]);
      const earlier = sources.get(source.key);
      if (earlier) fail(file, ['sources', source.key], 'source', source.key, undefined, `is already defined ${describeOrigin(earlier.origin)}`);
      sources.set(source.key, { source, origin: { file: file.file, line } });
    }
  }
  const checker = new EntryChecker(new Set(sources.keys()));
  for (const entry of base?.entries ?? []) checker.add(entry, undefined, -1);
  const lexicons = new Map<string, Origin>((base?.lexicons ?? []).map((lexicon) => [lexicon.id, undefined]));
  for (const file of files) {
    file.entries.forEach((entry, index) => checker.add(entry, file, index));
    file.lexicons.forEach((lexicon, index) => {
      checkLexicon(lexicon, file, index, sources, lexicons.get(lexicon.id), lexicons.has(lexicon.id));
      lexicons.set(lexicon.id, { file: file.file, line: file.lineOf(['lexicons', index]) });
    });
  }
  const allSources: Record<string, Source> = {};
  for (const key of [...sources.keys()].sort()) allSources[key] = (sources.get(key) as { source: Source }).source;
  return {
    entries: [...(base?.entries ?? []), ...files.flatMap((file) => file.entries)].sort(byId),
    lexicons: [...(base?.lexicons ?? []), ...files.flatMap((file) => file.lexicons)].sort(byId),
    sources: allSources,
  };
}

/** Holds what the entries seen so far own (ids, phrases) and checks each new entry against it. */
class EntryChecker {
  private readonly ids = new Map<string, Origin>();
  /** Normalised phrase -> owners; flagged (replace, explain, review) and counted entries are separate pools. */
  private readonly flagged = new Map<string, PhraseOwner[]>();
  private readonly counted = new Map<string, PhraseOwner[]>();

  constructor(private readonly sourceKeys: ReadonlySet<string>) {}

  add(entry: Entry, file: DictionaryFile | undefined, index: number): void {
    const origin: Origin = file ? { file: file.file, line: file.lineOf(['entries', index]) } : undefined;
    const at = (path: DataPath, field: string, problem: string): never => {
      if (!file) throw new Error(`built-in entry "${entry.id}", field "${field}": ${problem}`);
      return fail(file, ['entries', index, ...path], 'entry', entry.id, field, problem);
    };
    if (this.ids.has(entry.id)) at(['id'], 'id', `is already used by the entry ${describeOrigin(this.ids.get(entry.id))}`);
    this.ids.set(entry.id, origin);
    if (file) this.checkFields(entry, at);
    const pool = entry.severity === 'count' ? this.counted : this.flagged;
    const phrases: [string, DataPath, string][] = [
      [entry.term, ['term'], 'term'],
      ...entry.variants.map((variant, k): [string, DataPath, string] => [variant, ['variants', k], 'variants']),
    ];
    for (const [phrase, path, field] of phrases) {
      const owner: PhraseOwner = { id: entry.id, phrase, caseSensitive: entry.caseSensitive === true, origin };
      const key = normalisePhrase(phrase);
      const clash = (pool.get(key) ?? []).find((other) => overlaps(other, owner));
      if (clash) at(path, field, clashProblem(phrase, clash, entry));
      pool.set(key, [...(pool.get(key) ?? []), owner]);
    }
  }

  private checkFields(entry: Entry, at: (path: DataPath, field: string, problem: string) => never): void {
    entry.sources.forEach((key, k) => {
      if (!this.sourceKeys.has(key)) at(['sources', k], 'sources', `"${key}" is not a known source: add it to a sources: map`);
    });
    if (entry.alternatives.length === 0 && (entry.severity === 'replace' || entry.severity === 'explain')) {
      at(['alternatives'], 'alternatives', `must suggest at least one alternative when severity is ${entry.severity}`);
    }
    if (entry.category !== 'acronym') return;
    if (entry.caseSensitive !== true) at(['caseSensitive'], 'caseSensitive', 'an acronym entry must set caseSensitive: true');
    if (!/^(?=.*[A-Z])[A-Z0-9&]{2,}$/.test(entry.term)) {
      at(['term'], 'term', 'an acronym is written in capitals as it appears in records, e.g. "IRO"');
    }
    if (entry.severity === 'explain' && entry.expansion === undefined) {
      at(['expansion'], 'expansion', 'an acronym to explain needs its expanded form, e.g. "Independent Reviewing Officer"');
    }
  }
}

function checkLexicon(
  lexicon: Lexicon,
  file: DictionaryFile,
  index: number,
  sources: ReadonlyMap<string, unknown>,
  earlier: Origin,
  seen: boolean,
): void {
  const at = (path: DataPath, field: string, problem: string): never =>
    fail(file, ['lexicons', index, ...path], 'lexicon', lexicon.id, field, problem);
  if (seen) at(['id'], 'id', `is already used by the lexicon ${describeOrigin(earlier)}`);
  lexicon.sources.forEach((key, k) => {
    if (!sources.has(key)) at(['sources', k], 'sources', `"${key}" is not a known source: add it to a sources: map`);
  });
  const phrases = new Set<string>();
  lexicon.phrases.forEach((phrase, k) => {
    if (phrases.has(phrase)) at(['phrases', k], 'phrases', `"${phrase}" is listed twice`);
    phrases.add(phrase);
  });
}

/** Two phrases clash when one could match the same words as the other. */
function overlaps(a: PhraseOwner, b: PhraseOwner): boolean {
  if (a.caseSensitive && b.caseSensitive) return normalisePhrase(a.phrase, true) === normalisePhrase(b.phrase, true);
  return true;
}

function clashProblem(phrase: string, clash: PhraseOwner, entry: Entry): string {
  if (clash.id === entry.id) return `"${phrase}" is listed twice in this entry (hyphens, spaces and case count as the same)`;
  const verb = entry.severity === 'count' ? 'counted' : 'flagged';
  return `"${phrase}" is already ${verb} by entry "${clash.id}" ${describeOrigin(clash.origin)}: a phrase may be ${verb} by one entry only`;
}

function describeOrigin(origin: Origin): string {
  return origin ? `at ${origin.file}:${origin.line}` : 'in the built-in dictionary';
}

function fail(file: DictionaryFile, path: DataPath, kind: ItemKind, entry: string, field: string | undefined, problem: string): never {
  throw new DictionaryError({ file: file.file, line: file.lineOf(path), kind, entry, field, problem });
}

function byId<T extends { readonly id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
