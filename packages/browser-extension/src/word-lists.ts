import type { LintOptions } from '@carelint/core';

/** A dictionary entry as `lint()` takes it in `extraEntries`. */
type Entry = NonNullable<LintOptions['extraEntries']>[number];

/** A word the writer's team wants flagged, with what to write instead. */
export interface ExtraWord {
  term: string;
  alternatives: string[];
}

/** The allow list as typed on the options page: one phrase a line; blank lines and repeats dropped. */
export function parseAllowList(text: string): string[] {
  const seen = new Set<string>();
  const phrases: string[] = [];
  for (const line of text.split('\n')) {
    const phrase = line.replace(/\s+/g, ' ').trim();
    if (phrase === '' || seen.has(phrase.toLowerCase())) continue;
    seen.add(phrase.toLowerCase());
    phrases.push(phrase);
  }
  return phrases;
}

/** Extra words as typed on the options page: `term = alternative, alternative` a line; problems name the line. */
export function parseExtraWords(text: string): { words: ExtraWord[]; problems: string[] } {
  const words: ExtraWord[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const [left = '', right = '', ...rest] = line.split('=');
    const term = left.replace(/\s+/g, ' ').trim();
    if (rest.length > 0 || term === '' || !/[\p{L}\p{N}]/u.test(term)) {
      problems.push(`Line ${index + 1}: write the word, then “=”, then what to write instead (for example “service user = the person's name”).`);
      return;
    }
    if (seen.has(term.toLowerCase())) {
      problems.push(`Line ${index + 1}: “${term}” is already on the list.`);
      return;
    }
    seen.add(term.toLowerCase());
    const alternatives = right.split(',').map((alt) => alt.replace(/\s+/g, ' ').trim()).filter((alt) => alt !== '');
    words.push({ term, alternatives });
  });
  return { words, problems };
}

/** Extra words back as the options page shows them. */
export function formatExtraWords(words: readonly ExtraWord[]): string {
  return words.map((word) => (word.alternatives.length > 0 ? `${word.term} = ${word.alternatives.join(', ')}` : `${word.term} =`)).join('\n');
}

/** Extra words as dictionary entries for `lint()`: team words the young people's guides do not list. */
export function extraEntries(words: readonly ExtraWord[]): Entry[] {
  const used = new Set<string>();
  return words.map((word) => {
    const base = `local-${word.term.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'word'}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return {
      id,
      term: word.term,
      variants: [],
      category: 'jargon',
      alternatives: word.alternatives,
      rationale: 'Your team added this word to its own list in the extension’s settings.',
      sources: [],
      severity: 'replace',
      confidence: 'medium',
    } satisfies Entry;
  });
}
