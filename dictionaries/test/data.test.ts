// The reviewed data itself: it loads, it is big enough, and it keeps the promises the rules rely on.
import { describe, expect, it } from 'vitest';
import { dictionary, entriesIn, entryById, lexiconById } from '../src/index.js';
import { loadDictionaries } from '../src/validate.js';
import { readDataFiles } from '../scripts/data-files.js';

describe('the data in dictionaries/data', () => {
  it('loads without errors', () => {
    expect(() => loadDictionaries(readDataFiles())).not.toThrow();
  });

  it('holds at least 100 jargon, acronym and stigmatising entries', () => {
    expect(entriesIn(['jargon', 'acronym', 'stigmatising']).length).toBeGreaterThanOrEqual(100);
  });

  it('has entries in every category', () => {
    for (const category of ['jargon', 'acronym', 'stigmatising', 'deficit', 'critical', 'positive', 'vague-plan'] as const) {
      expect(entriesIn(category).length, category).toBeGreaterThan(0);
    }
  });

  it('keeps the draft ids other packages test against', () => {
    for (const id of ['contact-family', 'placement', 'respite', 'siblings', 'acr-lac', 'abscond', 'unit', 'peers',
      'non-engagement', 'disguised-compliance', 'vp-monitor', 'cr-concern', 'po-proud']) {
      expect(entryById(id), id).toBeDefined();
    }
  });

  it('writes acronyms in capitals, matched case-sensitively, with an expansion when they are to be explained', () => {
    for (const entry of entriesIn('acronym')) {
      expect(entry.caseSensitive, entry.id).toBe(true);
      expect(entry.term, entry.id).toMatch(/^[A-Z0-9&]+$/);
      if (entry.severity === 'explain') expect(entry.expansion, entry.id).toBeDefined();
    }
  });

  it('treats initials used as labels for children as replace', () => {
    for (const id of ['acr-lac', 'acr-cla', 'acr-cic', 'acr-cyp', 'acr-yp', 'acr-uasc']) {
      expect(entryById(id)?.severity, id).toBe('replace');
    }
  });

  it('lists common acronyms that are never flagged, none of them an acronym entry', () => {
    const common = lexiconById('common-acronyms');
    expect(common?.phrases).toEqual(expect.arrayContaining(['OK', 'TV', 'UK', 'PE', 'GCSE', 'NHS', 'GP', 'BBC', 'DVD', 'ID']));
    const acronyms = new Set(entriesIn('acronym').flatMap((entry) => [entry.term, ...entry.variants]));
    expect(common?.phrases.filter((phrase) => acronyms.has(phrase))).toEqual([]);
  });

  it('cites only sources it defines, each with a web address', () => {
    for (const entry of dictionary.entries) {
      for (const key of entry.sources) expect(dictionary.sources[key]?.url, `${entry.id} -> ${key}`).toMatch(/^https?:\/\//);
    }
  });

  it('gives every entry a one-sentence rationale of its own', () => {
    const rationales = dictionary.entries.map((entry) => entry.rationale);
    for (const rationale of rationales) expect(rationale).toMatch(/^[^\n]+[.!?]$/);
  });
});
