// A broken dictionary file fails with one message naming the file, line, entry and field.
import { describe, expect, it } from 'vitest';
import { DictionaryError, loadDictionaries, parseDictionaryFile } from '../src/validate.js';

const sources = `sources:
  tact:
    title: Language that cares
    url: https://example.org/tact
`;

/** A valid one-entry file (entry starts on line 2); `change` rewrites one line of the entry. */
function entryFile(change: (lines: string[]) => string[] = (lines) => lines): string {
  const lines = [
    'entries:',
    '  - id: contact-family',
    '    term: contact',
    '    variants: [contact session]',
    '    category: jargon',
    '    alternatives: [family time]',
    '    rationale: Children say it makes seeing family sound like an appointment.',
    '    sources: [tact]',
    '    severity: replace',
  ];
  return `${change(lines).join('\n')}\n`;
}

function load(...texts: string[]) {
  return loadDictionaries([
    { file: 'dictionaries/data/sources.yaml', text: sources },
    ...texts.map((text, index) => ({ file: `dictionaries/data/file-${index + 1}.yaml`, text })),
  ]);
}

function errorOf(action: () => unknown): DictionaryError {
  try {
    action();
  } catch (error) {
    if (error instanceof DictionaryError) return error;
    throw error;
  }
  throw new Error('expected a DictionaryError');
}

function replaceLine(prefix: string, line: string | undefined) {
  return (lines: string[]) => lines.flatMap((current) => (current.startsWith(prefix) ? (line === undefined ? [] : [line]) : [current]));
}

describe('loadDictionaries', () => {
  it('loads a valid file, with the source key on each source', () => {
    const dictionary = load(entryFile());
    expect(dictionary.entries.map((entry) => entry.id)).toEqual(['contact-family']);
    expect(dictionary.sources['tact']).toEqual({ key: 'tact', title: 'Language that cares', url: 'https://example.org/tact' });
  });

  it('names file, line, entry and field for a bad severity', () => {
    const error = errorOf(() => load(entryFile(replaceLine('    severity:', '    severity: sometimes'))));
    expect(error.message).toBe(
      'dictionaries/data/file-1.yaml:9: entry "contact-family", field "severity": must be one of replace, explain, review, count',
    );
    expect([error.file, error.line, error.entry, error.field]).toEqual(['dictionaries/data/file-1.yaml', 9, 'contact-family', 'severity']);
  });

  it('reports a missing rationale at the entry', () => {
    const error = errorOf(() => load(entryFile(replaceLine('    rationale:', undefined))));
    expect(error.message).toBe('dictionaries/data/file-1.yaml:2: entry "contact-family", field "rationale": is required');
  });

  it('asks for one plain sentence as the rationale', () => {
    const error = errorOf(() => load(entryFile(replaceLine('    rationale:', '    rationale: Bad word. Use another'))));
    expect(error.message).toBe(
      'dictionaries/data/file-1.yaml:7: entry "contact-family", field "rationale": must be one plain sentence: a capital first, a full stop last, no second sentence',
    );
  });

  it('reports an unknown source key where it is cited', () => {
    const error = errorOf(() => load(entryFile(replaceLine('    sources:', '    sources: [tact, tacct]'))));
    expect(error.message).toBe(
      'dictionaries/data/file-1.yaml:8: entry "contact-family", field "sources": "tacct" is not a known source: add it to a sources: map',
    );
  });

  it('reports a duplicate id in a second file, pointing at the first', () => {
    const error = errorOf(() => load(entryFile(), entryFile(replaceLine('    term:', '    term: contact visit'))));
    expect(error.message).toBe(
      'dictionaries/data/file-2.yaml:2: entry "contact-family", field "id": is already used by the entry at dictionaries/data/file-1.yaml:2',
    );
  });

  it('reports the same phrase in two entries, hyphens and case aside', () => {
    const second = entryFile((lines) =>
      lines.map((line) => line.replace('id: contact-family', 'id: family-time').replace('term: contact', 'term: Contact-Session')),
    );
    const error = errorOf(() => load(entryFile(), second));
    expect(error.message).toBe(
      'dictionaries/data/file-2.yaml:3: entry "family-time", field "term": "Contact-Session" is already flagged by entry "contact-family" at dictionaries/data/file-1.yaml:2: a phrase may be flagged by one entry only',
    );
  });

  it('lets a counted entry share a phrase with a flagged one', () => {
    const counted = entryFile((lines) =>
      lines.map((line) => line.replace('id: contact-family', 'id: cr-contact').replace('severity: replace', 'severity: count')),
    );
    expect(load(entryFile(), counted).entries).toHaveLength(2);
  });

  it('reports malformed YAML with its line', () => {
    const twice = errorOf(() => load(entryFile((lines) => [...lines, '    severity: review'])));
    expect(twice.message).toBe('dictionaries/data/file-1.yaml:10: malformed YAML: Map keys must be unique');
    const unclosed = errorOf(() => load(entryFile(replaceLine('    alternatives:', '    alternatives: [family time'))));
    expect(unclosed.message).toMatch(/^dictionaries\/data\/file-1\.yaml:\d+: malformed YAML: Flow sequence/);
    expect([unclosed.entry, unclosed.field]).toEqual([undefined, undefined]);
  });

  it('reports an unknown field by its name', () => {
    const error = errorOf(() => load(entryFile((lines) => [...lines, '    severty: replace'])));
    expect(error.message).toBe('dictionaries/data/file-1.yaml:10: entry "contact-family", field "severty": is not a known field (check the spelling)');
  });

  it('names an entry without a usable id by its position', () => {
    const error = errorOf(() => load(entryFile(replaceLine('  - id:', '  - id: Contact Family'))));
    expect(error.message).toBe(
      'dictionaries/data/file-1.yaml:2: entry #1, field "id": must be kebab-case: lower-case letters and digits joined by single hyphens, e.g. "contact-family"',
    );
    expect(error.entry).toBe(0);
  });

  it('asks acronyms to be case-sensitive capitals with an expansion when explained', () => {
    const acronym = (lines: string[]) =>
      lines.map((line) =>
        line
          .replace('id: contact-family', 'id: acr-iro')
          .replace('term: contact', 'term: IRO')
          .replace('variants: [contact session]', 'variants: []')
          .replace('category: jargon', 'category: acronym')
          .replace('severity: replace', 'severity: explain'),
      );
    expect(errorOf(() => load(entryFile(acronym)))).toMatchObject({ field: 'caseSensitive', line: 2 });
    const withCase = (lines: string[]) => [...acronym(lines), '    caseSensitive: true'];
    expect(errorOf(() => load(entryFile(withCase))).message).toBe(
      'dictionaries/data/file-1.yaml:2: entry "acr-iro", field "expansion": an acronym to explain needs its expanded form, e.g. "Independent Reviewing Officer"',
    );
    const lower = (lines: string[]) => withCase(lines).map((line) => line.replace('term: IRO', 'term: Iro'));
    expect(errorOf(() => load(entryFile(lower))).message).toBe(
      'dictionaries/data/file-1.yaml:3: entry "acr-iro", field "term": an acronym is written in capitals as it appears in records, e.g. "IRO"',
    );
  });

  it('allows empty alternatives only for review and count', () => {
    const error = errorOf(() => load(entryFile(replaceLine('    alternatives:', '    alternatives: []'))));
    expect(error.message).toBe(
      'dictionaries/data/file-1.yaml:6: entry "contact-family", field "alternatives": must suggest at least one alternative when severity is replace',
    );
  });

  it('reports a guard with neither before nor after', () => {
    const error = errorOf(() => load(entryFile((lines) => [...lines, '    exclude:', '      window: 2'])));
    expect(error.message).toBe('dictionaries/data/file-1.yaml:10: entry "contact-family", field "exclude": must list before or after phrases (or both)');
  });

  it('reports a source without a url, and an unknown top-level section', () => {
    expect(errorOf(() => parseDictionaryFile('sources:\n  tact:\n    title: T\n', 'x.yaml')).message).toBe(
      'x.yaml:2: source "tact", field "url": is required',
    );
    expect(errorOf(() => parseDictionaryFile('words: []\n', 'x.yaml')).message).toBe(
      'x.yaml:1: field "words": is not a known section: use sources, entries or lexicons',
    );
  });

  it('extends a base dictionary, checking new ids against it', () => {
    const base = load(entryFile());
    const extra = { file: 'la.yaml', text: entryFile() };
    expect(errorOf(() => loadDictionaries([extra], base)).message).toBe(
      'la.yaml:2: entry "contact-family", field "id": is already used by the entry in the built-in dictionary',
    );
  });
});
