/** @carelint/server: the pre-submission check as an HTTP service, and the pieces to embed it. */
export { createApp, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type AppOptions, type Linter } from './app.js';
export { startServer, type ServerHandle, type ServerOptions } from './serve.js';
export { runServeCommand, parseServeArgs, serveHelp, type ServeContext, type ServeIo, type SignalSource } from './command.js';
export { defaultPolicy, judge, matches, resolvePolicy, PolicyError, type Judgement, type Policy } from './policy.js';
export { LintPool, LintFailure, type PoolOptions } from './pool.js';
export { openapiDocument } from './openapi.js';
export type { CheckRequest } from './request.js';
export type { ErrorBody, ErrorCode } from './errors.js';
