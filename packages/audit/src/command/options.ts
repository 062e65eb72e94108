import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { Format, PresetName } from '@carelint/core';
import { parseMap, type FieldMap } from '../input/map.js';
import type { FailOn } from '../run/audit.js';
import { parseShard, type Shard } from '../run/shard.js';
import { UsageError } from '../usage-error.js';

/** `carelint audit` arguments, validated. */
export interface AuditArgs {
  inputs: string[];
  out: string;
  map: FieldMap;
  jobs: number;
  resume: boolean;
  snippets: boolean;
  sarif: boolean;
  failOn: FailOn;
  preset?: PresetName;
  config?: string;
  textFormat: Format;
  cache: string | false | undefined;
  tableLimit: number;
  timeoutSeconds: number;
  maxChars: number;
  progress: boolean;
  help: boolean;
  /** `--shard I/N`: only the records whose id falls in shard I of N. */
  shard?: Shard;
}

export const auditOptionSpec = {
  out: { type: 'string', short: 'o' },
  map: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  resume: { type: 'boolean' },
  snippets: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  preset: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'text-format': { type: 'string' },
  cache: { type: 'string' },
  'no-cache': { type: 'boolean' },
  'table-limit': { type: 'string' },
  timeout: { type: 'string' },
  'max-chars': { type: 'string' },
  'no-progress': { type: 'boolean' },
  shard: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type OptionName = keyof typeof auditOptionSpec;

export const failOns: readonly FailOn[] = ['error', 'warning', 'info', 'none'];
const presets: readonly PresetName[] = ['recommended', 'family-facing', 'audit', 'strict'];
const textFormats: readonly Format[] = ['text', 'markdown', 'html'];

/** Parses `carelint audit` arguments; throws a UsageError naming the option and what to do. */
export function parseAuditArgs(argv: readonly string[]): AuditArgs {
  const { tokens } = parseArgs({ args: [...argv], options: auditOptionSpec, strict: false, allowPositionals: true, tokens: true });
  const strings = new Map<OptionName, string>();
  const booleans = new Set<OptionName>();
  const inputs: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') inputs.push(token.value);
    if (token.kind !== 'option') continue;
    const name = token.name as OptionName;
    const option = Object.hasOwn(auditOptionSpec, name) ? auditOptionSpec[name] : undefined;
    if (option === undefined) throw new UsageError(`unknown option '${token.rawName}'. Run 'carelint audit --help' for the options.`);
    if (option.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`option '${token.rawName}' takes no value.`);
      booleans.add(name);
    } else if (token.value === undefined || token.value === '') {
      throw new UsageError(`option '--${name}' needs a value. Run 'carelint audit --help' for the options.`);
    } else {
      strings.set(name, token.value);
    }
  }
  const help = booleans.has('help');
  const out = strings.get('out');
  if (!help && inputs.length === 0) throw new UsageError("no input. Give folders, CSV or JSONL exports, or '-' for JSONL on stdin, and --out. Run 'carelint audit --help' for examples.");
  if (!help && out === undefined) throw new UsageError("--out is missing: name the folder the results go to, as in 'carelint audit export.csv --out audit/'.");
  if (strings.has('cache') && booleans.has('no-cache')) throw new UsageError("'--cache' and '--no-cache' cannot be used together.");
  const format = strings.get('format');
  if (format !== undefined && format !== 'sarif') throw new UsageError(`option '--format' can only be sarif (got '${format}'): records.jsonl, the summaries and report.html are always written.`);

  const args: AuditArgs = {
    inputs,
    out: out ?? '',
    map: parseMap(strings.get('map')),
    jobs: whole('jobs', strings.get('jobs'), availableParallelism(), 1, 256),
    resume: booleans.has('resume'),
    snippets: booleans.has('snippets'),
    sarif: format === 'sarif',
    failOn: oneOf('fail-on', strings.get('fail-on'), failOns, 'warning'),
    textFormat: oneOf('text-format', strings.get('text-format'), textFormats, 'text'),
    cache: booleans.has('no-cache') ? false : strings.get('cache'),
    tableLimit: whole('table-limit', strings.get('table-limit'), 100_000, 0, Number.MAX_SAFE_INTEGER),
    timeoutSeconds: whole('timeout', strings.get('timeout'), 60, 1, 86_400),
    maxChars: whole('max-chars', strings.get('max-chars'), 1_000_000, 1, Number.MAX_SAFE_INTEGER),
    progress: !booleans.has('no-progress'),
    help,
  };
  const preset = strings.get('preset');
  if (preset !== undefined) args.preset = oneOf('preset', preset, presets);
  const config = strings.get('config');
  if (config !== undefined) args.config = config;
  const shard = strings.get('shard');
  if (shard !== undefined) args.shard = parseShard(shard);
  return args;
}

/** The value if it is one of `allowed`, else the fallback when there is no value; otherwise a UsageError. */
export function oneOf<T extends string>(name: OptionName, value: string | undefined, allowed: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`option '--${name}' must be one of ${allowed.join(', ')} (got '${value ?? ''}').`);
}

/** A whole number option within limits, or the fallback; otherwise a UsageError. */
export function whole(name: OptionName, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed < min || parsed > max) throw new UsageError(`option '--${name}' must be a whole number from ${min} to ${max} (got '${value}').`);
  return parsed;
}
