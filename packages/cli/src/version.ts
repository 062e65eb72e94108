import pkg from '../package.json' with { type: 'json' };

/** The version printed by `--version` and written into SARIF. */
export const version: string = pkg.version;

/**
 * What relative rule pages (`docs/rules/jargon.md#…`) are resolved against where a full URL is needed:
 * `CARELINT_DOCS_URL` when set (e.g. where your organisation publishes the docs), otherwise the docs
 * folder shipped beside this package, as a file: URL. No web address is invented.
 */
export const docsBase: string = process.env.CARELINT_DOCS_URL ?? new URL('../../../', import.meta.url).href;
