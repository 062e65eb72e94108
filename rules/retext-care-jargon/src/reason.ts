import type { Entry } from '@carelint/dictionaries';

const GUIDANCE = /[()]|\be\.g\.|:|^(describe|explain|say|state|name|ask|use|write|give|record|list|check|find out)\b/i;

/** Whether an alternative is advice to the writer ("describe what happened", "(carers' names)"), not words to use. */
export function isGuidance(alternative: string): boolean {
  return GUIDANCE.test(alternative.trim());
}

const WITH_EXPLANATION = /^([^()]+?)\s*\((explain[^)]*)\)$/i;

/** Alternatives that can replace the text as they stand ("words (explain what it means)" keeps the words). */
export function replacements(alternatives: readonly string[]): string[] {
  const out: string[] = [];
  for (const alt of alternatives) {
    const explained = WITH_EXPLANATION.exec(alt.trim());
    if (explained) out.push(explained[1]!.trim());
    else if (!isGuidance(alt) && alt.trim().length > 0) out.push(alt.trim());
  }
  return out;
}

function quoteList(words: readonly string[]): string {
  const quoted = words.map((w) => `“${w}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** One plain sentence to the writer, from the entry's severity and the best alternatives. */
export function reasonFor(entry: Entry, actual: string, alternatives: readonly string[]): string {
  const best = alternatives.slice(0, 2);
  const guidance = entry.alternatives.find(isGuidance);
  if (entry.category === 'acronym') {
    const full = entry.expansion ? ` (${entry.expansion})` : '';
    if (entry.severity === 'replace' && best.length > 0) return `Use ${quoteList(best)} instead of “${actual}”.`;
    if (entry.severity === 'replace' && entry.alternatives.some((alt) => /^\(child's name\)$/i.test(alt.trim()))) {
      return `Use the child's name instead of “${actual}”.`;
    }
    return `Write “${actual}” out in full${full} and say what it means the first time you use it.`;
  }
  if (entry.severity === 'explain') {
    if (best.length > 0) return `Explain “${actual}” in plain words, or use ${quoteList(best)}.`;
    return guidance ? `Explain “${actual}” in plain words: ${plain(guidance)}.` : `Explain “${actual}” in plain words the first time you use it.`;
  }
  const named = entry.alternatives.find((alt) => /\((child's )?name\)['\u2019]s/i.test(alt));
  if (best.length === 0 && named) return `Use the child's name instead of “${actual}”, as in “${named.replace(/\((child's )?name\)/i, '(name)')}”.`;
  if (best.length === 0) {
    return guidance
      ? `Instead of “${actual}”, ${plain(guidance)}.`
      : `Describe what happened instead of “${actual}”.`;
  }
  if (entry.severity === 'review') return `Check “${actual}”: ${quoteList(best)} may be what this family says.`;
  return `Consider ${quoteList(best)} instead of “${actual}”.`;
}

/** Guidance as part of a sentence: brackets dropped, first letter lower case, no final full stop. */
function plain(guidance: string): string {
  const text = guidance.replace(/[()]/g, '').trim().replace(/\.$/, '');
  return text.charAt(0).toLowerCase() + text.slice(1);
}
