/**
 * The English parser retext-english runs (parse-english), with one of its paragraph steps done without allocating.
 *
 * parse-latin ends a sentence at white space holding a blank line. Its step for that splits the text of every
 * white space node of every sentence on line breaks to count them: an array and strings for each space between
 * two words, about a tenth of all the memory a lint allocates, all of it garbage at once. This module keeps the
 * parser and every other step as they are and puts in a step of its own that counts line breaks in place and
 * splits sentences the same way, so the tree is the one retext-english gives (core's tests compare the two on
 * every fixture and on hostile text).
 *
 * The step to replace is found by what it does, not by its place in the list: each paragraph step is tried on a
 * sentence with a blank line inside it, and the one that splits it is replaced. If none does (another version of
 * parse-latin), the parser is used unchanged.
 */
import type { Paragraph, Root, Sentence, SentenceContent } from 'nlcst';
import { ParseEnglish } from 'parse-english';

type ParagraphStep = (paragraph: Paragraph) => void;

/** How many line breaks a run of white space holds, as parse-latin counts them (CRLF is one); stops at two. */
function lineBreaks(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length && count < 2; i++) {
    const code = value.charCodeAt(i);
    if (code === 10) count += 1;
    else if (code === 13) {
      count += 1;
      if (value.charCodeAt(i + 1) === 10) i += 1;
    }
  }
  return count;
}

/**
 * Ends a sentence at white space inside it (not its first or last child) that holds a blank line: the white space
 * becomes a sibling between the sentence and a new one made of the rest, which is read again in its turn.
 */
function breakAtBlankLines(paragraph: Paragraph): void {
  const nodes = paragraph.children;
  for (let index = 0; index < nodes.length; index++) {
    const sentence = nodes[index]!;
    if (sentence.type !== 'SentenceNode') continue;
    const children = sentence.children;
    for (let at = 1; at < children.length - 1; at++) {
      const space = children[at]!;
      if (space.type !== 'WhiteSpaceNode' || lineBreaks(space.value) < 2) continue;
      const before = children[at - 1]!;
      const after = children[at + 1]!;
      const rest: Sentence = { type: 'SentenceNode', children: children.slice(at + 1) as SentenceContent[] };
      sentence.children = children.slice(0, at);
      nodes.splice(index + 1, 0, space, rest);
      if (sentence.position && before.position && after.position) {
        rest.position = { start: after.position.start, end: sentence.position.end };
        sentence.position.end = before.position.end;
      }
      break;
    }
  }
}

/** Whether a paragraph step ends a sentence at a blank line inside it: tried on a small paragraph of its own. */
function breaksAtBlankLines(step: ParagraphStep): boolean {
  const point = (offset: number) => ({ line: 1, column: offset + 1, offset });
  const word = (value: string, start: number): SentenceContent => ({
    type: 'WordNode',
    children: [{ type: 'TextNode', value, position: { start: point(start), end: point(start + value.length) } }],
    position: { start: point(start), end: point(start + value.length) },
  });
  const paragraph: Paragraph = {
    type: 'ParagraphNode',
    children: [{ type: 'SentenceNode', children: [word('a', 0), { type: 'WhiteSpaceNode', value: '\n\n' }, word('b', 3)] }],
  };
  try {
    step(paragraph);
  } catch {
    return false;
  }
  return paragraph.children.length === 3 && paragraph.children[2]?.type === 'SentenceNode';
}

class CarelintEnglish extends ParseEnglish {}

const steps = ParseEnglish.prototype.tokenizeParagraphPlugins as ParagraphStep[];
const replaced = steps.findIndex(breaksAtBlankLines);
if (replaced >= 0) CarelintEnglish.prototype.tokenizeParagraphPlugins = steps.map((step, i) => (i === replaced ? breakAtBlankLines : step)) as typeof steps;

/** Whether the allocation-free step is in use (false: parse-english runs as shipped). */
export const parserPatched = replaced >= 0;

/** Parses text as retext-english does. */
export function parseEnglish(text: string): Root {
  return new CarelintEnglish().parse(text);
}

