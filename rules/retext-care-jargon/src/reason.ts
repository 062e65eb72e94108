import type { Entry } from '@carelint/dictionaries';

/** Alternatives that can replace the text as they stand (not guidance such as "(carers' names)"). */
export function replacements(alternatives: readonly string[]): string[] {
  return alternatives.filter((alt) => !/[()]/.test(alt) && alt.trim().length > 0);
}

function quoteList(words: readonly string[]): string {
  const quoted = words.map((w) => `“${w}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** One plain sentence to the writer, from the entry's severity and the best alternatives. */
export function reasonFor(entry: Entry, actual: string, alternatives: readonly string[]): string {
  const best = alternatives.slice(0, 2);
  const guidance = entry.alternatives.find((alt) => /[()]/.test(alt));
  if (entry.category === 'acronym') {
    const full = entry.expansion ? ` (${entry.expansion})` : '';
    if (entry.severity === 'replace' && best.length > 0) return `Use ${quoteList(best)} instead of “${actual}”.`;
    return `Write “${actual}” out in full${full} and say what it means the first time you use it.`;
  }
  if (entry.severity === 'explain') {
    return best.length > 0
      ? `Explain “${actual}” in plain words, or use ${quoteList(best)}.`
      : `Explain “${actual}” in plain words the first time you use it.`;
  }
  if (best.length === 0) {
    return guidance
      ? `Describe what happened instead of “${actual}”: for example, ${guidance.replace(/[()]/g, '')}.`
      : `Describe what happened instead of “${actual}”.`;
  }
  if (entry.severity === 'review') return `Check “${actual}”: ${quoteList(best)} may be what this family says.`;
  return `Consider ${quoteList(best)} instead of “${actual}”.`;
}
