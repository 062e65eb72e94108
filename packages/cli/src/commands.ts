import { check } from './check/command.js';
import { sarifLog } from './format/sarif.js';
import type { Io } from './io.js';

/** A subcommand: `carelint <name> [args]`. */
export interface Command {
  name: string;
  /** One line for the list in `carelint --help`. */
  summary: string;
  /** Runs with the arguments after the name; resolves to the exit code. */
  run(argv: readonly string[], io: Io): Promise<number>;
}

/** Every subcommand, in the order `--help` lists them (`audit` and `serve` slot in here). */
export const commands: readonly Command[] = [
  {
    name: 'check',
    summary: 'Check records (files, folders or stdin) and report findings',
    run: check,
  },
  {
    name: 'audit',
    summary: 'Audit many records (folders, CSV, JSONL; shards with --shard and audit merge) and write a report managers can read',
    run: async (argv, io) => (await import('@carelint/audit')).runAuditCommand(argv, io, { sarifLog }),
  },
  {
    name: 'serve',
    summary: 'Start the pre-submission check service (POST /v1/check, a page at /)',
    run: async (argv, io) => (await import('@carelint/server')).runServeCommand(argv, io),
  },
];
