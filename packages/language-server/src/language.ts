import type { Format } from '@carelint/core';

/** LSP language ids carelint reads, and the input format core parses each as. */
const FORMATS: Record<string, Format> = {
  plaintext: 'text',
  text: 'text',
  markdown: 'markdown',
  html: 'html',
};

/** The language ids an editor should send to carelint by default. */
export const DEFAULT_LANGUAGES = ['plaintext', 'markdown', 'html'] as const;

/**
 * The format to lint a document as: its language id when it is one we know, else the file extension of its URI
 * (an editor may call a `.md` file something else), else plain text.
 */
export function formatOf(languageId: string, uri: string): Format {
  const known = FORMATS[languageId.toLowerCase()];
  if (known) return known;
  const path = uri.split(/[?#]/)[0]!.toLowerCase();
  if (path.endsWith('.md') || path.endsWith('.markdown')) return 'markdown';
  if (path.endsWith('.html') || path.endsWith('.htm')) return 'html';
  return 'text';
}
