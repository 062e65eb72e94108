import type { Finding } from '@carelint/core';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';

/** Commands the server runs for code actions that change the workspace config. */
export const COMMANDS = {
  allow: 'carelint.allowPhrase',
  ignore: 'carelint.ignoreFinding',
} as const;

/** Arguments of the config commands. */
export interface AllowArgs {
  uri: string;
  phrase: string;
}
export interface IgnoreArgs {
  uri: string;
  fingerprint: string;
}

/** Categories whose `actual` is a phrase worth allowing (not a sentence or a whole section). */
const PHRASE_CATEGORIES: ReadonlySet<string> = new Set(['jargon', 'acronym', 'stigmatising', 'deficit']);

/**
 * The quick fixes for one finding: each alternative (the first preferred), allow the phrase in the workspace
 * config, or ignore this finding there by its fingerprint.
 */
export function codeActionsFor(finding: Finding, diagnostic: Diagnostic, uri: string, version: number, source: string): CodeAction[] {
  const actions: CodeAction[] = [];
  finding.expected.forEach((alternative, i) => {
    const replacement = matchCase(alternative, finding, source);
    actions.push({
      title: `Replace with “${replacement}”`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: i === 0,
      edit: { documentChanges: [{ textDocument: { uri, version }, edits: [{ range: diagnostic.range, newText: replacement }] }] },
    });
  });
  const phrase = finding.actual.replace(/\s+/g, ' ').trim();
  if (PHRASE_CATEGORIES.has(finding.data.category) && phrase.length > 0 && phrase.length <= 100) {
    actions.push({
      title: `Allow “${phrase}” in this workspace`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Allow phrase', command: COMMANDS.allow, arguments: [{ uri, phrase } satisfies AllowArgs] },
    });
  }
  actions.push({
    title: 'Ignore this finding in this workspace',
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: 'Ignore finding', command: COMMANDS.ignore, arguments: [{ uri, fingerprint: finding.fingerprint } satisfies IgnoreArgs] },
  });
  return actions;
}

/**
 * An alternative written to fit where it goes: capitalised when the words it replaces start a sentence or are
 * capitalised words ("Contact with Dad" -> "Family time with Dad"), as the writer wrote them otherwise.
 */
export function matchCase(alternative: string, finding: Finding, source: string): string {
  const first = finding.actual.charAt(0);
  const capitalised = first !== first.toLowerCase();
  if (!capitalised || alternative.charAt(0) !== alternative.charAt(0).toLowerCase()) return alternative;
  const allCaps = finding.actual === finding.actual.toUpperCase() && /[A-Z]{2}/.test(finding.actual);
  const before = source.slice(Math.max(0, finding.place.start.offset - 4), finding.place.start.offset);
  const sentenceStart = finding.place.start.offset === 0 || /(^|[.!?:]\s+|\n\s*|[-*#>]\s+)$/.test(before);
  if (allCaps && !sentenceStart) return alternative;
  return alternative.charAt(0).toUpperCase() + alternative.slice(1);
}
