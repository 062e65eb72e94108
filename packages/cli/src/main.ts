import { commands } from './commands.js';
import { describeError, stackFrames } from './describe-error.js';
import { mainHelp } from './help.js';
import type { Io } from './io.js';
import { UsageError } from './usage-error.js';
import { version } from './version.js';

/** Runs `carelint` with `argv` (without node and the script) and resolves to the exit code: 0, 1 or 2. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`carelint: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`carelint: ${describeError(error)}\n`);
    if (io.env['CARELINT_DEBUG']) io.stderr.write(`${stackFrames(error)}\n`);
    return 2;
  }
}

/** Picks the subcommand, or answers `--help` / `--version` / `help <command>`. */
async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  const names = commands.map((command) => command.name).join(', ');
  if (first === undefined) {
    io.stderr.write(mainHelp(commands));
    return 2;
  }
  if (first === '-h' || first === '--help') {
    io.stdout.write(mainHelp(commands));
    return 0;
  }
  if (first === '-v' || first === '--version') {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) {
      io.stdout.write(mainHelp(commands));
      return 0;
    }
    return find(topic, names).run(['--help'], io);
  }
  if (first.startsWith('-')) {
    throw new UsageError(`'${first}' must follow a command, as in 'carelint check ${first} …'. Commands: ${names}.`);
  }
  return find(first, names).run(rest, io);
}

/** The command called `name`; a UsageError listing the commands otherwise. */
function find(name: string, names: string): (typeof commands)[number] {
  const command = commands.find((candidate) => candidate.name === name);
  if (command === undefined) {
    throw new UsageError(`unknown command '${name}'. Commands: ${names}. To check files, run 'carelint check ${name}'.`);
  }
  return command;
}
