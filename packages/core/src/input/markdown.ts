import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { boundMarkdown } from './markdown-bounds.js';
import { breaksWords, tagNameAt } from './html.js';
import { VirtualBuilder, type VirtualText } from './virtual.js';

const SKIP = new Set(['code', 'inlineCode', 'html', 'definition', 'image', 'imageReference', 'yaml', 'thematicBreak']);
const BLOCK = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'table', 'tableRow', 'tableCell', 'list', 'root']);

/** What is left to do for a node once its children are walked: close its block, record its heading. */
interface Closing {
  node: Nodes;
  block: boolean;
  headingStart: number;
  end: number;
}

/**
 * Markdown to the text rules read: the words of paragraphs, headings and list items, blocks on their own lines.
 * Shapes that would make the parser slow are made inert first (see markdown-bounds.ts; offsets do not move), and
 * the tree is walked with a stack of its own, so nesting thousands deep cannot overflow the call stack.
 */
export function fromMarkdownSource(original: string): VirtualText {
  const source = boundMarkdown(original);
  const tree: Root = fromMarkdown(source);
  const builder = new VirtualBuilder();
  const stack: Array<Nodes | Closing> = [tree];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('block' in item) {
      if (item.node.type === 'heading' && builder.length > item.headingStart) builder.headings.push({ start: item.headingStart, end: builder.length, depth: item.node.depth });
      if (item.block) builder.appendBreak('\n\n', item.end);
      continue;
    }
    const node = item;
    if (node.type === 'html' && node.position) {
      // Raw HTML in a paragraph is not text, but a block tag there still parts the words on its two sides.
      const name = tagNameAt(node.value, 0);
      if (breaksWords(name)) builder.appendBreak(name === 'br' ? '\n' : '\n\n', node.position.start.offset ?? 0);
      continue;
    }
    if (SKIP.has(node.type)) continue;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'text') {
      builder.appendAligned(node.value, source, start, end);
      continue;
    }
    if (node.type === 'break') {
      builder.appendBreak('\n', start);
      continue;
    }
    const block = BLOCK.has(node.type);
    if (block) builder.appendBreak('\n\n', start);
    stack.push({ node, block, headingStart: builder.length, end });
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return builder.finish(source.length);
}
