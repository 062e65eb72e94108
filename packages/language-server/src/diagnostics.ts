import type { Finding, Level } from '@carelint/core';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { RuleDocs } from './rule-docs.js';

const SEVERITY: Record<Level, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a diagnostic carries back to the server in code action requests. */
export interface DiagnosticData {
  fingerprint: string;
}

/**
 * One finding as an LSP diagnostic. Core's lines and columns are 1-based and count UTF-16 code units, which is
 * LSP's default position encoding, so the range is theirs minus one.
 */
export function toDiagnostic(finding: Finding, docs: RuleDocs): Diagnostic {
  const { start, end } = finding.place;
  const diagnostic: Diagnostic = {
    range: {
      start: { line: start.line - 1, character: start.column - 1 },
      end: { line: end.line - 1, character: end.column - 1 },
    },
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: 'carelint',
    message: finding.reason,
    data: { fingerprint: finding.fingerprint } satisfies DiagnosticData,
  };
  const href = docs.href(finding.url);
  if (href) diagnostic.codeDescription = { href };
  return diagnostic;
}
