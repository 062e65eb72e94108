import { dirname, resolve } from 'node:path';
import type { LintOptions, Report } from '@carelint/core';
import { DEFAULT_MAX_LENGTH } from '@carelint/core';
import { formatFromPath, lintFile, loadConfig, readConfigFile, readTextFile, readTextStream, type LoadedConfig } from '@carelint/core/node';
import { useColor } from '../color.js';
import { outputWidth } from '../width.js';
import { isConfigError } from '../describe-error.js';
import { formatters } from '../format/index.js';
import type { Io } from '../io.js';
import { displayPath } from '../display-path.js';
import { collect } from './collect.js';
import { lintText } from './lint-text.js';
import { Problems } from './problems.js';
import type { CheckOptions } from './options.js';
import { errorsOnly, fails } from './threshold.js';

/** Lints the inputs `options` name, prints them in one format, and returns the exit code. */
export async function runCheck(options: CheckOptions, io: Io): Promise<number> {
  const problems = new Problems(io);

  let explicit: LoadedConfig | undefined;
  if (options.config !== undefined) {
    try {
      explicit = readConfigFile(resolve(io.cwd, options.config));
    } catch (error) {
      problems.add(error, options.config);
      return 2;
    }
  }

  let reports: Report[];
  if (options.stdin) {
    const report = await checkStdin(options, io, explicit, problems);
    if (report === undefined) return 2;
    reports = [report];
  } else {
    reports = checkFiles(options, io, explicit, problems);
  }

  if (options.quiet) reports = reports.map(errorsOnly);
  const color = useColor(options.color, io);
  const width = outputWidth(io);
  io.stdout.write(formatters[options.format](reports, { color, quiet: options.quiet, verbose: options.verbose, ...(width !== undefined ? { width } : {}) }));
  if (problems.count > 0) return 2;
  return fails(reports, options.failOn) ? 1 : 0;
}

/** Options every input shares: what the flags override. */
function overrides(options: CheckOptions): LintOptions {
  const result: LintOptions = {};
  if (options.preset !== undefined) result.preset = options.preset;
  if (options.documentType !== undefined) result.documentType = options.documentType;
  if (options.childNames.length > 0) result.childNames = options.childNames;
  return result;
}

/** Lints every file under the paths; an unreadable file is reported and the rest still checked. */
function checkFiles(options: CheckOptions, io: Io, explicit: LoadedConfig | undefined, problems: Problems): Report[] {
  const { files, errors } = collect(options.paths, io.cwd);
  for (const error of errors) problems.add(error);
  const shared = overrides(options);
  const reports: Report[] = [];
  for (const file of files) {
    try {
      const report = explicit
        ? lintText(readTextFile(file.absolute, explicit.config.maxLength ?? DEFAULT_MAX_LENGTH), explicit, { ...shared, format: formatFromPath(file.absolute) })
        : lintFile(file.absolute, shared);
      reports.push({ ...report, path: file.display });
    } catch (error) {
      // A config error names its own file; other errors are about the record file.
      problems.add(error, isConfigError(error) ? undefined : file.display);
    }
  }
  return reports;
}

/** Lints stdin as one record; config is searched from `--stdin-filename`'s folder, or the working folder. */
async function checkStdin(options: CheckOptions, io: Io, explicit: LoadedConfig | undefined, problems: Problems): Promise<Report | undefined> {
  const name = options.stdinFilename;
  try {
    const loaded = explicit ?? loadConfig(name === undefined ? io.cwd : dirname(resolve(io.cwd, name)));
    // Standard input is read up to the same size limit as a file, never whole.
    const text = await readTextStream(io.stdin, loaded.config.maxLength ?? DEFAULT_MAX_LENGTH);
    const format = options.stdinFormat ?? (name === undefined ? 'text' : formatFromPath(name));
    const path = name === undefined ? undefined : displayPath(resolve(io.cwd, name), io.cwd);
    return lintText(text, loaded, { ...overrides(options), format, ...(path !== undefined ? { path } : {}) });
  } catch (error) {
    problems.add(error, name ?? 'stdin');
    return undefined;
  }
}
