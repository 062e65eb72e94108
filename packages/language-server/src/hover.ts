import type { Finding } from '@carelint/core';
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { RuleDocs } from './rule-docs.js';

/** The hover over findings: what to consider, why it matters and where the guidance comes from, and the rule page. */
export function hoverFor(findings: readonly Finding[], docs: RuleDocs): Hover | null {
  if (findings.length === 0) return null;
  const parts = findings.map((finding) => {
    const lines = [`**${escape(finding.reason)}**`];
    if (finding.note) lines.push(escape(finding.note));
    if (finding.expected.length > 0) lines.push(`Instead: ${finding.expected.map((e) => `“${escape(e)}”`).join(', ')}`);
    const href = docs.href(finding.url);
    lines.push(href ? `carelint [\`${finding.ruleId}\`](${href})` : `carelint \`${finding.ruleId}\``);
    return lines.join('\n\n');
  });
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') } };
}

function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}
