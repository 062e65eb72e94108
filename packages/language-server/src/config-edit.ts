import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ConfigError } from '@carelint/core';
import { isMap, isSeq, parseDocument } from 'yaml';

/** The config lists an editor adds to: phrases to allow, fingerprints of findings to ignore. */
export type ListKey = 'allow' | 'ignore';

/** The file a list edit wrote, and whether it was new. */
export interface ConfigEdit {
  file: string;
  created: boolean;
  /** False when the value was already in the list. */
  changed: boolean;
}

/** The config file created when a workspace has none. */
export const NEW_CONFIG_FILE = '.carelintrc.json';

/**
 * Adds `value` to the `key` list of a config file, keeping every other setting (and, in YAML, the comments).
 * With no config file, creates `.carelintrc.json` in `createIn`. A list that is not a list is a ConfigError.
 */
export function addToConfigList(configFile: string | undefined, createIn: string, key: ListKey, value: string): ConfigEdit {
  if (!configFile || !existsSync(configFile)) {
    const file = configFile ?? join(createIn, NEW_CONFIG_FILE);
    writeFileSync(file, `${JSON.stringify({ [key]: [value] }, null, 2)}\n`);
    return { file, created: true, changed: true };
  }
  const text = readFileSync(configFile, 'utf8');
  const name = basename(configFile);
  const json = name.endsWith('.json') || (name === '.carelintrc' && isJson(text));
  const updated = json ? addToJson(text, configFile, name === 'package.json', key, value) : addToYaml(text, configFile, key, value);
  if (updated === undefined) return { file: configFile, created: false, changed: false };
  writeFileSync(configFile, updated);
  return { file: configFile, created: false, changed: true };
}

function addToJson(text: string, file: string, packageJson: boolean, key: ListKey, value: string): string | undefined {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    throw new ConfigError('is not valid JSON; fix the syntax before adding to it', file);
  }
  if (!isObject(root)) throw new ConfigError('must hold an object of settings', file);
  let config: Record<string, unknown> = root;
  if (packageJson) {
    if (root.carelint === undefined) root.carelint = {};
    if (!isObject(root.carelint)) throw new ConfigError('"carelint" must be an object of settings', file, 'carelint');
    config = root.carelint;
  }
  const list = config[key] ?? [];
  if (!Array.isArray(list)) throw new ConfigError(`"${key}" must be a list of strings`, file, key);
  if (includes(list, key, value)) return undefined;
  config[key] = [...list, value];
  const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? '  ';
  return JSON.stringify(root, null, indent) + (text.endsWith('\n') || text.length === 0 ? '\n' : '');
}

function addToYaml(text: string, file: string, key: ListKey, value: string): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new ConfigError('is not valid YAML; fix the syntax before adding to it', file);
  if (doc.contents === null) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  if (!isMap(doc.contents)) throw new ConfigError('must hold a map of settings', file);
  const node = doc.get(key, true);
  if (node === undefined || node === null) {
    doc.set(key, doc.createNode([value]));
  } else if (isSeq(node)) {
    if (includes(node.toJSON() as unknown[], key, value)) return undefined;
    node.add(doc.createNode(value));
  } else {
    throw new ConfigError(`"${key}" must be a list of strings`, file, key);
  }
  return String(doc);
}

/** Allowed phrases match case-insensitively, so "Contact" is already there when "contact" is. */
function includes(list: readonly unknown[], key: ListKey, value: string): boolean {
  const normalise = (v: unknown) => (typeof v === 'string' ? (key === 'allow' ? v.toLowerCase().replace(/\s+/g, ' ').trim() : v) : v);
  return list.some((item) => normalise(item) === normalise(value));
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
