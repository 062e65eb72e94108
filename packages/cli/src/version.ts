import pkg from '../package.json' with { type: 'json' };

/** The version printed by `--version` and written into SARIF. */
export const version: string = pkg.version;

/** Where people learn what carelint is (SARIF `tool.driver.informationUri`). */
export const homepage = 'https://github.com/carelint/carelint';

/** What relative rule pages (`docs/rules/jargon.md#…`) are resolved against where a full URL is needed. */
export const docsBase = `${homepage}/blob/main/`;
