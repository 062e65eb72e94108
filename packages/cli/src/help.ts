import type { Command } from './commands.js';

/** `carelint --help`, listing `commands`. */
export function mainHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const list = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return `carelint: checks the language and recording quality of children's social care records

Usage
  carelint <command> [options]
  carelint help <command>

Commands
${list}

Options
  -h, --help     Show this help; 'carelint <command> --help' shows a command's options
  -v, --version  Print the version

Exit codes
  0  no finding at or above --fail-on
  1  at least one finding at or above --fail-on
  2  usage or input error (unknown option or command, missing or unreadable file,
     invalid config)

Examples
  carelint check records/
  carelint check --format sarif docs/ > carelint.sarif
  carelint check --help

Nothing leaves this machine, and error messages never show a record's text.
`;
}
