import { parseArgs } from 'node:util';
import type { DocumentType, Format, Level, PresetName } from '@carelint/core';
import type { ColorFlag } from '../color.js';
import { formatNames, type FormatName } from '../format/index.js';
import { UsageError } from '../usage-error.js';

/** `--fail-on`: the lowest level that fails the run; `none` reports without failing. */
export type FailOn = Level | 'none';

/** `carelint check` arguments, validated. */
export interface CheckOptions {
  /** Paths as given; empty when reading stdin. */
  paths: string[];
  stdin: boolean;
  format: FormatName;
  failOn: FailOn;
  preset?: PresetName;
  config?: string;
  documentType?: DocumentType;
  childNames: string[];
  quiet: boolean;
  /** Stylish output shows each finding's note, every suggestion and its rule page. */
  verbose: boolean;
  color: ColorFlag;
  stdinFormat?: Format;
  stdinFilename?: string;
  help: boolean;
}

// Records keyed by every member of a core type, so adding a member to the type fails the build here.
const failOns: Record<FailOn, true> = { error: true, warning: true, info: true, none: true };
const presetNames: Record<PresetName, true> = { recommended: true, 'family-facing': true, audit: true, strict: true };
const documentTypes: Record<DocumentType, true> = { visit: true, plan: true, assessment: true, review: true, letter: true, other: true };
const inputFormats: Record<Format, true> = { text: true, markdown: true, html: true };

export const defaultFailOn: FailOn = 'warning';

export const checkOptionSpec = {
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  preset: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'document-type': { type: 'string' },
  child: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'stdin-format': { type: 'string' },
  'stdin-filename': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof checkOptionSpec;

/** Parses `carelint check` arguments; throws a `UsageError` naming the option and what to do. */
export function parseCheckArgs(argv: readonly string[]): CheckOptions {
  // Non-strict with tokens: we check every option ourselves so each error names the option and the fix.
  const { tokens } = parseArgs({ args: [...argv], options: checkOptionSpec, strict: false, allowPositionals: true, tokens: true });
  const strings = new Map<OptionName, string>();
  const booleans = new Map<OptionName, boolean>();
  const children: string[] = [];
  const positionals: string[] = [];

  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const name = token.name as OptionName;
    const option = Object.hasOwn(checkOptionSpec, name) ? checkOptionSpec[name] : undefined;
    if (option === undefined) {
      throw new UsageError(`unknown option '${token.rawName}'. Run 'carelint check --help' for the options.`);
    }
    if (option.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`option '${token.rawName}' takes no value.`);
      if (name === 'color' || name === 'no-color') booleans.delete(name === 'color' ? 'no-color' : 'color');
      booleans.set(name, true);
    } else if (token.value === undefined || token.value === '') {
      throw new UsageError(`option '--${name}' needs a value. Run 'carelint check --help' for the options.`);
    } else if (name === 'child') {
      children.push(token.value);
    } else {
      strings.set(name, token.value);
    }
  }

  const stdin = positionals.includes('-');
  if (stdin && positionals.length > 1) {
    throw new UsageError("'-' reads one record from stdin and cannot be combined with paths. Check stdin and files in separate runs.");
  }
  const help = booleans.get('help') === true;
  if (!help && positionals.length === 0) {
    throw new UsageError("no input. Give files or folders to check, or '-' to read stdin. Run 'carelint check --help' for examples.");
  }
  for (const name of ['stdin-format', 'stdin-filename'] as const) {
    if (!stdin && strings.has(name)) throw new UsageError(`option '--${name}' only applies when reading stdin: add '-' as the input.`);
  }

  const options: CheckOptions = {
    paths: stdin ? [] : positionals,
    stdin,
    format: oneOf('format', strings.get('format'), formatNames, 'stylish'),
    failOn: oneOf('fail-on', strings.get('fail-on'), Object.keys(failOns) as FailOn[], defaultFailOn),
    childNames: children,
    quiet: booleans.get('quiet') === true,
    verbose: booleans.get('verbose') === true,
    color: booleans.has('color') ? true : booleans.has('no-color') ? false : undefined,
    help,
  };
  const preset = strings.get('preset');
  if (preset !== undefined) options.preset = oneOf('preset', preset, Object.keys(presetNames) as PresetName[]);
  const config = strings.get('config');
  if (config !== undefined) options.config = config;
  const documentType = strings.get('document-type');
  if (documentType !== undefined) options.documentType = oneOf('document-type', documentType, Object.keys(documentTypes) as DocumentType[]);
  const stdinFormat = strings.get('stdin-format');
  if (stdinFormat !== undefined) options.stdinFormat = oneOf('stdin-format', stdinFormat, Object.keys(inputFormats) as Format[]);
  const stdinFilename = strings.get('stdin-filename');
  if (stdinFilename !== undefined) options.stdinFilename = stdinFilename;
  return options;
}

/** The value when it is one of `allowed`, the fallback when absent, else a UsageError listing the choices. */
function oneOf<T extends string>(name: OptionName, value: string | undefined, allowed: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`option '--${name}' must be one of ${allowed.join(', ')} (got '${value ?? ''}').`);
}
