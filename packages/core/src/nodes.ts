/**
 * The nodes of the tree the parser makes, built by constructors rather than object literals.
 *
 * Why: V8 watches where objects are made. An object literal (`{ type, value, position }`) or an array literal is an
 * "allocation site", and when most of what a site makes is still alive at a young-generation collection, V8 decides
 * the site makes long-lived objects and from then on makes them straight in the old generation (allocation-site
 * pretenuring). A record's tree lives through the whole lint while the rules allocate a great deal, so its sites were
 * judged long-lived and every later tree was made in the old generation: slower to make (every young string stored
 * into an old node is remembered), and, once the lint was over, the dead nodes kept the young strings and arrays they
 * point to alive through collection after collection until a full one. That made lint() about 30 % slower in a
 * long-running process. Objects made by a constructor (`new`) or by a built-in such as `slice` have no allocation
 * site, so they are always made young and die young with the rest of the lint's garbage.
 *
 * The fields are set in the order parse-latin writes them, so a tree is the same, key for key, as the library's (core's
 * tests compare the JSON of the two). They are `declare`d and set by plain assignments: a field declared the usual
 * way is first defined as undefined, which costs a step per object and leaves V8 unsure the field only ever holds
 * small integers.
 */
import type { Root } from 'nlcst';

type NlcstPosition = NonNullable<Root['position']>;
type NlcstPoint = NlcstPosition['start'];

export class Point implements NlcstPoint {
  declare line: number;
  declare column: number;
  declare offset: number;
  constructor(line: number, column: number, offset: number) {
    this.line = line;
    this.column = column;
    this.offset = offset;
  }
}

export class Position implements NlcstPosition {
  declare start: NlcstPoint;
  declare end: NlcstPoint;
  constructor(start: NlcstPoint, end: NlcstPoint) {
    this.start = start;
    this.end = end;
  }
}

/** A node holding a value: text, white space, punctuation or a symbol. */
export class Literal<T extends string> {
  declare type: T;
  declare value: string;
  declare position: NlcstPosition;
  constructor(type: T, value: string, position: NlcstPosition) {
    this.type = type;
    this.value = value;
    this.position = position;
  }
}

/**
 * A node holding children: a word, sentence or paragraph. Sentences and paragraphs get their position afterwards
 * (or, from parse-latin's steps, not at all): an unset position is absent, as on the library's nodes.
 */
export class Parent<T extends string, C> {
  declare type: T;
  declare children: C[];
  declare position?: NlcstPosition;
  constructor(type: T, children: C[]) {
    this.type = type;
    this.children = children;
  }
}

/**
 * A one-element array to copy a word's children array from: an array literal would be an allocation site too, and
 * `slice` makes a copy with none (V8 compiles it to a plain copy; `Array.of` costs ten times as much).
 */
const ONE_CHILD: Array<Literal<'TextNode'>> = [undefined as never];

/** A word of one text node. */
export function wordNode(value: string, start: Point, end: Point) {
  const children = ONE_CHILD.slice();
  children[0] = new Literal('TextNode', value, new Position(start, end));
  const word = new Parent('WordNode', children);
  word.position = new Position(start, end);
  return word;
}
