import { HttpError } from './errors.js';

/**
 * Reads a JSON request body: checks its content type, stops at `maxBytes` (413), at the deadline (408),
 * and on invalid UTF-8 or JSON (400). Error messages say where the problem is, never what the text says.
 */
export async function readJsonBody(request: Request, maxBytes: number, timeoutMs: number): Promise<unknown> {
  checkContentType(request.headers.get('content-type'));
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  const bytes = await readLimited(request, maxBytes, timeoutMs);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'invalid-utf8', `The body is not valid UTF-8 (first bad byte at ${firstInvalidByte(bytes)}); send the JSON encoded as UTF-8.`);
  }
  if (text.trim() === '') throw new HttpError(400, 'malformed-json', 'The body is empty; send a JSON object such as {"text": "…"}.');
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8's message quotes the body around the mistake, and the body is a record: report only the position.
    throw new HttpError(400, 'malformed-json', `The body is not valid JSON${jsonErrorPlace(text, error)}; send a JSON object such as {"text": "…"}.`);
  }
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

function checkContentType(header: string | null): void {
  if (header === null || !JSON_TYPE.test(header.trim())) {
    throw new HttpError(415, 'unsupported-media-type', 'Send the request as JSON with the header "Content-Type: application/json".');
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(header)?.[1];
  if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
    throw new HttpError(415, 'unsupported-media-type', 'Send the JSON as UTF-8 ("Content-Type: application/json; charset=utf-8").');
  }
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, 'payload-too-large', `The body is larger than this service accepts (${maxBytes} bytes); check a shorter record, or raise the limit with --max-bytes.`);
}

/** Reads the body stream up to `maxBytes`, giving up at the deadline; cancels the stream on either (also used by the LanguageTool routes). */
export async function readLimited(request: Request, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new HttpError(408, 'request-timeout', `The body did not arrive within ${timeoutMs} ms; send it again.`, undefined, { connection: 'close' })),
      timeoutMs,
    );
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), deadline]);
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw tooLarge(maxBytes);
      chunks.push(value);
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, 'invalid-request', 'The body could not be read to its end; send it again.');
  } finally {
    clearTimeout(timer);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** " at line L, column C" from a JSON.parse error, read from its position only. */
function jsonErrorPlace(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/.exec(message)?.[1];
  let offset = position !== undefined ? Number(position) : /Unexpected end of JSON input|Unterminated/i.test(message) ? text.length : undefined;
  if (offset === undefined) return '';
  offset = Math.min(offset, text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return offset >= text.length ? ` (it ends too early, at line ${line}, column ${column})` : ` (at line ${line}, column ${column})`;
}

/** Index of the first byte that makes `bytes` invalid UTF-8 (its length when it ends mid-character). */
function firstInvalidByte(bytes: Uint8Array): number {
  // A prefix decoded in streaming mode fails only on a definite error, so the shortest failing prefix ends at it.
  const fails = (end: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let low = 1;
  let high = bytes.length;
  if (!fails(high)) return bytes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (fails(mid)) high = mid;
    else low = mid + 1;
  }
  return low - 1;
}
