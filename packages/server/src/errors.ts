/** The `code` of every JSON error the service answers with (documented in openapi.ts). */
export type ErrorCode =
  | 'malformed-json'
  | 'invalid-request'
  | 'invalid-utf8'
  | 'invalid-settings'
  | 'unsupported-media-type'
  | 'payload-too-large'
  | 'unauthorized'
  | 'forbidden-origin'
  | 'forbidden-host'
  | 'not-text'
  | 'not-found'
  | 'method-not-allowed'
  | 'request-timeout'
  | 'timeout'
  | 'busy'
  | 'unavailable'
  | 'internal';

/** The body of every error: a code to branch on and a sentence a person can act on. Never holds record text. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** The request field the problem is in, when there is one. */
    field?: string;
  };
}

/** An answer other than 200: its status, code and message; thrown by the request handling, caught by the app. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 408 | 413 | 415 | 500 | 503,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** The JSON body. */
  body(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.field !== undefined ? { field: this.field } : {}) } };
  }
}
