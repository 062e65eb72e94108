import type { Config, LevelSetting, PresetName } from './types.js';
import { presets } from './presets.js';

/** A config that cannot be used: names the file (when there is one) and the key, and says what to do. */
export class ConfigError extends Error {
  readonly file: string | undefined;
  readonly key: string | undefined;

  constructor(message: string, file?: string, key?: string) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'ConfigError';
    this.file = file;
    this.key = key;
  }
}

const LEVELS: readonly LevelSetting[] = ['error', 'warning', 'info', 'off'];
const KEYS = ['preset', 'rules', 'allow', 'ignore', 'dictionaries', 'tone', 'readability', 'verdict', 'children', 'maxLength'] as const;

type Check = (value: unknown, key: string) => void;

/**
 * Checks a config object key by key and returns it typed. Unknown keys and wrong types are errors that
 * name the key, never silent defaults. `knownRuleIds` lets `rules` keys be checked too.
 */
export function validateConfig(raw: unknown, file?: string, knownRuleIds?: ReadonlySet<string>): Config {
  const fail = (key: string, message: string): never => {
    throw new ConfigError(`"${key}" ${message}`, file, key);
  };
  if (!isObject(raw)) throw new ConfigError('the config must be an object of settings (for example {"preset": "recommended"})', file);
  const strings: Check = (value, key) => {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail(key, 'must be a list of strings');
  };
  const number = (min: number, max: number): Check => (value, key) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) fail(key, `must be a number from ${min} to ${max}`);
  };
  const object = (checks: Record<string, Check>): Check => (value, key) => {
    if (!isObject(value)) fail(key, 'must be an object');
    for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
      const check = checks[name];
      if (!check) fail(`${key}.${name}`, `is not a setting; expected one of: ${Object.keys(checks).join(', ')}`);
      else check(inner, `${key}.${name}`);
    }
  };
  const checks: Record<(typeof KEYS)[number], Check> = {
    preset: (value, key) => {
      if (typeof value !== 'string' || !(value in presets)) fail(key, `must be one of: ${Object.keys(presets).join(', ')}`);
    },
    rules: (value, key) => {
      if (!isObject(value)) fail(key, 'must map rule ids, categories or rule packages to error, warning, info or off');
      for (const [id, level] of Object.entries(value as Record<string, unknown>)) {
        if (!LEVELS.includes(level as LevelSetting)) fail(`${key}.${id}`, `must be one of: ${LEVELS.join(', ')}`);
        if (knownRuleIds && !knownRuleIds.has(id)) fail(`${key}.${id}`, `is not a rule id, category or rule package${suggest(id, knownRuleIds)}`);
      }
    },
    allow: strings,
    ignore: strings,
    dictionaries: strings,
    tone: object({ target: number(0.1, 100), minCritical: number(1, 1000) }),
    readability: object({ age: number(5, 25), maxSentenceWords: number(5, 200) }),
    verdict: object({ fail: strings, warn: strings }),
    maxLength: number(1, 100_000_000),
    children: (value, key) => {
      if (!Array.isArray(value)) fail(key, 'must be a list of children, each with a "name"');
      (value as unknown[]).forEach((child, i) => {
        const at = `${key}[${i}]`;
        if (!isObject(child) || typeof child.name !== 'string' || child.name.trim() === '') fail(`${at}.name`, 'must be the child’s name');
        object({
          name: () => undefined,
          aliases: strings,
          allow: strings,
          words: (words, wordsKey) => {
            if (!isObject(words)) fail(wordsKey, 'must map rule ids to the words this child uses');
            for (const [id, list] of Object.entries(words as Record<string, unknown>)) strings(list, `${wordsKey}.${id}`);
          },
        })(child, at);
      });
    },
  };
  for (const [key, value] of Object.entries(raw)) {
    const check = checks[key as (typeof KEYS)[number]];
    if (!check) fail(key, `is not a setting${suggest(key, new Set(KEYS))}; settings are: ${KEYS.join(', ')}`);
    else check(value, key);
  }
  return raw as Config;
}

/** Merges configs: later ones win key by key; lists are joined, rule levels merged. */
export function mergeConfig(...configs: Array<Config | undefined>): Config {
  const out: Config = {};
  for (const config of configs) {
    if (!config) continue;
    if (config.preset) out.preset = config.preset as PresetName;
    if (config.rules) out.rules = { ...out.rules, ...config.rules };
    for (const key of ['allow', 'ignore', 'dictionaries', 'children'] as const) {
      const list = config[key];
      if (list) (out as Record<string, unknown>)[key] = [...((out[key] as unknown[] | undefined) ?? []), ...list];
    }
    if (config.tone) out.tone = { ...out.tone, ...config.tone };
    if (config.readability) out.readability = { ...out.readability, ...config.readability };
    if (config.verdict) out.verdict = { ...out.verdict, ...config.verdict };
    if (config.maxLength !== undefined) out.maxLength = config.maxLength;
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** " (did you mean "x"?)" when a known name is one or two edits away. */
function suggest(name: string, known: ReadonlySet<string>): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
