/** Where output goes; `isTTY` decides colour. */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** Everything the CLI touches outside itself, so `main()` runs in tests without spawning. */
export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Read only when a command is given `-`. */
  stdin: AsyncIterable<string | Uint8Array>;
  /** Absolute folder that relative paths start from. */
  cwd: string;
  env: Record<string, string | undefined>;
}
