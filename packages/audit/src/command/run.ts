import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { lint, mergeConfig, type LintOptions } from '@carelint/core';
import { loadConfig, readConfigFile, type LoadedConfig } from '@carelint/core/node';
import { runAudit, type AuditResult } from '../run/audit.js';
import { duration } from '../run/progress.js';
import type { SarifLogger } from '../sarif.js';
import { UsageError } from '../usage-error.js';
import { auditHelp } from './help.js';
import { parseAuditArgs, type AuditArgs } from './options.js';

/** Where the command writes and reads; the CLI's `Io` fits. */
export interface AuditIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<string | Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** What the CLI hands over: its SARIF formatter, so `--format sarif` matches `carelint check --format sarif`. */
export interface AuditHooks {
  sarifLog?: SarifLogger;
}

/** Config from `--config` or found from the working folder, with the flags on top; `audit` preset unless set. */
function lintOptionsFor(args: AuditArgs, cwd: string): LintOptions {
  const loaded: LoadedConfig = args.config !== undefined ? readConfigFile(resolve(cwd, args.config)) : loadConfig(cwd);
  const { dictionaries: _parsedAlready, ...config } = mergeConfig(loaded.config, args.preset ? { preset: args.preset } : {});
  const options: LintOptions = { ...config, preset: config.preset ?? 'audit' };
  if (loaded.extraEntries.length > 0) options.extraEntries = loaded.extraEntries;
  // Fails now, with the key named, rather than once per record in the workers.
  lint('Checking the settings.', options);
  return options;
}

const count = new Intl.NumberFormat('en-GB');

/** The closing lines on stdout: the accounting, and where the files are. */
function closing(result: AuditResult, args: AuditArgs): string {
  const { summary } = result;
  const rate = result.elapsedMs > 0 ? Math.round((result.thisRun / result.elapsedMs) * 1000) : 0;
  const lines = [
    `${count.format(summary.records)} records = ${count.format(summary.linted)} checked + ${count.format(summary.errors)} could not be read or checked`,
    `${result.resumed > 0 ? `${count.format(result.resumed)} were done before --resume; ` : ''}${count.format(result.thisRun)} in ${duration(result.elapsedMs / 1000)} on ${result.threads} ${result.threads === 1 ? 'thread' : 'threads'} (${count.format(rate)} records/s${result.cached > 0 ? `, ${count.format(result.cached)} from the cache` : ''})`,
    `wrote ${result.written.join(', ')} in ${args.out}`,
  ];
  if (summary.errors > 0) lines.push(`see the error rows in records.jsonl ("error" field) for why ${summary.errors === 1 ? 'a record' : 'records'} could not be checked`);
  return `${lines.join('\n')}\n`;
}

/**
 * `carelint audit`: parses `argv` (the arguments after `audit`), runs the audit, prints the accounting, and resolves
 * to the exit code: 0, 1 (a finding at or above --fail-on) or 2 (usage error, or records that could not be read).
 */
export async function runAuditCommand(argv: readonly string[], io: AuditIo, hooks: AuditHooks = {}): Promise<number> {
  let args: AuditArgs;
  try {
    args = parseAuditArgs(argv);
    if (args.help) {
      io.stdout.write(auditHelp.replace('{cores}', String(availableParallelism())));
      return 0;
    }
    if (args.sarif && hooks.sarifLog === undefined) {
      throw new UsageError("--format sarif needs the carelint command line's SARIF formatter; run it as 'carelint audit'.");
    }
  } catch (error) {
    return fail(error, io);
  }
  try {
    const lintOptions = lintOptionsFor(args, io.cwd);
    const result = await runAudit({
      inputs: args.inputs,
      out: args.out,
      cwd: io.cwd,
      stdin: io.stdin,
      map: args.map,
      jobs: args.jobs,
      resume: args.resume,
      snippets: args.snippets,
      lintOptions,
      textFormat: args.textFormat,
      tableLimit: args.tableLimit,
      failOn: args.failOn,
      timeoutMs: args.timeoutSeconds * 1000,
      maxChars: args.maxChars,
      ...(args.cache !== undefined ? { cacheDir: args.cache } : {}),
      ...(args.progress ? { progress: io.stderr } : {}),
      ...(args.sarif && hooks.sarifLog ? { sarif: hooks.sarifLog } : {}),
    });
    io.stdout.write(closing(result, args));
    if (result.summary.errors > 0) return 2;
    return result.failed ? 1 : 0;
  } catch (error) {
    return fail(error, io);
  }
}

/** One line on stderr and exit code 2; an unexpected error shows only its kind (its message could quote a record). */
function fail(error: unknown, io: AuditIo): number {
  if (error instanceof UsageError || (error instanceof Error && error.name === 'ConfigError')) {
    io.stderr.write(`carelint: ${(error as Error).message}\n`);
    return 2;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    io.stderr.write(`carelint: the output folder cannot be written (${code}). Check --out and its permissions.\n`);
    return 2;
  }
  const kind = error instanceof Error ? error.name : typeof error;
  io.stderr.write(`carelint: internal error (${kind}) during the audit. Please report it; no record text is shown. Set CARELINT_DEBUG=1 for a stack trace.\n`);
  if (io.env['CARELINT_DEBUG'] && error instanceof Error && error.stack) {
    io.stderr.write(`${error.stack.split('\n').filter((line) => line.trimStart().startsWith('at ')).join('\n')}\n`);
  }
  return 2;
}
