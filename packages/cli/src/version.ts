import pkg from '../package.json' with { type: 'json' };

/** The version printed by `--version` and written into SARIF. */
export const version: string = pkg.version;

/**
 * Where the documentation is published: the repository's files on its host, at the main branch
 * (`https://github.com/<owner>/<name>/blob/main/`), read from this package's `repository` field.
 */
export function publishedDocs(repository: string): string {
  let web = repository.replace(/^git\+/, '').replace(/\.git$/, '');
  while (web.endsWith('/')) web = web.slice(0, -1);
  return `${web}/blob/main/`;
}

/**
 * What rule pages (`docs/rules/jargon.md#…`, relative to the repository) are resolved against wherever a full
 * URL is shown: `CARELINT_DOCS_URL` when set (e.g. where your organisation publishes the docs), otherwise the
 * published documentation. Never a path on this machine, so a link works for whoever reads the output.
 */
export function docsBase(env: Record<string, string | undefined> = process.env): string {
  const base = env['CARELINT_DOCS_URL'];
  if (base !== undefined && base !== '') return base.endsWith('/') ? base : `${base}/`;
  return publishedDocs(pkg.repository.url);
}

/** A finding's `url` as a full address: absolute ones unchanged, relative ones resolved against `docsBase()`. */
export function ruleUrl(url: string, env?: Record<string, string | undefined>): string {
  return /^[a-z][a-z\d+.-]*:/i.test(url) ? url : new URL(url, docsBase(env)).href;
}
