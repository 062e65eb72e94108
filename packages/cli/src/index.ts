/** carelint: the command-line interface, callable without spawning a process. */
export { main } from './main.js';
export type { Io, OutputStream } from './io.js';
export { commands, type Command } from './commands.js';
export { formatNames, formatters, github, json, sarif, stylish, type FormatName, type FormatOptions, type Formatter } from './format/index.js';
export { sarifLog, type SarifLog } from './format/sarif.js';
