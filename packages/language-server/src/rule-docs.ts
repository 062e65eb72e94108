import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The `docs` folder that holds `rules/*.md`, searched upwards from this module: the copy shipped beside the
 * bundled server (`dist/docs`), or the repository's own `docs` when the server runs from source.
 */
export function findDocsRoot(from: string = fileURLToPath(import.meta.url)): string | undefined {
  let dir = dirname(from);
  for (;;) {
    const candidate = join(dir, 'docs');
    if (existsSync(join(candidate, 'rules'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Turns a finding's `url` (`docs/rules/<page>.md#<id>`, relative to the repository) into a link an editor can open. */
export class RuleDocs {
  private readonly pages = new Map<string, boolean>();

  constructor(readonly root: string | undefined) {}

  /** A `file://` URI of the rule page with its anchor, or undefined when the page is not on this machine. */
  href(url: string | undefined): string | undefined {
    if (!url || !this.root) return undefined;
    const match = /^docs\/([^#?]+\.md)(#[\w.-]+)?$/.exec(url);
    if (!match) return undefined;
    const page = match[1]!;
    if (page.split('/').includes('..')) return undefined;
    const file = join(this.root, ...page.split('/'));
    let exists = this.pages.get(file);
    if (exists === undefined) {
      exists = file.startsWith(this.root + sep) && existsSync(file);
      this.pages.set(file, exists);
    }
    return exists ? pathToFileURL(file).href + (match[2] ?? '') : undefined;
  }
}
