import pkg from '../package.json' with { type: 'json' };

/** This package's version, for /healthz and the OpenAPI document. */
export const version: string = pkg.version;
