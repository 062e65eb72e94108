import { parseArgs } from 'node:util';
import type { FailOn } from '../run/audit.js';
import { UsageError } from '../usage-error.js';
import { failOns, oneOf, whole } from './options.js';

/** `carelint audit merge` arguments, validated. */
export interface MergeArgs {
  folders: string[];
  out: string;
  failOn: FailOn;
  tableLimit: number;
  sarif: boolean;
  help: boolean;
}

const spec = {
  out: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  'table-limit': { type: 'string' },
  format: { type: 'string', short: 'f' },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses the arguments after `audit merge`; throws a UsageError naming the option and what to do. */
export function parseMergeArgs(argv: readonly string[]): MergeArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: spec, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} Run 'carelint audit merge --help' for the options.`);
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  if (!help && positionals.length === 0) throw new UsageError("no shard folders: give the --out folder of every 'carelint audit … --shard I/N', as in 'carelint audit merge shard-0 shard-1 --out audit/'.");
  if (!help && values.out === undefined) throw new UsageError("--out is missing: name the folder the whole audit goes to, as in 'carelint audit merge shard-0 shard-1 --out audit/'.");
  if (values.format !== undefined && values.format !== 'sarif') throw new UsageError(`option '--format' can only be sarif (got '${values.format}').`);
  return {
    folders: positionals,
    out: values.out ?? '',
    failOn: oneOf('fail-on', values['fail-on'], failOns, 'warning'),
    tableLimit: whole('table-limit', values['table-limit'], 100_000, 0, Number.MAX_SAFE_INTEGER),
    sarif: values.format === 'sarif',
    help,
  };
}

/** `carelint audit merge --help`. */
export const mergeHelp = `Usage
  carelint audit merge <shard folder...> --out <folder> [options]

Joins the output folders of every shard of an audit ('carelint audit … --shard I/N') into one
folder holding what one audit of all the records would have written: records.jsonl in input
order, summary.json, summary.csv and report.html, with the same figures.

Every shard 0/N to N-1/N must be given once, finished, and from the same inputs, options and
carelint version; otherwise nothing is merged and the reason is printed.

Options
  -o, --out <folder>       Where the whole audit goes (not one of the shard folders)
      --fail-on <level>    Exit 1 when a finding is at this level or above: error,
                           warning (default), info, or none
      --table-limit <n>    Records in report.html's table (default 100000)
  -f, --format sarif       Also write results.sarif
  -h, --help               Show this help

Example
  carelint audit export.csv --out shard-0 --shard 0/2 --map …   # on one machine
  carelint audit export.csv --out shard-1 --shard 1/2 --map …   # on another
  carelint audit merge shard-0 shard-1 --out audit/
`;
