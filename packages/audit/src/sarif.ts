import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { Report } from '@carelint/core';

/** The parts of a SARIF 2.1.0 log that the audit merges; the CLI's `sarifLog` returns this shape. */
export interface SarifLike {
  $schema: string;
  version: string;
  runs: ReadonlyArray<{
    tool: { driver: { name: string; version: string; rules: ReadonlyArray<{ id: string }> } };
    columnKind: string;
    results: ReadonlyArray<{ ruleIndex: number }>;
  }>;
}

/** Turns reports into a SARIF log: pass the CLI's `sarifLog` (audit reuses its formatter rather than owning one). */
export type SarifLogger = (reports: readonly Report[]) => SarifLike;

function put(fd: number, text: string): void {
  const buffer = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < buffer.length) offset += writeSync(fd, buffer, offset);
}

/**
 * Writes results.sarif one record at a time: each record's log comes from the CLI's formatter, its results are
 * streamed to a temporary file with rule indexes renumbered into one rule list, and the log is assembled at the end.
 */
export class SarifWriter {
  private readonly rules: Array<{ id: string }> = [];
  private readonly ruleIndex = new Map<string, number>();
  private readonly resultsFd: number;
  private results = 0;

  constructor(
    private readonly path: string,
    private readonly sarifLog: SarifLogger,
  ) {
    this.resultsFd = openSync(`${path}.results.tmp`, 'w');
  }

  /** Adds one record's findings; `report.path` (the record id) becomes each result's location. */
  add(report: Report): void {
    if (report.messages.length === 0) return;
    const run = this.sarifLog([report]).runs[0];
    if (run === undefined) return;
    const local = run.tool.driver.rules;
    for (const result of run.results) {
      const rule = local[result.ruleIndex]!;
      let index = this.ruleIndex.get(rule.id);
      if (index === undefined) {
        index = this.rules.length;
        this.ruleIndex.set(rule.id, index);
        this.rules.push(rule);
      }
      put(this.resultsFd, `${this.results > 0 ? ',\n' : '\n'}${JSON.stringify({ ...result, ruleIndex: index })}`);
      this.results += 1;
    }
  }

  /** Writes the whole log and removes the temporary file. */
  finish(): void {
    closeSync(this.resultsFd);
    const shell = this.sarifLog([]);
    const run = shell.runs[0]!;
    const head = {
      $schema: shell.$schema,
      version: shell.version,
      runs: [{ tool: { driver: { ...run.tool.driver, rules: this.rules } }, columnKind: run.columnKind, results: ['\u0000'] }],
    };
    // The results array is spliced in where the placeholder is.
    const [before, after] = JSON.stringify(head).split('"\\u0000"') as [string, string];
    const temporary = `${this.path}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      put(fd, before);
      const source = openSync(`${this.path}.results.tmp`, 'r');
      const chunk = Buffer.alloc(1024 * 1024);
      for (let read = readSync(source, chunk); read > 0; read = readSync(source, chunk)) {
        let offset = 0;
        while (offset < read) offset += writeSync(fd, chunk, offset, read - offset);
      }
      closeSync(source);
      put(fd, `${this.results > 0 ? '\n' : ''}${after}\n`);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.path);
    rmSync(`${this.path}.results.tmp`, { force: true });
  }
}
