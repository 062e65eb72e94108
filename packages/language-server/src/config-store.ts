import { statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, mergeConfig, validateConfig, type Config, type Format, type LintOptions } from '@carelint/core';
import { CONFIG_FILES, loadConfig, type LoadedConfig } from '@carelint/core/node';

/** Editor settings that change how documents are linted (the VS Code extension's `carelint.preset`). */
export interface EditorSettings {
  preset?: string;
}

/** The options to lint one document with, and a key that names them for caches. */
export interface DocumentConfig {
  options: LintOptions;
  key: string;
  /** The config file in effect, if any. */
  file: string | undefined;
}

const NO_CONFIG: LoadedConfig = { config: {}, file: undefined, extraEntries: [] };

interface Loaded {
  result: LoadedConfig | ConfigError;
  /** The config file's modification time when it was read, to notice edits the editor did not tell us about. */
  mtime: number | undefined;
}

/**
 * Finds the config for each document with core's resolver (the nearest config file at or above the document's
 * folder), keeps it per folder, and forgets it when a config file changes.
 */
export class ConfigStore {
  private readonly byDir = new Map<string, Loaded>();
  private settings: Config = {};

  /** Folder for documents that have no path (untitled buffers): the first workspace folder, if any. */
  fallbackDir: string | undefined;

  /** Applies editor settings; an invalid setting is a ConfigError naming it. */
  setSettings(settings: EditorSettings): void {
    const config: Config = {};
    if (settings.preset) {
      try {
        Object.assign(config, validateConfig({ preset: settings.preset }));
      } catch (error) {
        throw new ConfigError(`the editor setting carelint.preset ${(error as Error).message.replace(/^"preset" /, '')}`, undefined, 'preset');
      }
    }
    this.settings = config;
    this.byDir.clear();
  }

  /** Forgets every loaded config (a config file changed). */
  invalidate(): void {
    this.byDir.clear();
  }

  /** The folder a document's config is searched from. */
  dirOf(uri: string): string | undefined {
    if (uri.startsWith('file:')) return dirname(fileURLToPath(uri));
    return this.fallbackDir;
  }

  /** The config file that applies to a document (even an invalid one), or undefined. */
  fileFor(uri: string): string | undefined {
    const dir = this.dirOf(uri);
    if (!dir) return undefined;
    return this.load(dir).result.file;
  }

  /** The lint options for a document, or the ConfigError that stops it being linted. */
  forDocument(uri: string, format: Format): DocumentConfig | ConfigError {
    const dir = this.dirOf(uri);
    const loaded = dir ? this.load(dir).result : NO_CONFIG;
    if (loaded instanceof ConfigError) return loaded;
    const config = mergeConfig(loaded.config, this.settings);
    delete config.dictionaries;
    const options: LintOptions = { ...config, format };
    if (loaded.extraEntries.length > 0) options.extraEntries = loaded.extraEntries;
    const key = JSON.stringify([config, format, loaded.file, loaded.extraEntries.map((entry) => entry.id)]);
    return { options, key, file: loaded.file };
  }

  private load(dir: string): Loaded {
    const cached = this.byDir.get(dir);
    if (cached && mtimeOf(cached.result.file) === cached.mtime) return cached;
    let result: LoadedConfig | ConfigError;
    try {
      result = loadConfig(dir);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      result = error;
    }
    const loaded = { result, mtime: mtimeOf(result.file) };
    this.byDir.set(dir, loaded);
    return loaded;
  }
}

function mtimeOf(file: string | undefined): number | undefined {
  if (!file) return undefined;
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** Whether a path is one of the files core's resolver reads as config. */
export function isConfigFile(path: string): boolean {
  return (CONFIG_FILES as readonly string[]).includes(basename(path));
}
