import type { Format } from '../types.js';
import { fromHtmlSource } from './html.js';
import { fromMarkdownSource } from './markdown.js';
import { separateLines } from './lines.js';
import type { VirtualText } from './virtual.js';

export { toSource, type VirtualText } from './virtual.js';

/** The text rules read for a source in the given format. */
export function toVirtual(source: string, format: Format): VirtualText {
  if (format === 'markdown') return separateLines(fromMarkdownSource(source));
  if (format === 'html') return separateLines(fromHtmlSource(source));
  return separateLines({ text: source, headings: [] });
}
