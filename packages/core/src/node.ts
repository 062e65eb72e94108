/** @carelint/core/node: config discovery and files on disk. Everything else is in the browser-safe entry. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { dictionary, type Entry } from '@carelint/dictionaries';
import { DictionaryError, loadDictionaries } from '@carelint/dictionaries/validate';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ConfigError, mergeConfig, validateConfig } from './config.js';
import { DEFAULT_MAX_LENGTH, lint } from './lint.js';
import { readTextFile } from './read-text.js';

export { readTextFile, readTextStream } from './read-text.js';
import { knownRuleIds } from './rules.js';
import type { Config, Format, LintOptions, Report } from './types.js';

export * from './index.js';
export { filesUnder, type FolderEntry } from './files.js';

/** Config file names, searched in this order in each folder from the file's folder upwards. */
export const CONFIG_FILES = [
  'carelint.config.json',
  'carelint.config.yaml',
  'carelint.config.yml',
  '.carelintrc',
  '.carelintrc.json',
  '.carelintrc.yaml',
  '.carelintrc.yml',
  'package.json',
] as const;

/** The nearest config file at or above `fromDir` (a package.json counts only with a "carelint" key). */
export function findConfig(fromDir: string): string | undefined {
  let dir = resolve(fromDir);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name);
      if (!existsSync(candidate) || !statSync(candidate).isFile()) continue;
      if (name === 'package.json') {
        try {
          if (!('carelint' in (JSON.parse(readFileSync(candidate, 'utf8')) as object))) continue;
        } catch {
          continue;
        }
      }
      return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** A loaded config and the entries of its extra dictionaries. */
export interface LoadedConfig {
  config: Config;
  file: string | undefined;
  extraEntries: Entry[];
}

/** Reads and validates one config file; every problem is a ConfigError naming the file and key. */
export function readConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read the config file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, file);
  }
  let raw: unknown;
  try {
    if (file.endsWith('package.json')) raw = (JSON.parse(text) as { carelint?: unknown }).carelint;
    else raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : '';
    throw new ConfigError(`is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}${where}; fix the syntax and try again`, file);
  }
  if (raw === null || raw === undefined) raw = {};
  const shape = validateConfig(raw, file);
  const extraEntries = loadExtraDictionaries(shape.dictionaries ?? [], dirname(file), file);
  const config = validateConfig(raw, file, knownRuleIds(extraEntries));
  return { config, file, extraEntries };
}

function loadExtraDictionaries(paths: readonly string[], base: string, configFile: string): Entry[] {
  if (paths.length === 0) return [];
  const files = paths.map((path) => {
    const full = resolve(base, path);
    try {
      return { file: full, text: readFileSync(full, 'utf8') };
    } catch {
      throw new ConfigError(`"dictionaries" lists ${path}, which cannot be read; check the path (relative to the config file)`, configFile, 'dictionaries');
    }
  });
  try {
    const bundled = new Set(dictionary.entries.map((entry) => entry.id));
    return loadDictionaries(files, dictionary).entries.filter((entry) => !bundled.has(entry.id));
  } catch (error) {
    if (error instanceof DictionaryError) throw new ConfigError(`extra dictionary: ${error.message}`, configFile, 'dictionaries');
    throw error as Error;
  }
}

/** The config that applies to files in `fromDir`: the nearest config file, or none. */
export function loadConfig(fromDir: string): LoadedConfig {
  const file = findConfig(fromDir);
  return file ? readConfigFile(file) : { config: {}, file: undefined, extraEntries: [] };
}

/** The input format a path implies by its extension. */
export function formatFromPath(path: string): Format {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'text';
}

/**
 * Lints text under a config already loaded (a file's, `--config`, or none for stdin): the caller's options
 * win over the config's, and the config's extra dictionaries come already parsed.
 */
export function lintWithConfig(text: string, loaded: LoadedConfig, options: LintOptions = {}): Report {
  const { format, documentType, childNames, path, extraEntries, ...overrides } = options;
  const { dictionaries: _parsedAlready, ...config } = mergeConfig(loaded.config, overrides);
  const entries = [...loaded.extraEntries, ...(extraEntries ?? [])];
  return lint(text, {
    ...config,
    format: format ?? (path !== undefined ? formatFromPath(path) : 'text'),
    ...(path !== undefined ? { path } : {}),
    ...(documentType !== undefined ? { documentType } : {}),
    ...(childNames !== undefined ? { childNames } : {}),
    ...(entries.length > 0 ? { extraEntries: entries } : {}),
  });
}

const configCache = new Map<string, { file: string | undefined; mtime: number; loaded: LoadedConfig }>();

/** loadConfig, remembered per folder until the config file changes: a folder of records reads it once. */
export function loadConfigCached(fromDir: string): LoadedConfig {
  const dir = resolve(fromDir);
  const file = findConfig(dir);
  const mtime = file ? statSync(file).mtimeMs : 0;
  const cached = configCache.get(dir);
  if (cached && cached.file === file && cached.mtime === mtime) return cached.loaded;
  const loaded = file ? readConfigFile(file) : { config: {}, file: undefined, extraEntries: [] };
  if (configCache.size > 1000) configCache.clear();
  configCache.set(dir, { file, mtime, loaded });
  return loaded;
}

/**
 * Lints a file: reads it as UTF-8, picks the format from its extension, and applies the nearest config
 * (options given here win over the file's settings).
 */
export function lintFile(path: string, options: LintOptions = {}): Report {
  const loaded = loadConfigCached(dirname(resolve(path)));
  const text = readTextFile(path, options.maxLength ?? loaded.config.maxLength ?? DEFAULT_MAX_LENGTH);
  return lintWithConfig(text, loaded, { ...options, path, format: options.format ?? formatFromPath(path) });
}
