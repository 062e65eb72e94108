import type { Finding, JargonMetrics } from './types.js';

const JARGON = new Set(['jargon', 'acronym', 'stigmatising']);

/** Jargon figures from the findings that are kept: count, per 1,000 words, and the terms most found. */
export function jargonMetrics(findings: readonly Finding[], words: number): JargonMetrics {
  const terms = new Map<string, { ruleId: string; term: string; count: number }>();
  let count = 0;
  for (const finding of findings) {
    if (!JARGON.has(finding.data.category)) continue;
    count += 1;
    const term = typeof finding.data.term === 'string' ? finding.data.term : finding.actual;
    const key = `${finding.ruleId}\u0000${term}`;
    const entry = terms.get(key) ?? { ruleId: finding.ruleId, term, count: 0 };
    entry.count += 1;
    terms.set(key, entry);
  }
  return {
    count,
    per1000: words > 0 ? Math.round((count / words) * 10000) / 10 : 0,
    terms: [...terms.values()].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term)),
  };
}
