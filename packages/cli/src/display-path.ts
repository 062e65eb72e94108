import { relative, sep } from 'node:path';

/** `absolute` relative to `cwd` with `/` separators: stable across machines, as SARIF and GitHub expect. */
export function displayPath(absolute: string, cwd: string): string {
  const path = relative(cwd, absolute) || absolute;
  return sep === '/' ? path : path.split(sep).join('/');
}
