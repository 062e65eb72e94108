import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { BLOCK_MARKUP, MARKUP, VirtualBuilder, type VirtualText } from './virtual.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'math', 'code', 'pre']);
/** Elements a browser shows as blocks of their own (Markdown's inline HTML breaks at the same tags: `breaksWords`). */
const BLOCK = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'header',
  'footer', 'table', 'tr', 'td', 'th', 'dt', 'dd', 'dl', 'body', 'main', 'aside', 'nav', 'figure', 'figcaption',
]);
const HEADING = /^h[1-6]$/;

/** Whether a tag of this name parts the words on its two sides: a block's, or a line break's. */
export function breaksWords(name: string): boolean {
  return BLOCK.has(name) || name === 'br';
}

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
  const markup = markupOf(source);
  const ends = new Map<Node, number | undefined>();
  const stack: Array<Node | Closing> = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('element' in item) {
      const { element, block, headingStart } = item;
      const end = endOf(element, ends);
      ends.set(element, end);
      if (HEADING.test(element.tagName) && builder.length > headingStart) builder.headings.push({ start: headingStart, end: builder.length, depth: Number(element.tagName.slice(1)) });
      if (block) builder.appendBreak('\n\n', end ?? 0);
      continue;
    }
    const node = item;
    if (node.nodeName === '#text') {
      const text = node as DefaultTreeAdapterMap['textNode'];
      if (text.sourceCodeLocation) builder.appendAligned(text.value, source, text.sourceCodeLocation.startOffset, text.sourceCodeLocation.endOffset, markup);
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

/** The lower-case name of the tag at `at` (`<p`, `</p`), or '' for a comment or declaration. */
export function tagNameAt(source: string, at: number): string {
  let i = at + 1;
  if (source.charCodeAt(i) === 47) i++;
  const start = i;
  for (; i < source.length; i++) {
    // Letters, and digits after the first (`h3`); `| 32` folds capitals to lower case and leaves digits as they are.
    const code = source.charCodeAt(i) | 32;
    if (!((code >= 97 && code <= 122) || (i > start && code >= 48 && code <= 57))) break;
  }
  return source.slice(start, i).toLowerCase();
}

/**
 * Which characters of the source are tags, comments or declarations (`<p>`, `</p>`, `<!-- -->`, `<!doctype>`): a
 * text node the parser joined across a tag it dropped must not have its letters matched inside the tag, and a block
 * tag dropped there (a stray `</p>`) still parts the words on its two sides, as a browser shows them. Found in one
 * pass: `<` then a letter, `/`, `!` or `?`, to the next `>` outside quotes (`-->` for a comment).
 */
function markupOf(source: string): Uint8Array {
  const markup = new Uint8Array(source.length);
  for (let i = source.indexOf('<'); i !== -1 && i < source.length; i = source.indexOf('<', i)) {
    const next = source.charCodeAt(i + 1);
    const letter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
    if (!letter && next !== 47 && next !== 33 && next !== 63) {
      i += 1;
      continue;
    }
    let end: number;
    if (source.startsWith('<!--', i)) {
      const close = source.indexOf('-->', i + 4);
      end = close === -1 ? source.length : close + 3;
    } else {
      end = i + 1;
      let quote = 0;
      for (; end < source.length; end++) {
        const code = source.charCodeAt(end);
        if (quote) {
          if (code === quote) quote = 0;
        } else if (code === 34 || code === 39) {
          // Quotes count only in an attribute value (after "="), as the parser reads them.
          if (source.charCodeAt(end - 1) === 61) quote = code;
        } else if (code === 62) break;
      }
      end = Math.min(source.length, end + 1);
    }
    const name = tagNameAt(source, i);
    markup.fill(breaksWords(name) ? BLOCK_MARKUP : MARKUP, i, end);
    i = end;
  }
  return markup;
}
