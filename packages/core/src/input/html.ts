import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { VirtualBuilder, type VirtualText } from './virtual.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'math', 'code', 'pre']);
const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'header',
  'footer', 'table', 'tr', 'td', 'th', 'dt', 'dd', 'dl', 'body', 'main', 'aside', 'nav', 'figure', 'figcaption',
]);
const HEADING = /^h[1-6]$/;

/** What is left to do for an element once its children are walked: close its block, record its heading. */
interface Closing {
  element: Element;
  block: boolean;
  headingStart: number;
}

/**
 * HTML (a page or a rich-text fragment) to the text rules read: text nodes, blocks on their own lines. The tree is
 * walked with a stack of its own, not by recursion, so markup nested thousands deep cannot overflow the call stack.
 */
export function fromHtmlSource(source: string): VirtualText {
  const options = { sourceCodeLocationInfo: true, scriptingEnabled: false } as const;
  const root: Node = /^\s*(<!doctype|<html)/i.test(source) ? parse(source, options) : parseFragment(source, options);
  const builder = new VirtualBuilder();
  const ends = new Map<Node, number | undefined>();
  const stack: Array<Node | Closing> = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('element' in item) {
      const { element, block, headingStart } = item;
      const end = endOf(element, ends);
      ends.set(element, end);
      if (HEADING.test(element.tagName) && builder.length > headingStart) builder.headings.push({ start: headingStart, end: builder.length });
      if (block) builder.appendBreak('\n\n', end ?? 0);
      continue;
    }
    const node = item;
    if (node.nodeName === '#text') {
      const text = node as DefaultTreeAdapterMap['textNode'];
      if (text.sourceCodeLocation) builder.appendAligned(text.value, source, text.sourceCodeLocation.startOffset, text.sourceCodeLocation.endOffset);
      continue;
    }
    if (node.nodeName === '#comment' || node.nodeName === '#documentType' || !('childNodes' in node)) continue;
    if ('tagName' in node) {
      const element = node as Element;
      if (SKIP.has(element.tagName)) continue;
      const start = element.sourceCodeLocation?.startOffset ?? 0;
      if (element.tagName === 'br') {
        builder.appendBreak('\n', start);
        continue;
      }
      const block = BLOCK.has(element.tagName);
      if (block) builder.appendBreak('\n\n', start);
      stack.push({ element, block, headingStart: builder.length });
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return builder.finish(source.length);
}

/**
 * A node's end offset as hast-util-from-parse5 gives it: an element without an end tag ends where its last child
 * does (when that child has a place); undefined for a node the parser implied. Ends of elements already walked come
 * from `ends`, so a deep chain of unclosed elements is not walked down again for each of them.
 */
function endOf(node: Node, ends: Map<Node, number | undefined>): number | undefined {
  const chain: Element[] = [];
  let current: Node = node;
  let end: number | undefined;
  for (;;) {
    if (ends.has(current)) {
      end = ends.get(current);
      break;
    }
    const location = (current as { sourceCodeLocation?: { endOffset: number; endTag?: unknown } | null }).sourceCodeLocation;
    if (!location) {
      end = undefined;
      break;
    }
    const children: Node[] = 'tagName' in current ? (current as Element).childNodes : [];
    const tail: Node | undefined = children[children.length - 1];
    if (!('tagName' in current) || location.endTag || !tail) {
      end = location.endOffset;
      break;
    }
    chain.push(current as Element);
    current = tail;
  }
  // Unwind: an element whose tail has no place keeps its own end.
  for (let i = chain.length - 1; i >= 0; i--) {
    const element = chain[i]!;
    end = end ?? element.sourceCodeLocation!.endOffset;
    ends.set(element, end);
  }
  return end;
}
