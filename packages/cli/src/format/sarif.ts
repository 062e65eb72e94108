import type { Finding, Level, Report } from '@carelint/core';
import { ruleUrl, version } from '../version.js';
import type { Formatter } from './formatter.js';
import { describeRule } from './rule-description.js';
import { suggestion } from './suggestion.js';

// The subset of SARIF 2.1.0 carelint writes (https://docs.oasis-open.org/sarif/sarif/v2.1.0/).

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  /** Exclusive, like the end point of a vfile message. */
  endColumn: number;
  charOffset: number;
  charLength: number;
}

export interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[] };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations?: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion } }>;
  partialFingerprints: Record<string, string>;
  fixes?: Array<{
    description: { text: string };
    artifactChanges: Array<{
      artifactLocation: { uri: string };
      replacements: Array<{ deletedRegion: SarifRegion; insertedContent: { text: string } }>;
    }>;
  }>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: { driver: { name: string; version: string; rules: SarifRule[] } };
      columnKind: 'utf16CodeUnits';
      results: SarifResult[];
    },
  ];
}

export const sarifSchema = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Key of the fingerprint in `partialFingerprints`; bump the version if the fingerprint's meaning changes. */
export const fingerprintKey = 'carelintFingerprint/v1';

const levels: Record<Level, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/** A SARIF 2.1.0 log for code scanning: one run, one rule per rule id seen, one result per finding. */
export const sarif: Formatter = (reports) => `${JSON.stringify(sarifLog(reports), null, 2)}\n`;

/** The SARIF log as an object (what `sarif` serialises). */
export function sarifLog(reports: readonly Report[]): SarifLog {
  const rules: SarifRule[] = [];
  const ruleIndexes = new Map<string, number>();
  const results: SarifResult[] = [];

  for (const report of reports) {
    // The same rule and text can occur more than once in a file: number the occurrences, as GitHub
    // does for its own line hashes, so each keeps its own alert across runs.
    const occurrences = new Map<string, number>();
    for (const finding of report.messages) {
      let ruleIndex = ruleIndexes.get(finding.ruleId);
      if (ruleIndex === undefined) {
        ruleIndex = rules.length;
        ruleIndexes.set(finding.ruleId, ruleIndex);
        rules.push(rule(finding));
      }
      const occurrence = (occurrences.get(finding.fingerprint) ?? 0) + 1;
      occurrences.set(finding.fingerprint, occurrence);
      results.push(result(report, finding, ruleIndex, occurrence));
    }
  }

  return {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'carelint', version, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/**
 * A rule descriptor: the rule's own description (not a finding's message, which is about one place), its page
 * as a full URL, and the level of the first finding seen for it.
 */
function rule(finding: Finding): SarifRule {
  const description = describeRule(finding.ruleId, finding.data.category);
  return {
    id: finding.ruleId,
    shortDescription: { text: description.short },
    ...(description.full === undefined ? {} : { fullDescription: { text: description.full } }),
    ...(finding.url === undefined ? {} : { helpUri: absoluteUri(finding.url) }),
    defaultConfiguration: { level: levels[finding.severity] },
    properties: { tags: [finding.data.category, finding.source] },
  };
}

/** SARIF wants an absolute `helpUri`; core's rule pages are relative to the repository (`docs/rules/…`). */
export function absoluteUri(url: string): string {
  return ruleUrl(url);
}

/** One result; without a path (stdin with no `--stdin-filename`) it has no location. */
function result(report: Report, finding: Finding, ruleIndex: number, occurrence: number): SarifResult {
  const alternatives = suggestion(finding.expected);
  const entry: SarifResult = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: levels[finding.severity],
    message: { text: alternatives === '' ? finding.reason : `${finding.reason} Suggestion: ${alternatives}.` },
    partialFingerprints: { [fingerprintKey]: `${finding.fingerprint}:${occurrence}` },
  };
  if (report.path === undefined) return entry;

  const uri = toUri(report.path);
  const region = toRegion(finding);
  entry.locations = [{ physicalLocation: { artifactLocation: { uri }, region } }];
  const [replacement] = finding.expected;
  if (finding.expected.length === 1 && replacement !== undefined) {
    entry.fixes = [
      {
        description: { text: `Replace with “${replacement}”` },
        artifactChanges: [
          { artifactLocation: { uri }, replacements: [{ deletedRegion: region, insertedContent: { text: replacement } }] },
        ],
      },
    ];
  }
  return entry;
}

/** The finding's place as a SARIF region (1-based lines and columns, end column exclusive). */
function toRegion(finding: Finding): SarifRegion {
  const { start, end } = finding.place;
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
    charOffset: start.offset,
    charLength: end.offset - start.offset,
  };
}

/** A relative path as a URI reference: each segment percent-encoded, `/` between them. */
export function toUri(path: string): string {
  const encoded = path.split(/[\\/]/).map(encodeURIComponent).join('/');
  return path.startsWith('/') ? `file://${encoded}` : encoded;
}
