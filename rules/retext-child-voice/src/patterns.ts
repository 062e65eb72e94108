/**
 * The regular expressions `findPeople` runs over a record's text: names with ages, titles and roles, speakers,
 * relations. Each is tried only where it can match (see scan.ts), as the whole text is long and they are not.
 */
import type { CompiledLexicons } from './lexicons.js';
import { anchored, anchorsIn, atAnchor, capitalsIn, followedBy, isSpace, isWordChar, literal, LONGEST_RUN, namesBefore, runBefore, type Anchored, type Run, type Starts } from './scan.js';
import type { Gender } from './people.js';

/** A first name or a surname: "Amira", "Amira-Rose", "McInnes", "O'Neill". */
export const NAME = String.raw`\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'\u2019]\p{Lu}\p{Ll}+)?`;
/** A surname as forms write it: as a name, in capitals ("HADDAD", "EVANS-LLOYD") or as an initial ("Kyle H"). */
const SURNAME = String.raw`(?:${NAME}|\p{Lu}{2,}(?:-\p{Lu}{2,})?|\p{Lu}\.?)(?![\p{L}])`;
/**
 * A name, or a young person's initials as residential logs write them ("JB (15)"), or the one initial a youth
 * worker's note writes ("R (14)"): not "I" or "A", which are words, and only before the age (see `NAME_AGE_BRACKETS`).
 */
const NAME_OR_INITIALS = String.raw`(?:${NAME}|\p{Lu}{2,3}|[B-HJ-Z](?![\p{L}]))`;
/** No match starts inside a word ("Innes" of "McInnes"). */
const WORD_START = String.raw`(?<![\p{L}\p{N}'\u2019-])`;
/** Every name in a list ("Amira, Kai and Leo"); `String.prototype.match` starts it from 0 each time. */
export const NAMES = new RegExp(NAME, 'gu');
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
};

/** Under this age, in years, a child is a baby or toddler: what was seen of them is their voice. */
export const BABY_UNDER_YEARS = 3;

/** An age in years from a number and the unit written after it ("14 months", "6/52", "3 weeks", "2 days"); years when none. */
export function yearsOf(n: number, unit: string | undefined): number {
  const u = (unit ?? '').toLowerCase();
  return /^(m|\/12)/.test(u) ? n / 12 : /^(w|\/52)/.test(u) ? n / 52 : /^d/.test(u) ? n / 365 : n;
}
const AGE_NUMBER = String.raw`(\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const AGE_UNIT = String.raw`(years?|yrs?|y\/?o|months?|mths?|mos?|weeks?|wks?)`;
/** One or two names before a bracket or a comma ("Amira (7)", "Sarah Jones, Mum"): the names start in the two runs before it. */
const TWO_NAMES_BEFORE = namesBefore(2);
const NAME_BEFORE = namesBefore(1);
/** A bracket that opens the given tail of a pattern (see `followedBy`). */
const bracketOpening = (tail: string) => literal(['('], followedBy(tail, 'u'));
/** An age in brackets after a name: "(7)", "(aged 7 years)", "(14 months)". */
const AGE_IN_BRACKETS = String.raw`\(\s*(?:aged?\s*|now\s+)?${AGE_NUMBER}\s*(?:${AGE_UNIT}\s*)?(?:old\s*)?\)`;
/** "Amira (7)", "Amira Khan (aged 7 years)", "Leo (14 months)". */
export const NAME_AGE_BRACKETS = anchored(String.raw`${WORD_START}(${NAME_OR_INITIALS})(?:\s+(${SURNAME}))?\s*${AGE_IN_BRACKETS}`, 'u', bracketOpening(AGE_IN_BRACKETS), TWO_NAMES_BEFORE);
/** "aged 7", "age 7 months" after a name. */
const AGED = String.raw`aged?\s+${AGE_NUMBER}`;
const isAged = followedBy(AGED, 'u');
/** "Amira, aged 7", "Amira aged 7 months", "Amira, age 7": anchored at the space before "age". */
export const NAME_AGED = anchored(
  String.raw`${WORD_START}(${NAME})(?:\s+(${SURNAME}))?,?\s+${AGED}(?:\s*${AGE_UNIT})?`,
  'u',
  literal(['age'], (text, at) => at > 0 && isSpace(text.charCodeAt(at - 1)) && isAged(text, at), -1),
  TWO_NAMES_BEFORE,
);
/** The longest "<number> <unit>" before "old" in AGE_OLD_NAME ("seventeen months"), and the separator. */
const AGE_OLD_REACH = Math.max(...Object.keys(NUMBER_WORDS).map((w) => w.length)) + ' months'.length;
/** "old" and the name after it in AGE_OLD_NAME. */
const OLD_NAME = String.raw`old\s+(${NAME})`;
const isOldName = followedBy(OLD_NAME, 'u');
/** "7-year-old Amira", "14 month old Leo". */
export const AGE_OLD_NAME = anchored(
  String.raw`\b${AGE_NUMBER}[-\s](year|month|week)s?[-\s]${OLD_NAME}`,
  'u',
  // The hyphen or space before "old", followed by a name.
  literal(['old'], (text, at) => at > 0 && (text[at - 1] === '-' || isSpace(text.charCodeAt(at - 1))) && isOldName(text, at), -1),
  (_text, at, out) => {
    for (let k = Math.max(0, at - AGE_OLD_REACH); k < at; k++) out.push(k);
  },
);
/** " is 7 years old" after a name. */
const IS_AGE = String.raw` is (?:now )?${AGE_NUMBER} ${AGE_UNIT} old`;
/** "Amira is 7 years old". */
export const NAME_IS_AGE = anchored(String.raw`(${NAME})${IS_AGE}`, 'u', literal([' is '], followedBy(IS_AGE, 'u')), NAME_BEFORE);
/** A name (a surname after it perhaps) before a bracket that marks them as a child: `bracket` from its "(" on. */
const nameMarked = (bracket: string) =>
  anchored(String.raw`${WORD_START}(${NAME})(?:\s+${SURNAME})?\s*${bracket}`, 'u', bracketOpening(bracket), TWO_NAMES_BEFORE);
/** "Corey (YP)", "Jade Smith (young person)", "Tom (child)": a name marked in brackets as the record's young person. */
export const NAME_YOUNG_PERSON = nameMarked(String.raw`\(\s*(?:YP|CYP|young\s+person|child)\s*\)`);
/** "Amira (DOB 12/03/2017)", "Amira (born ...". */
export const NAME_DOB = nameMarked(String.raw`\(\s*(?:DOB|D\.O\.B\.?|d\.o\.b\.?|born)\b`);
/** A child's age written bare after their name ("Tayo 9"): 0 to 17, not part of a time, a date or a decimal ("9:30", "3/4"). */
const BARE_AGE = String.raw`[ \t]+(1[0-7]|[0-9])(?![0-9]|[:./][0-9])`;
/** What joins the items of a list on one line: a comma, a semicolon, "and" or "&". */
const LIST_JOIN = String.raw`(?:[ \t]*[,;][ \t]*| +(?:and|&) +)`;
/**
 * "Tayo 9, Precious 6, Danny 2", "Leo 12 and Maisie 9": two or more names each with a bare age, on one line. Every
 * match has a join right after the last digit of its first item's age, so it is tried only from the two runs before
 * such a digit (the age's and the name's). A lone "Name 9" is none ("Section 7", "Flat 2"); findPeople takes a list
 * only in brackets or as a header field's value (`listsPeople`), and only when every item is a name.
 */
export const NAMES_BARE_AGES = anchored(
  String.raw`${WORD_START}${NAME}${BARE_AGE}(?:${LIST_JOIN}${NAME}${BARE_AGE})+`,
  'u',
  /[0-9](?:[ \t]*[,;]| +(?:and|&) )/g,
  TWO_NAMES_BEFORE,
);
/** The items of a list NAMES_BARE_AGES found: each name and its age. */
export const BARE_AGE_ITEM = new RegExp(String.raw`(${NAME})${BARE_AGE}`, 'gu');
/** A header field's label at the start of a line, and the colon or spaced dash after it ("Children:", "Siblings –"). */
const FIELD_LABEL = /^[ \t]*(?:[-*>\u2022][ \t]*)?(?:\*\*|__)?\p{Lu}[\p{L}'\u2019/() ]{0,39}?(?:\*\*|__)?(?::|[ \t][-\u2013\u2014](?=[ \t]))/u;
/** What may end a header field's value: the end of the line (a full stop before it), a remark in brackets, or the gap before the next field. */
const FIELD_END = /^(?:[ \t]*(?:\.[ \t]*)?(?:\r?\n|\r|$)|[ \t]*\(|\t| {2})/;
/** How far before a list its bracket or its header field's label may stand, and how far after it its end is read. */
const LIST_REACH = 200;

/**
 * Whether a list of names with bare ages, at [start, end) of the text, stands where a record lists its people: in
 * brackets ("Family: Reid (Kemi Reid, mother; Tayo 9, Precious 6)") or as the value of a header field ("Children:
 * Amira 7, Kai 4", "Siblings – Leo 12 and Maisie 9"), from its start or after an earlier item (a comma or a
 * semicolon before it). In prose, "Tayo 9" is too often something else.
 */
export function listsPeople(text: string, start: number, end: number): boolean {
  // Read back to the start of the line, but no further than LIST_REACH: a long line holding many lists would
  // otherwise be read again for each of them.
  const reach = Math.max(0, start - LIST_REACH);
  let lineStart = start;
  while (lineStart > reach && text.charCodeAt(lineStart - 1) !== 10) lineStart -= 1;
  const line = text.slice(lineStart, start);
  const before = line.trimEnd();
  const after = text.slice(end, end + LIST_REACH);
  const open = before.lastIndexOf('(');
  if (open > before.lastIndexOf(')') && startsItem(before, open) && /^[ \t]*\)/.test(after)) return true;
  const label = lineStart === 0 || text.charCodeAt(lineStart - 1) === 10 ? FIELD_LABEL.exec(line) : null;
  return label !== null && startsItem(before, label[0].length - 1) && FIELD_END.test(after);
}

/** Whether what follows a bracket or a label's separator at `at` up to the end of `before` is nothing, or earlier items. */
function startsItem(before: string, at: number): boolean {
  const last = before.charCodeAt(before.length - 1);
  return before.length - 1 === at || last === 44 || last === 59;
}

const TITLES = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Rev|DS|DC|PC|DI|DCI|PCSO|Sgt|Insp)`;
/** "Mr Jones", "Mrs Khan": adults. */
export const TITLE_NAME = anchored(String.raw`\b${TITLES}\.?\s+(${NAME})`, 'u', new RegExp(String.raw`\b${TITLES}\b`, 'g'), atAnchor);
/** "Dear Millie," on a line of its own near the start of the record (after an address block, perhaps). */
const OPENING = new RegExp(String.raw`^[ \t]*(?:#+\s*)?(?:Dear|Hi|Hello)\s+(${NAME})`, 'muy');
/** How far into the record a letter's greeting may stand. */
const OPENING_WITHIN = 1000;

/**
 * The record's first greeting line, if it starts within `OPENING_WITHIN` characters: tried at the start of each line
 * there only, where the multiline `^` lets it match, rather than over the whole record.
 */
export function openingOf(text: string): RegExpExecArray | null {
  for (let at = 0; at <= OPENING_WITHIN && at <= text.length; at += 1) {
    if (at > 0 && !isLineEnd(text.charCodeAt(at - 1))) continue;
    // Only a line that starts with a letter, a space or a heading mark can hold a greeting.
    const first = text.charCodeAt(at);
    if (first !== 68 && first !== 72 && first !== 32 && first !== 9 && first !== 35) continue;
    OPENING.lastIndex = at;
    const found = OPENING.exec(text);
    if (found) return found;
  }
  return null;
}

/** Whether a code unit ends a line, so that a multiline `^` matches after it: \n, \r, U+2028, U+2029. */
function isLineEnd(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** "I visited Amira", "we spoke with Kai": the first name the writer met. */
export const MET_NAME = anchored(
  String.raw`\b(?:I|we|We)\s+(?:visited|saw|met|met with|spoke with|spoke to|talked with|talked to|played with|spent time with)\s+(${NAME})\b(?!\s+\p{Lu})`,
  'u',
  /\b(?:I|we|We)\s/g,
  atAnchor,
);
/** Letters to a parent, not to the child. */
export const PARENT_READER = /\byour (?:son|daughter|child|children|baby(?! (?:brother|sister))|kids|little one|boys|girls)\b/i;
/** "I visited you", "I came to see you": a record written to the child. */
export const TO_YOU = /\b(?:I|we)\s+(?:visited|saw|met|came to see|went to see|spent time with|spoke with|spoke to|talked with|played with)\s+you\b/i;

/** The patterns built from the lexicons' roles, verbs, relations and groups, and what `findPeople` needs of the roles. */
export interface RoleWords {
  /** Every word of every role, lower case. */
  all: Set<string>;
  gender(role: string): Gender | undefined;
  /** Where the phrases of the role, verb, relation and group lists may start in a text: the anchors of the patterns below. */
  phraseStarts(text: string): PhraseStarts;
  nameThenRole: Anchored<PhraseStarts>;
  roleThenName: Anchored<PhraseStarts>;
  relationName: Anchored<PhraseStarts>;
  speaker: Anchored<PhraseStarts>;
  groupList: Anchored<PhraseStarts>;
  childContext: Anchored;
}

type PhraseKind = 'roles' | 'verbs' | 'relations' | 'groups';
/** Where the phrases of each list may start in a text. */
export type PhraseStarts = Record<PhraseKind, number[]>;

const roleCache = new WeakMap<CompiledLexicons, RoleWords>();
/** Words the speaker pattern allows between a name and its verb ("Kai also said"). */
const SPEAKER_ADVERBS = ['also', 'then', 'later', 'clearly', 'has', 'had', 'did', 'does', 'would', 'could', 'will', 'can', 'always', 'often', 'sometimes', 'still', 'just', 'really', 'quietly', 'happily'];
const SPEAKER_ADVERB_SET = new Set(SPEAKER_ADVERBS);
/** Words before a relation that the relation pattern allows ("her little brother Leo"). */
const RELATION_ADJECTIVES = new Set(['little', 'new', 'older', 'younger', 'baby']);
/** Possessive determiners of the role and relation patterns, in lower case. */
const DETERMINERS = ['her', 'his', 'their', 'your', 'my'];

/** Where a name before a speech verb may start: the run before it, or before one or two adverbs. */
const speakerStarts: Starts = (text, at, out) => {
  let end = at;
  for (let n = 0; n < 3; n++) {
    const run = runBefore(text, end);
    if (!run) return;
    capitalsIn(text, run, out);
    if (!SPEAKER_ADVERB_SET.has(text.slice(run.start, run.end))) return;
    end = run.start;
  }
};

/**
 * Where "Mum (Sarah)" or "his mum, Chloe" may start: at the role when a bracket follows it, or at the determiner or
 * "Gemma's" before it.
 */
function roleStarts(roles: readonly string[]): Starts {
  const bracketFollows = bracketAfter(roles);
  return (text, at, out) => {
    if (bracketFollows(text, at)) out.push(at);
    const run = runBefore(text, at);
    if (run && run.end < at) ownerStarts(text, run, out);
  };
}

/**
 * Whether a bracket may follow a phrase starting at an offset: after at most as many words as the longest phrase
 * has, each made of the phrases' letters (in either case), separated by spaces or hyphens.
 */
function bracketAfter(phrases: readonly string[]): (text: string, at: number) => boolean {
  const words = phrases.map((phrase) => phrase.split(/[\s-]+/));
  const letters = new Uint8Array(0x10000);
  for (const word of words.flat()) {
    for (const char of word) for (const form of [char, char.toLowerCase(), char.toUpperCase()]) for (let k = 0; k < form.length; k++) letters[form.charCodeAt(k)] = 1;
  }
  // A bracket in a phrase would be read as one of its letters: try every offset then.
  if (letters[40]) return () => true;
  const most = Math.max(0, ...words.map((w) => w.length));
  return (text, at) => {
    let k = at;
    for (let n = 0; n < most; n++) {
      while (k < text.length && letters[text.charCodeAt(k)]) k += 1;
      while (k < text.length && (isSpace(text.charCodeAt(k)) || text.charCodeAt(k) === 45)) k += 1;
      if (text.charCodeAt(k) === 40) return true;
    }
    return false;
  };
}

/** Where "son Kai", "her son Kai" or "her little son Kai" may start. */
const relationStarts: Starts = (text, at, out) => {
  out.push(at);
  const run = runBefore(text, at);
  if (!run || run.end === at) return;
  ownerStarts(text, run, out);
  if (!RELATION_ADJECTIVES.has(text.slice(run.start, run.end))) return;
  const owner = runBefore(text, run.start);
  if (owner && owner.end < run.start) ownerStarts(text, owner, out);
};

/** Where a determiner ("her") or a name with an apostrophe-s ("Gemma's") that ends a run may start. */
function ownerStarts(text: string, run: Run, out: number[]): void {
  for (const word of DETERMINERS) {
    const start = run.end - word.length;
    if (start >= run.start && endsWith(text, run.end, word)) out.push(start);
  }
  const s = text.charCodeAt(run.end - 1);
  const apostrophe = text.charCodeAt(run.end - 2);
  if (s === 115 && (apostrophe === 39 || apostrophe === 0x2019)) capitalsIn(text, run, out);
}

const BRACKET_OR_COMMA = literal(['(', ',']);

/**
 * Whether a role may start after the bracket or comma at `at`: in the first or the second run of non-space characters
 * after it (after a modifier: "(maternal grandmother)", ", Amira's dad"). `roles` is where roles start, in order.
 */
function roleAfter(text: string, at: number, roles: readonly number[]): boolean {
  let k = at + 1;
  while (k < text.length && isSpace(text.charCodeAt(k))) k += 1;
  if (sortedHas(roles, k)) return true;
  // A modifier longer than any name is none: the look ahead stays bounded in a text with no spaces.
  const reach = Math.min(text.length, k + LONGEST_RUN);
  while (k < reach && !isSpace(text.charCodeAt(k))) k += 1;
  if (k === reach && k < text.length) return false;
  while (k < text.length && isSpace(text.charCodeAt(k))) k += 1;
  return sortedHas(roles, k);
}

/** Whether a sorted list holds a number. */
function sortedHas(sorted: readonly number[], value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! === value) return true;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

/** Whether the text before `end` is `word` (lower-case ASCII letters), in any case. */
function endsWith(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(start + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** Regular expressions over the text built from the lexicons, once per plugin instance. */
export function roleWords(lexicons: CompiledLexicons): RoleWords {
  const cached = roleCache.get(lexicons);
  if (cached) return cached;
  const female = lexicons.phrases.adultFemale;
  const male = lexicons.phrases.adultMale;
  const people = lexicons.phrases.adultPeople;
  const allRoles = [...female, ...male, ...people, ...lexicons.phrases.agencies];
  const all = new Set(allRoles.flatMap((p) => p.toLowerCase().split(/\s+/)));
  const females = new Set(female.map((p) => p.toLowerCase()));
  const males = new Set(male.map((p) => p.toLowerCase()));
  const roles = alternation(allRoles);
  const verbs = [...lexicons.phrases.speech, ...lexicons.phrases.view];
  const lists = { roles: allRoles, verbs, relations: lexicons.phrases.childRelations, groups: lexicons.phrases.groupWords };
  const determiner = String.raw`(?:[Hh]er|[Hh]is|[Tt]heir|[Yy]our|[Mm]y|${NAME}['\u2019]s)`;
  const modifier = String.raw`(?:(?:[Mm]aternal|[Pp]aternal|[Tt]he|${determiner})\s+)`;
  // The parts of the relation and context patterns from their anchor on, to check at an anchor before the whole.
  const relation = alternation(lexicons.phrases.childRelations);
  const nameAfter = String.raw`(?:\s*,\s+|\s+)(${NAME})\b`;
  const isRelationThenName = followedBy(String.raw`(?:${relation})${nameAfter}`, 'u');
  // A role with a name after it, in brackets or not ("Mum (Sarah)", "mum, Chloe", "partner Dean").
  const isRoleThenName = followedBy(String.raw`(?:${roles})(?:\s*\(\s*|,?\s+)${NAME}`, 'u');
  const ownContext = String.raw`['\u2019]s\s+(?:(?:new|old|little|own)\s+)?(?:${alternation(lexicons.phrases.childContext)})\b`;
  const words: RoleWords = {
    all,
    gender(role: string) {
      const r = role.toLowerCase().replace(/[\s-]+/g, ' ');
      if (females.has(r)) return 'f';
      if (males.has(r)) return 'm';
      return undefined;
    },
    // The patterns put a role, a verb or a relation after `\b` or `\s` and end its first word with a space, a hyphen
    // or punctuation; a group word may run straight into a name.
    phraseStarts: phraseStartsIn(lists, new Set(['roles', 'verbs', 'relations'])),
    // "Sarah (Mum)", "Sarah Jones (maternal grandmother)", "Sally, maternal Nan", "Mark, Amira's dad".
    nameThenRole: anchored(
      String.raw`(${NAME})(?:\s+(${NAME}))?\s*(?:\(\s*${modifier}?|,\s*${modifier})(${roles})\b`,
      'u',
      (text, found) => BRACKET_OR_COMMA(text).filter((at) => roleAfter(text, at, found!.roles)),
      TWO_NAMES_BEFORE,
    ),
    // "Mum (Sarah)", "his mum, Chloe", "Gemma's partner Dean".
    roleThenName: anchored(
      String.raw`(?:\b(${roles})\s*\(\s*(${NAME})(?:\s+${NAME})?\s*\)|${determiner}\s+(${roles}),?\s+(${NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)${NAME})*))`,
      'u',
      // Only a role with a name after it; then where its determiner may start.
      (text, found) => found!.roles.filter((at) => isRoleThenName(text, at)),
      roleStarts(allRoles),
    ),
    // "Olivia said", "Jake told me", "Kai would like": a name as the subject of a speech or view verb.
    speaker: anchored(
      String.raw`(?<![\p{L}'\u2019])(${NAME})\s+(?:(?:${SPEAKER_ADVERBS.join('|')})\s+){0,2}(?:${alternation(verbs)})\b`,
      'u',
      (_text, found) => found!.verbs,
      speakerStarts,
    ),
    // "her son Kai", "Mum's daughter, Amira", "baby Leo". `(?:\s*,\s+|\s+)` is `\s*,?\s+` without the two
    // neighbouring runs of spaces that made a long run of spaces after "son" quadratic.
    relationName: anchored(
      String.raw`(?:\b(?:[Hh]er|[Hh]is|[Tt]heir|[Yy]our|${NAME}['\u2019]s)\s+(?:(?:little|new|older|younger|baby)\s+)?|\b)((?:${relation}))${nameAfter}`,
      'u',
      // Only a relation with a name after it ("son Kai", not "son is"); then where its determiner may start.
      (text, found) => found!.relations.filter((at) => isRelationThenName(text, at)),
      relationStarts,
    ),
    // "the children, Amira (7) and Kai (4)", "siblings Amira and Kai". No two runs of spaces stand side by side
    // (`\s*[,…]?\s*` is written as two branches), so a long run of spaces is not rescanned from every position.
    groupList: anchored(
      String.raw`\b(?:${alternation(lexicons.phrases.groupWords)})(?:\s*[,(:\u2013\u2014-]\s*|\s*)((?:${NAME}(?:\s*\([^)]{1,24}\))?(?:\s*,\s*|\s+and\s+|\s*&\s*))+${NAME})`,
      'u',
      (_text, found) => found!.groups,
      atAnchor,
    ),
    // "Jake's school", "Jake's mum".
    childContext: anchored(
      String.raw`(${NAME})${ownContext}`,
      'u',
      literal(["'s", '\u2019s'], followedBy(ownContext, 'u')),
      NAME_BEFORE,
    ),
  };
  roleCache.set(lexicons, words);
  return words;
}

/**
 * Finds where the phrases of several lists may start in one pass over a text, for their union's first words (see
 * `firstWords`). At each place, a list in `wholeWords` holds a phrase there when the text's word in lower case
 * (letters, digits and `_`, as `\b` reads words) is how one of its first words starts: in the patterns that use the
 * list, a phrase starts a word and its first word ends one. Other lists are tried there with their own anchor.
 */
function phraseStartsIn(lists: Record<PhraseKind, readonly string[]>, wholeWords: ReadonlySet<PhraseKind>): (text: string) => PhraseStarts {
  const union = firstWords(Object.values(lists).flat());
  const byWord = new Map<string, PhraseKind[]>();
  const others: Array<[PhraseKind, RegExp, Uint8Array]> = [];
  for (const [kind, phrases] of Object.entries(lists) as Array<[PhraseKind, readonly string[]]>) {
    const leads = phrases.map((phrase) => /^\w+/.exec(phrase.split(/[\s-]+/)[0]!)?.[0].toLowerCase());
    if (!wholeWords.has(kind) || leads.some((lead) => lead === undefined)) {
      others.push([kind, new RegExp(firstWords(phrases).source, 'y'), firstUnits(phrases)]);
      continue;
    }
    for (const lead of new Set(leads as string[])) byWord.set(lead, [...(byWord.get(lead) ?? []), kind]);
  }
  return (text) => {
    const found: PhraseStarts = { roles: [], verbs: [], relations: [], groups: [] };
    for (const at of anchorsIn(union, text)) {
      let end = at;
      while (isWordChar(text.charCodeAt(end))) end += 1;
      const kinds = end > at ? byWord.get(text.slice(at, end).toLowerCase()) : undefined;
      for (const kind of kinds ?? []) found[kind].push(at);
      for (const [kind, anchor, firsts] of others) {
        // Most anchors start a word of another list: the pattern is tried only where its own first letter stands.
        if (!firsts[text.charCodeAt(at)]) continue;
        anchor.lastIndex = at;
        if (anchor.test(text)) found[kind].push(at);
      }
    }
    return found;
  };
}

/**
 * The code units that may start one of the phrases as `firstWords` writes them (its first letter in either case), as
 * a table by code unit: 1 where one may.
 */
function firstUnits(phrases: readonly string[]): Uint8Array {
  const units = new Uint8Array(0x10000);
  for (const phrase of phrases) {
    const first = phrase.split(/[\s-]+/)[0]![0]!;
    for (const form of [first, first.toLowerCase(), first.toUpperCase()]) for (let k = 0; k < form.length; k++) units[form.charCodeAt(k)] = 1;
  }
  return units;
}

/**
 * An anchor for a pattern over phrases: where the first word of one of them starts, written as `caseless` writes it
 * (a phrase's pattern starts with its first word's, so every match of the phrases starts at one of these). The
 * words are grouped by their first letter, which the regular expression engine scans for faster; when every word
 * starts with a word character, a match starts a word too (the patterns put `\b` or `\s` before a phrase).
 */
function firstWords(phrases: readonly string[]): RegExp {
  const byHead = new Map<string, Set<string>>();
  for (const phrase of phrases) {
    const word = phrase.split(/[\s-]+/)[0]!;
    const first = word[0]!;
    const head = first.toLowerCase() === first.toUpperCase() ? escape(first) : `[${first.toUpperCase()}${first.toLowerCase()}]`;
    byHead.set(head, (byHead.get(head) ?? new Set()).add(escape(word.slice(1))));
  }
  const alternation = [...byHead].map(([head, tails]) => `${head}(?:${[...tails].join('|')})`).join('|');
  const wordStart = phrases.length > 0 && phrases.every((phrase) => /^\w/.test(phrase)) ? String.raw`\b` : '';
  return new RegExp(`${wordStart}(?:${alternation})`, 'g');
}

/**
 * The phrases as one alternation, longest first. Phrases that all start with an ASCII letter are grouped by it
 * (`[Mm](?:um|other)|[Dd](?:ad)`), which the engine tries much faster: at any offset only the group of that letter
 * can match, and it tries its phrases in the same order, so the matches and what they capture are the same.
 */
function alternation(phrases: readonly string[]): string {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  if (!sorted.every((phrase) => /^[A-Za-z]/.test(phrase))) return sorted.map(caseless).join('|');
  const byLetter = new Map<string, string[]>();
  for (const phrase of sorted) {
    const letter = phrase[0]!.toLowerCase();
    // `caseless` starts with the letter's class, `[Mm]`, four characters.
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), caseless(phrase).slice(4)]);
  }
  return [...byLetter].map(([letter, tails]) => `[${letter.toUpperCase()}${letter}](?:${tails.join('|')})`).join('|');
}

/** A phrase as a pattern that matches its words with or without a capital first letter, hyphen or space between. */
function caseless(phrase: string): string {
  return phrase
    .split(/[\s-]+/)
    .map((word) => {
      const first = word[0]!;
      const rest = escape(word.slice(1));
      return first.toLowerCase() === first.toUpperCase() ? escape(word) : `[${first.toUpperCase()}${first.toLowerCase()}]${rest}`;
    })
    .join(String.raw`[\s-]+`);
}

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
