/**
 * Whether a record is text at all. A binary file read as UTF-8, or text in another encoding read as UTF-8, comes out
 * as replacement characters (U+FFFD), NULs and other control characters; checking it would only give nonsense. A
 * record where such characters are more than a tenth of what it holds (and at least a few of them) is refused.
 */

/** At most this many code units are looked at: a binary file shows itself at once. */
const SAMPLE = 64 * 1024;
/** Refused when more than this share of the sample is binary, and at least MIN_COUNT characters are. */
const SHARE = 0.1;
const MIN_COUNT = 4;

/** A record that is not text (binary, or not UTF-8): nothing was linted. The message never holds the text. */
export class BinaryInputError extends Error {
  override name = 'BinaryInputError';
  constructor(
    readonly binary: number,
    readonly sampled: number,
  ) {
    super(`This record does not look like text: ${binary.toLocaleString('en-GB')} of its first ${sampled.toLocaleString('en-GB')} characters are control characters or bytes that are not valid UTF-8. carelint checks text records: check it is the right file, saved as UTF-8 text.`);
  }
}

/** How many of the first SAMPLE code units are binary, and how many were looked at; undefined when it reads as text. */
export function binaryShare(text: string): { binary: number; sampled: number } | undefined {
  const sampled = Math.min(text.length, SAMPLE);
  let binary = 0;
  for (let i = 0; i < sampled; i++) {
    const code = text.charCodeAt(i);
    // NUL and the C0 controls but tab, line feed, vertical tab, form feed and carriage return; DEL; U+FFFD.
    if ((code < 32 && (code < 9 || code > 13)) || code === 127 || code === 0xfffd) binary += 1;
  }
  return binary >= MIN_COUNT && binary > sampled * SHARE ? { binary, sampled } : undefined;
}
