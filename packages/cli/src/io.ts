/** Where output goes; `isTTY` decides colour. */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** The terminal's width, when it is one. */
  columns?: number;
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
