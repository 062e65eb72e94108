import { readLimited } from '../body.js';
import { HttpError } from '../errors.js';
import { fromPlainText, parseAnnotation, type AnnotatedText } from './annotated.js';
import { languageFor, type LanguageInfo } from './languages.js';

/** A LanguageTool `/v2/check` request, as carelint reads it. */
export interface LanguageToolRequest {
  text: AnnotatedText;
  language: LanguageInfo;
  /** Rule ids, categories or rule packages to turn on (at their usual level, or `warning` if off by default). */
  enabledRules: string[];
  /** Rule ids, categories or rule packages to turn off. */
  disabledRules: string[];
  /** `enabledOnly=true`: only `enabledRules` run. */
  enabledOnly: boolean;
  /** `picky` also answers with carelint's `info` findings and whole-record findings. */
  level: 'default' | 'picky';
  /** The `apiKey` field: carelint's token, for clients that cannot send an Authorization header. */
  apiKey?: string;
}

const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(;|$)/i;
const MAX_LIST = 200;

/**
 * Reads a form-encoded body (LanguageTool's clients send `text=…&language=…`), with the same byte limit and
 * deadline as /v1/check, and checks its fields. Messages name the field, never the text.
 */
export async function readLanguageToolRequest(request: Request, maxBytes: number, timeoutMs: number): Promise<LanguageToolRequest> {
  const type = request.headers.get('content-type') ?? '';
  if (!FORM_TYPE.test(type.trim())) {
    throw new HttpError(415, 'unsupported-media-type', 'Send the check as a form: "Content-Type: application/x-www-form-urlencoded" with text=…&language=….');
  }
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) {
    throw new HttpError(413, 'payload-too-large', `The body is larger than this service accepts (${maxBytes} bytes); check a shorter text, or raise the limit with --max-bytes.`);
  }
  const bytes = await readLimited(request, maxBytes, timeoutMs);
  let body: string;
  try {
    body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'invalid-utf8', 'The form is not valid UTF-8; percent-encode the text as UTF-8.');
  }
  return parseLanguageToolForm(new URLSearchParams(body));
}

/** Checks the fields of a `/v2/check` form. */
export function parseLanguageToolForm(form: URLSearchParams): LanguageToolRequest {
  const text = form.get('text');
  const data = form.get('data');
  if (text !== null && data !== null) throw invalid('text', 'Send either "text" or "data", not both.');
  if (text === null && data === null) throw invalid('text', 'Missing "text" or "data": send the text to check as text=….');
  const annotated = text !== null ? fromPlainText(text) : parseAnnotation(data!);
  const code = form.get('language');
  if (code === null || code.trim() === '') throw invalid('language', 'Missing "language": send language=en-GB (or en, en-US, auto).');
  const language = languageFor(code.trim());
  if (!language) throw invalid('language', `carelint checks English only: "language" must be en, en-GB, en-US, another en-… variant, or auto (not "${code.slice(0, 20)}").`);
  const level = form.get('level') ?? 'default';
  if (level !== 'default' && level !== 'picky') throw invalid('level', '"level" must be default or picky.');
  const enabledOnly = /^(true|yes)$/i.test(form.get('enabledOnly') ?? '');
  const enabledRules = list(form, 'enabledRules');
  const disabledRules = list(form, 'disabledRules');
  if (enabledOnly && enabledRules.length === 0) throw invalid('enabledRules', 'enabledOnly=true needs the rules to run in "enabledRules".');
  const request: LanguageToolRequest = { text: annotated, language, enabledRules, disabledRules, enabledOnly, level };
  const apiKey = form.get('apiKey');
  if (apiKey !== null && apiKey !== '') request.apiKey = apiKey;
  return request;
}

/** A comma-separated field: ids of at most 100 characters each, at most MAX_LIST of them. */
function list(form: URLSearchParams, field: string): string[] {
  const value = form.get(field);
  if (value === null) return [];
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  if (items.length > MAX_LIST || items.some((item) => item.length > 100)) {
    throw invalid(field, `"${field}" must be a comma-separated list of at most ${MAX_LIST} rule ids.`);
  }
  return items;
}

function invalid(field: string, message: string): HttpError {
  return new HttpError(400, 'invalid-request', message, field);
}
