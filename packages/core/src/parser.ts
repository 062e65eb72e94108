/**
 * The English parser retext-english runs (parse-english), with its first step (cutting text into words, white space,
 * punctuation and symbols) and one of its paragraph steps done with less work.
 *
 * parse-latin's tokenizer tests every character of the text against three Unicode regular expressions and gives each
 * node points of its own. Ours reads a character's class from a table filled by asking parse-latin's own tokenizer
 * once per distinct character, so the classes are the library's; it starts counting lines and columns where a piece
 * of a long text starts (`origin`), so pieces need no shifting afterwards; and a node shares its end point with the
 * next node's start and with its text's end (nothing in the tree moves a point in place: the library's steps and
 * ours assign new points), about a third fewer objects per word.
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
/** A place in the text (1-based line and column, 0-based offset), as nlcst's positions give it. */
export type Point = NonNullable<Root['position']>['start'];

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

const WHITE_SPACE = 1;
const PUNCTUATION = 2;
const WORD = 3;
const SYMBOL = 4;
const CLASSES = { WhiteSpaceNode: WHITE_SPACE, PunctuationNode: PUNCTUATION, WordNode: WORD, SymbolNode: SYMBOL } as const;
type TokenType = keyof typeof CLASSES;
/** The node type of each class, by number. */
const TYPES: TokenType[] = [];
for (const [type, number] of Object.entries(CLASSES)) TYPES[number] = type as TokenType;

/** Each UTF-16 code unit's class, 0 until first seen. */
const classes = new Uint8Array(0x10000);
const libraryTokenize = ParseEnglish.prototype.tokenize;

/** The class parse-latin gives one code unit: what its own tokenizer makes of that character alone. */
function classOf(code: number): number {
  let found = classes[code]!;
  if (found === 0) {
    const node = libraryTokenize.call(new ParseEnglish(), String.fromCharCode(code))[0];
    found = CLASSES[node?.type as TokenType] ?? SYMBOL;
    classes[code] = found;
  }
  return found;
}

/**
 * The nodes of the piece being tokenized, gathered here and copied out at their exact count: an array grown by
 * `push` to a piece's several hundred nodes leaves each array it outgrew as garbage (about a twentieth of all the
 * memory a lint allocates). Written by index, so it keeps its length from piece to piece; emptied after each.
 */
const gathered: SentenceContent[] = [];

class CarelintEnglish extends ParseEnglish {
  constructor(private readonly origin: Point) {
    super();
  }

  /**
   * parse-latin's tokenizer, read the same way: a run of word characters or of white space is one node; so is a run
   * of one punctuation or symbol character repeated, or of surrogates; CRLF is one line break.
   */
  override tokenize(value: string | null | undefined): SentenceContent[] {
    if (!value) return [];
    let count = 0;
    let { line, column } = this.origin;
    let offset = this.origin.offset ?? 0;
    let start: Point = { line, column, offset };
    let from = 0;
    let previousType = 0;
    let previous = -1;
    const length = value.length;
    for (let index = 0; index < length; index++) {
      const code = value.charCodeAt(index);
      const type = classOf(code);
      if (index > from && !(previousType === type && (type === WORD || type === WHITE_SPACE || code === previous || (code >= 0xd800 && code <= 0xdfff)))) {
        const end: Point = { line, column, offset };
        gathered[count++] = tokenNode(previousType, value.slice(from, index), start, end);
        from = index;
        start = end;
      }
      if (code === 13 || (code === 10 && previous !== 13)) {
        line += 1;
        column = 1;
      } else if (code !== 10) column += 1;
      offset += 1;
      previousType = type;
      previous = code;
    }
    gathered[count++] = tokenNode(previousType, value.slice(from), start, { line, column, offset });
    const children = gathered.slice(0, count);
    // The record's nodes are not kept past the lint that made them.
    gathered.fill(undefined as never, 0, count);
    return children;
  }
}

function tokenNode(type: number, value: string, start: Point, end: Point): SentenceContent {
  if (type === WORD) return { type: 'WordNode', children: [{ type: 'TextNode', value, position: { start, end } }], position: { start, end } };
  return { type: TYPES[type] as Exclude<TokenType, 'WordNode'>, value, position: { start, end } };
}

const steps = ParseEnglish.prototype.tokenizeParagraphPlugins as ParagraphStep[];
const replaced = steps.findIndex(breaksAtBlankLines);
if (replaced >= 0) CarelintEnglish.prototype.tokenizeParagraphPlugins = steps.map((step, i) => (i === replaced ? breakAtBlankLines : step)) as typeof steps;

/** Whether the allocation-free step is in use (false: parse-english runs as shipped). */
export const parserPatched = replaced >= 0;

const TEXT_START: Point = { line: 1, column: 1, offset: 0 };

/**
 * Parses text as retext-english does. A piece of a longer text passes where it starts (`origin`): its positions are
 * then those of the whole text.
 */
export function parseEnglish(text: string, origin: Point = TEXT_START): Root {
  return new CarelintEnglish(origin).parse(text);
}

