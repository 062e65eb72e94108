// Typed accessors over a dictionary: the built-in one unless another (merged with a local list) is passed.
import { dictionary as builtIn } from './generated.js';
import type { Category, Dictionary, Entry, Lexicon } from './types.js';

/** The entries of one or more categories, in id order. */
export function entriesIn(categories: Category | readonly Category[], from: Dictionary = builtIn): readonly Entry[] {
  const wanted = new Set<Category>(typeof categories === 'string' ? [categories] : categories);
  return from.entries.filter((entry) => wanted.has(entry.category));
}

/** The entry with this id (a message `ruleId`), if there is one. */
export function entryById(id: string, from: Dictionary = builtIn): Entry | undefined {
  return from.entries.find((entry) => entry.id === id);
}

/** The lexicon with this id, if there is one. */
export function lexiconById(id: string, from: Dictionary = builtIn): Lexicon | undefined {
  return from.lexicons.find((lexicon) => lexicon.id === id);
}
