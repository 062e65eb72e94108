// Runs `main()` in-process with captured output, as a test would run the command.
import { Readable } from 'node:stream';
import { main } from '../src/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `carelint ...argv` in `cwd`, with `stdin` as its input; never a TTY unless `tty` is set. */
export async function run(
  argv: string[],
  { cwd = process.cwd(), stdin = '', env = {}, tty = false }: { cwd?: string; stdin?: string; env?: Record<string, string>; tty?: boolean } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: tty },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: tty },
    stdin: Readable.from([Buffer.from(stdin, 'utf8')]),
    cwd,
    env,
  });
  return { code, stdout, stderr };
}
