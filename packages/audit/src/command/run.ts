import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { LintOptions } from '@carelint/core';
import type { LoadedConfig } from '@carelint/core/node';
import { runAudit, type AuditResult } from '../run/audit.js';
import { duration } from '../run/progress.js';
import type { SarifLogger } from '../sarif.js';
import { UsageError } from '../usage-error.js';
import { mergeAudits } from '../run/merge.js';
import { exitCode, headlineLines } from './closing.js';
import { auditHelp } from './help.js';
import { mergeHelp, parseMergeArgs } from './merge-options.js';
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

/**
 * Config from `--config` or found from the working folder, with the flags on top; `audit` preset unless set. Core is
 * loaded here, not when the module is, so `audit merge` and `--help` start without it.
 */
async function lintOptionsFor(args: AuditArgs, cwd: string): Promise<LintOptions> {
  const { lint, mergeConfig } = await import('@carelint/core');
  const { loadConfig, readConfigFile } = await import('@carelint/core/node');
  const loaded: LoadedConfig = args.config !== undefined ? readConfigFile(resolve(cwd, args.config)) : loadConfig(cwd);
  const { dictionaries: _parsedAlready, ...config } = mergeConfig(loaded.config, args.preset ? { preset: args.preset } : {});
  const options: LintOptions = { ...config, preset: config.preset ?? 'audit' };
  if (loaded.extraEntries.length > 0) options.extraEntries = loaded.extraEntries;
  // Fails now, with the key named, rather than once per record in the workers.
  lint('Checking the settings.', options);
  return options;
}

const count = new Intl.NumberFormat('en-GB');

/** The closing lines on stdout: the accounting, the headline figures, where the files are, and the exit code's reason. */
function closing(result: AuditResult, args: AuditArgs, why: string): string {
  const { summary } = result;
  const rate = result.elapsedMs > 0 ? Math.round((result.thisRun / result.elapsedMs) * 1000) : 0;
  const lines = [
    `${count.format(summary.records)} records = ${count.format(summary.linted)} checked + ${count.format(summary.errors)} could not be read or checked`,
    `${result.resumed > 0 ? `${count.format(result.resumed)} were done before --resume; ` : ''}${count.format(result.thisRun)} in ${duration(result.elapsedMs / 1000)} on ${result.threads} ${result.threads === 1 ? 'thread' : 'threads'} (${count.format(rate)} records/s${result.cached > 0 ? `, ${count.format(result.cached)} from the cache` : ''})`,
    `wrote ${result.written.join(', ')} in ${args.out}`,
    '',
    ...headlineLines(summary),
    '',
    why,
  ];
  return `${lines.join('\n')}\n`;
}

/** `carelint audit merge`: joins shard folders into one audit, prints the headline figures, resolves to the exit code. */
async function runMerge(argv: readonly string[], io: AuditIo, hooks: AuditHooks): Promise<number> {
  try {
    const args = parseMergeArgs(argv);
    if (args.help) {
      io.stdout.write(mergeHelp);
      return 0;
    }
    if (args.sarif && hooks.sarifLog === undefined) throw new UsageError("--format sarif needs the carelint command line's SARIF formatter; run it as 'carelint audit merge'.");
    const result = await mergeAudits({ folders: args.folders, out: args.out, cwd: io.cwd, tableLimit: args.tableLimit, failOn: args.failOn, ...(args.sarif && hooks.sarifLog ? { sarif: hooks.sarifLog } : {}) });
    const { code, why } = exitCode(result.summary, result.failing, args.failOn);
    const lines = [
      `merged ${result.shards} shards: ${count.format(result.summary.records)} records = ${count.format(result.summary.linted)} checked + ${count.format(result.summary.errors)} could not be read or checked, in ${duration(result.elapsedMs / 1000)}`,
      `wrote ${result.written.join(', ')} in ${args.out}`,
      '',
      ...headlineLines(result.summary),
      '',
      why,
    ];
    io.stdout.write(`${lines.join('\n')}\n`);
    return code;
  } catch (error) {
    return fail(error, io);
  }
}

/**
 * `carelint audit`: parses `argv` (the arguments after `audit`), runs the audit, prints the accounting, and resolves
 * to the exit code: 0, 1 (a finding at or above --fail-on) or 2 (usage error, or records that could not be read).
 */
export async function runAuditCommand(argv: readonly string[], io: AuditIo, hooks: AuditHooks = {}): Promise<number> {
  // `carelint audit merge …`; a folder named merge is audited as `./merge`.
  if (argv[0] === 'merge') return runMerge(argv.slice(1), io, hooks);
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
    const lintOptions = await lintOptionsFor(args, io.cwd);
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
      ...(args.shard ? { shard: args.shard } : {}),
    });
    const { code, why } = exitCode(result.summary, result.failing, args.failOn);
    io.stdout.write(closing(result, args, why));
    return code;
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
