import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { VirtualBuilder, type VirtualText } from './virtual.js';

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'math', 'code', 'pre']);
const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'header',
  'footer', 'table', 'tr', 'td', 'th', 'dt', 'dd', 'dl', 'body', 'main', 'aside', 'nav', 'figure', 'figcaption',
]);
const HEADING = /^h[1-6]$/;

/** HTML (a page or a rich-text fragment) to the text rules read: text nodes, blocks on their own lines. */
export function fromHtmlSource(source: string): VirtualText {
  const tree = fromHtml(source, { fragment: !/^\s*(<!doctype|<html)/i.test(source) });
  const builder = new VirtualBuilder();
  const walk = (node: Nodes): void => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'text') {
      if (node.position) builder.appendAligned(node.value, source, start, end);
      return;
    }
    if (node.type === 'comment' || node.type === 'doctype') return;
    if (node.type === 'element') {
      if (SKIP.has(node.tagName)) return;
      if (node.tagName === 'br') {
        builder.appendBreak('\n', start);
        return;
      }
      const block = BLOCK.has(node.tagName);
      if (block) builder.appendBreak('\n\n', start);
      const headingStart = builder.length;
      for (const child of node.children) walk(child);
      if (HEADING.test(node.tagName) && builder.length > headingStart) builder.headings.push({ start: headingStart, end: builder.length });
      if (block) builder.appendBreak('\n\n', end);
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return builder.finish(source.length);
}
