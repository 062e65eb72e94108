import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { VirtualBuilder, type VirtualText } from './virtual.js';

const SKIP = new Set(['code', 'inlineCode', 'html', 'definition', 'image', 'imageReference', 'yaml', 'thematicBreak']);
const BLOCK = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'table', 'tableRow', 'tableCell', 'list', 'root']);

/** Markdown to the text rules read: the words of paragraphs, headings and list items, blocks on their own lines. */
export function fromMarkdownSource(source: string): VirtualText {
  const tree: Root = fromMarkdown(source);
  const builder = new VirtualBuilder();
  const walk = (node: Nodes): void => {
    if (SKIP.has(node.type)) return;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'text') {
      builder.appendAligned(node.value, source, start, end);
      return;
    }
    if (node.type === 'break') {
      builder.appendBreak('\n', start);
      return;
    }
    const block = BLOCK.has(node.type);
    if (block) builder.appendBreak('\n\n', start);
    const headingStart = builder.length;
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
    if (node.type === 'heading' && builder.length > headingStart) builder.headings.push({ start: headingStart, end: builder.length });
    if (block) builder.appendBreak('\n\n', end);
  };
  walk(tree);
  return builder.finish(source.length);
}
