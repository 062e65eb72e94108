import { HttpError } from '../errors.js';

/**
 * LanguageTool's `data` parameter: `{"annotation": [{"text": "A "}, {"markup": "<b>"}, {"text": "test"},
 * {"markup": "<br>", "interpretAs": "\n\n"}]}`. Text parts are checked; markup is skipped, or read as its
 * `interpretAs`. Offsets in the answer count every part, markup included (the document as the client has it).
 */
export interface AnnotatedText {
  /** What carelint checks: the text parts, with markup read as its `interpretAs` (or nothing). */
  plain: string;
  /** The whole document: every part's text or markup, in order. */
  original: string;
  /** `map[i]` is the offset in `original` of `plain[i]`; `map[plain.length]` is `original.length`. */
  map: Int32Array;
}

/** Plain text as an annotated text with nothing to map. */
export function fromPlainText(text: string): AnnotatedText {
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { plain: text, original: text, map };
}

/** Reads the `data` parameter; a 400 names what is wrong without repeating the text. */
export function parseAnnotation(data: string): AnnotatedText {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    throw invalid('"data" is not valid JSON; send {"annotation": [{"text": "…"}, {"markup": "…"}]}.');
  }
  const parts = (parsed as { annotation?: unknown } | null)?.annotation;
  if (!Array.isArray(parts)) throw invalid('"data" must be an object with an "annotation" list, such as {"annotation": [{"text": "…"}]}.');
  let plain = '';
  let original = '';
  const map: number[] = [];
  parts.forEach((part: unknown, index) => {
    const { text, markup, interpretAs } = (part ?? {}) as Record<string, unknown>;
    if (typeof text === 'string' && markup === undefined) {
      for (let i = 0; i < text.length; i++) map.push(original.length + i);
      plain += text;
      original += text;
    } else if (typeof markup === 'string' && text === undefined) {
      if (interpretAs !== undefined && typeof interpretAs !== 'string') throw invalid(`"data": part ${index + 1}'s "interpretAs" must be a string.`);
      // Text the markup stands for lies on the markup itself (a finding on it underlines the markup).
      for (let i = 0; i < (interpretAs?.length ?? 0); i++) map.push(original.length);
      plain += interpretAs ?? '';
      original += markup;
    } else {
      throw invalid(`"data": part ${index + 1} must have either "text" or "markup" (a string), not both.`);
    }
  });
  map.push(original.length);
  return { plain, original, map: Int32Array.from(map) };
}

/** The span in `original` of the plain span `start`-`end`: markup inside the span is included, markup around it is not. */
export function toOriginal(text: AnnotatedText, start: number, end: number): { start: number; end: number } {
  const from = text.map[Math.min(start, text.plain.length)]!;
  if (end <= start) return { start: from, end: from };
  // The end is just after the span's last character, so markup straight after the span stays outside it.
  const to = text.map[Math.min(end - 1, text.plain.length)]! + (end - 1 < text.plain.length ? 1 : 0);
  return { start: from, end: Math.max(from, to) };
}

function invalid(message: string): HttpError {
  return new HttpError(400, 'invalid-request', message, 'data');
}
