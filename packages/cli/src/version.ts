import pkg from '../package.json' with { type: 'json' };

/** The version printed by `--version` and written into SARIF. */
export const version: string = pkg.version;

/** Where people learn what carelint is (SARIF `tool.driver.informationUri`). */
export const homepage = 'https://github.com/carelint/carelint';
