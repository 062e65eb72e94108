/** Bundles the server (`server.js` by default) into `outDir` with the rule pages beside it; returns its path. */
export function bundleServer(outDir?: string, outName?: string): Promise<string>;
