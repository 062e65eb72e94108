import type { Formatter } from './formatter.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export type { FormatOptions, Formatter } from './formatter.js';

/** Names accepted by `--format`, the default first. */
export const formatNames = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof formatNames)[number];

/** Every output format by name. */
export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github };

export { github, json, sarif, stylish };
