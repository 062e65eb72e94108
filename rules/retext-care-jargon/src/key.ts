import { SMALL_WORDS, TWO_CAPITALS, wordsOf, type Definition } from './acronyms.js';

/**
 * Acronyms a record explains in a key or glossary ("Key: MGM = maternal grandmother; SW = social worker", a block
 * headed KEY with a line "FC: foster carer" each, a table of abbreviations and meanings) or in a list item of its own
 * ("- FSW – family support worker", "JT: Jac Thomas, teacher" in a list of who came). A key at the top explains its
 * acronyms for the whole record, its title included; one further down, and a list item, from where they stand.
 *
 * A label followed by a sentence explains nothing: "SW: visit Mum on Friday" gives the owner of an action, "HV: said
 * baby is gaining weight" the speaker in minutes. So the words after the label must spell the acronym (compounds
 * count: Maternal GrandMother), be its known expansion, or, in a key, read as a short name ("MGM = Nan"): no verb or
 * pronoun that would make them a sentence. The expansion map holds lower-cased expansions, as findDefinitions takes it.
 */
export function findKeyDefinitions(text: string, expansions: ReadonlyMap<string, string>): Definition[] {
  const definitions: Definition[] = [];
  // Where the first line of running prose starts, looked for only once a key is found (few records have one): a key
  // before it is at the top, with titles, fields and short lines only above it.
  let prose: number | undefined;
  const keyFrom = (at: number): number => {
    prose ??= firstProse(text);
    return at <= prose ? 0 : at;
  };
  // Inside a key (a block under a Key heading or a table of abbreviations): from where it applies, and whether it is a table.
  let key: { from: number; table: boolean } | undefined;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const next = end + 1;
    if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
    // Blank lines part the items of a Markdown list (core writes each on its own block): a key goes on past them.
    const first = firstNonBlank(text, start, end);
    if (first === end) {
      start = next;
      continue;
    }
    if (key?.table && text.charCodeAt(first) !== 124) key = undefined;
    const found = mayOpenLine(text, first, end) ? readLine(text, first, end, key, keyFrom, expansions, definitions) : undefined;
    if (found === 'heading') key = { from: keyFrom(first), table: false };
    else if (found === 'table') key = { from: keyFrom(first), table: true };
    // Not a line of the key: the key has ended.
    else if (found === undefined) key = undefined;
    start = next;
  }
  return definitions;
}

/** A line this long, in words, is prose: a key after it is not at the top of the record. */
const LONG_LINE = 13;

/** Where the text's first line of LONG_LINE words or more starts (the text's length if it has none). */
function firstProse(text: string): number {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (wordsAtLeast(text, start, end, LONG_LINE)) return start;
    start = end + 1;
  }
  return text.length;
}

/**
 * Reads one line: a key heading ('heading'), a table of abbreviations' header ('table'), a line of entries or a
 * table row or separator ('entries', with their explanations added to `definitions`), or none of these (undefined).
 */
function readLine(
  text: string,
  first: number,
  end: number,
  key: { from: number; table: boolean } | undefined,
  keyFrom: (at: number) => number,
  expansions: ReadonlyMap<string, string>,
  definitions: Definition[],
): 'heading' | 'table' | 'entries' | undefined {
  let last = end;
  while (last > first && isBlank(text.charCodeAt(last - 1))) last -= 1;
  if (text.charCodeAt(first) === 124) return barsAtMost(text, first, last, 3) ? readRow(text.slice(first, last), first, key, expansions, definitions) : undefined;
  // The regular expressions read the record in place (sticky, at the line's start): a line is sliced out only once
  // it opens as a key or an entry, most lines never.
  KEY_HEADING.lastIndex = first;
  const heading = KEY_HEADING.exec(text);
  if (heading) {
    const body = heading[0].length;
    if (first + body >= last) return 'heading';
    // "Key: MGM = maternal grandmother; SW = social worker": a key of one line.
    if (!heading[1]) return undefined;
    const line = text.slice(first, last);
    const entries = entriesOf(line, body, true);
    if (!entries) return undefined;
    add(entries, line, first, keyFrom(first), true, expansions, definitions);
    return 'entries';
  }
  BULLET.lastIndex = first;
  const bullet = BULLET.exec(text)?.[0].length ?? 0;
  ENTRY.lastIndex = first + bullet;
  if (!ENTRY.test(text)) return undefined;
  const line = text.slice(first, last);
  const entries = entriesOf(line, bullet, key !== undefined);
  if (!entries) return undefined;
  add(entries, line, first, key ? key.from : first, key !== undefined, expansions, definitions);
  return key || entries.some((e) => e.explained) ? 'entries' : undefined;
}

/** A row of a table: its header (a key when its first column is "Abbreviation"), a separator, or an entry of two cells. */
function readRow(
  line: string,
  first: number,
  key: { from: number; table: boolean } | undefined,
  expansions: ReadonlyMap<string, string>,
  definitions: Definition[],
): 'table' | 'entries' | undefined {
  const cells: Array<{ start: number; end: number }> = [];
  for (let at = 1; at < line.length; ) {
    let bar = line.indexOf('|', at);
    if (bar < 0) bar = line.length;
    const start = firstNonBlank(line, at, bar);
    let stop = bar;
    while (stop > start && isBlank(line.charCodeAt(stop - 1))) stop -= 1;
    cells.push({ start, end: stop });
    at = bar + 1;
  }
  if (cells.length > 0 && cells[cells.length - 1]!.start === cells[cells.length - 1]!.end) cells.pop();
  if (cells.length !== 2) return undefined;
  const [left, right] = cells as [{ start: number; end: number }, { start: number; end: number }];
  if (TABLE_SEPARATOR.test(line) && line.includes('-')) return 'entries';
  if (TABLE_KEY_HEADER.test(line.slice(left.start, left.end))) return 'table';
  const acronym = line.slice(left.start, left.end);
  if (!ACRONYM.test(acronym) || !TWO_CAPITALS.test(acronym)) return undefined;
  const meaning = nameOf(line, right.start, right.end, key !== undefined);
  const entry: Entry = { acronym, at: left.start, meaning, end: right.end, explained: false };
  add([entry], line, first, key ? key.from : first, key !== undefined, expansions, definitions);
  return entry.explained || key ? 'entries' : undefined;
}

/**
 * Whether the line holds at most `most` bars: a row of two cells has three ("| MGM | maternal grandmother |"), most
 * tables in records more. A search past the line's end stops at the next bar, where the next row starts.
 */
function barsAtMost(text: string, start: number, end: number, most: number): boolean {
  let bars = 0;
  for (let at = text.indexOf('|', start); at >= 0 && at < end; at = text.indexOf('|', at + 1)) if (++bars > most) return false;
  return true;
}

/** One entry of a key as read from its line: the acronym, where it stands, and the span of the words that explain it. */
interface Entry {
  acronym: string;
  at: number;
  meaning: { start: number; end: number };
  /** Where the entry's words end (its closing bracket): more may follow the name ("Jo Bloggs, social worker", "home visit, Mum was out"). */
  end: number;
  explained: boolean;
}

/** Adds the entries that explain their acronyms (marking them), as explained from `from` on. */
function add(entries: Entry[], line: string, first: number, from: number, inKey: boolean, expansions: ReadonlyMap<string, string>, definitions: Definition[]): void {
  for (const entry of entries) {
    const { start } = entry.meaning;
    let { end } = entry.meaning;
    if (!knownAs(entry.acronym, line.slice(start, end), expansions)) {
      // "EHCP – education, health and care plan": a known expansion may hold a comma, so all the entry's words are tried too.
      if (end < entry.end && knownAs(entry.acronym, line.slice(start, entry.end), expansions)) end = entry.end;
      else if (!explains(entry.acronym, line.slice(start, end), inKey, skipJoin(line, end) < entry.end)) continue;
    }
    entry.explained = true;
    const at = { start: first + entry.at, end: first + entry.at + entry.acronym.length };
    const meaning = { start: first + start, end: first + end };
    definitions.push({ acronym: entry.acronym, from, at, meaning });
    // "FCs: foster carers" explains "FC" too.
    if (/[A-Z]s$/.test(entry.acronym)) definitions.push({ acronym: singularOf(entry.acronym), from, at, meaning });
  }
}

/**
 * The entries a line is made of, from `start`: "MGM = maternal grandmother; SW = social worker", "MGM (maternal
 * grandmother), PGF (paternal grandfather)", "FC: foster carer". Undefined when anything else is on the line. A tab
 * parts an acronym from its meaning only in a key, where a table copied from a document leaves one.
 */
function entriesOf(line: string, start: number, inKey: boolean): Entry[] | undefined {
  const entries: Entry[] = [];
  let at = start;
  while (at < line.length) {
    ENTRY.lastIndex = at;
    const head = ENTRY.exec(line);
    if (!head || (head[3] !== undefined && !inKey)) return undefined;
    const acronym = head[1]!;
    // "Key: M = mother, F = father, MGM = …": a key's single letters are read past, never flagged anyway.
    const letter = !TWO_CAPITALS.test(acronym);
    if (letter && !inKey) return undefined;
    const meaningStart = ENTRY.lastIndex;
    let meaningEnd: number;
    if (head[2] !== undefined) {
      // "MGM (maternal grandmother)": the meaning is in the brackets.
      meaningEnd = line.indexOf(')', meaningStart);
      if (meaningEnd < 0) return undefined;
      at = meaningEnd + 1;
    } else {
      // "MGM = maternal grandmother; SW = …", "…, PGF – …": the meaning runs to the next entry or the end of the line.
      NEXT_ENTRY.lastIndex = meaningStart;
      meaningEnd = NEXT_ENTRY.exec(line)?.index ?? line.length;
      at = meaningEnd;
    }
    const meaning = nameOf(line, meaningStart, meaningEnd, inKey);
    if (!letter) entries.push({ acronym, at: head.index, meaning, end: meaningEnd, explained: false });
    at = skipJoin(line, at);
  }
  return entries.length > 0 ? entries : undefined;
}

/**
 * The name part of an entry's words: before a comma or a bracket ("Jo Bloggs, social worker", "social worker (Jo)"),
 * and in a key before a colon, a spaced dash or a full stop too, where a glossary goes on to describe ("CIN – Child in
 * Need: a plan to…").
 */
function nameOf(line: string, start: number, end: number, inKey: boolean): { start: number; end: number } {
  let stop = start;
  while (stop < end) {
    const code = line.charCodeAt(stop);
    if (code === 44 || code === 40 || code === 59) break;
    if (inKey && (code === 58 || ((code === 46 || code === 45 || code === 0x2013 || code === 0x2014) && isBlank(line.charCodeAt(stop + 1))))) break;
    stop += 1;
  }
  while (stop > start && (isBlank(line.charCodeAt(stop - 1)) || line.charCodeAt(stop - 1) === 46)) stop -= 1;
  return { start, end: stop };
}

/** Past what joins one entry to the next: blanks, a comma or semicolon, a full stop at the end. */
function skipJoin(line: string, at: number): number {
  while (at < line.length) {
    const code = line.charCodeAt(at);
    if (!isBlank(code) && code !== 44 && code !== 59 && code !== 46) break;
    at += 1;
  }
  return at;
}

/**
 * Whether the words after an acronym, not its known expansion, explain it: they spell it (two words or more,
 * their initials and the start of a part of a compound: Maternal GrandMother), or, in a key, they are a short name
 * with no word that makes a sentence ("MGM = Nan", not "SW: will visit"). Outside a key, words that spell it and go
 * on explain it only as a name in capitals ("JT: Jac Thomas, teacher"): "HV: home visit, Mum was out" is a plan line.
 */
function explains(acronym: string, meaning: string, inKey: boolean, trailing: boolean): boolean {
  const words = wordsOf(meaning);
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  const singular = singularOf(acronym);
  let skip = 0;
  while (skip < words.length - 1 && isLeading(words[skip]!)) skip += 1;
  const named = words.slice(skip);
  const letters = singular.toLowerCase().replace(/&/g, '');
  if (named.length >= 2 && named.length <= letters.length + 4 && spellFrom(named, letters, 0, 0)) {
    return inKey || !trailing || named.every((word) => SMALL_WORDS.has(word) || isCapital(word.charCodeAt(0)));
  }
  if (!inKey || named.length > MAX_GLOSS) return false;
  return words.every((word) => !SENTENCE_WORDS.has(word.toLowerCase()) && !/\d/.test(word));
}

/** Whether the words are the acronym's known expansion ("social worker" for SW), or its plural. */
function knownAs(acronym: string, meaning: string, expansions: ReadonlyMap<string, string>): boolean {
  const known = expansions.get(acronym) ?? expansions.get(singularOf(acronym));
  if (known === undefined) return false;
  const said = wordsOf(meaning).join(' ').toLowerCase();
  const expansion = wordsOf(known).join(' ');
  return said === expansion || said === `${expansion}s`;
}

/** "FCs" gives "FC"; "CAMHS" stays as it is. */
function singularOf(acronym: string): string {
  return acronym.replace(/([A-Z])s$/, '$1');
}

/** More words than this after a label are a sentence, not a name. */
const MAX_WORDS = 10;
/** A key's own gloss that does not spell the acronym ("MGM = Nan", "PA = Jade's adviser") is at most this many words. */
const MAX_GLOSS = 5;

/** Whether words from `wordAt` on spell letters from `letterAt` on: each word gives its initial, small words may give none. */
function spellFrom(words: readonly string[], letters: string, letterAt: number, wordAt: number): boolean {
  if (wordAt === words.length) return letterAt === letters.length;
  const word = words[wordAt]!.toLowerCase();
  if (SMALL_WORDS.has(word) && spellFrom(words, letters, letterAt, wordAt + 1)) return true;
  if (letterAt >= letters.length || word[0] !== letters[letterAt]) return false;
  return compound(words, letters, letterAt + 1, wordAt, PART);
}

/** The shortest part of a compound word a letter may start (grand|mother, grand|dad): what a word's own letters cannot fake. */
const PART = 3;

/**
 * After a word's initial: the rest of the letters from the next word on, or one more letter from a later part of this
 * word, at least PART characters in and with PART characters left ("grandmother" gives g and m; "have" no v for HV).
 */
function compound(words: readonly string[], letters: string, letterAt: number, wordAt: number, from: number): boolean {
  if (spellFrom(words, letters, letterAt, wordAt + 1)) return true;
  if (letterAt >= letters.length) return false;
  const word = words[wordAt]!.toLowerCase();
  for (let p = from; p <= word.length - PART; p++) {
    if (word[p] === letters[letterAt] && compound(words, letters, letterAt + 1, wordAt, p + PART)) return true;
  }
  return false;
}

/** Words before a name that its acronym does not spell: "the", "her", "Jade's". */
function isLeading(word: string): boolean {
  const lower = word.toLowerCase();
  return LEADING.has(lower) || lower.endsWith("'s") || lower.endsWith('’s');
}

const LEADING = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'my', 'your', 'our']);

/** Words that make what follows a label a sentence: pronouns, verbs that carry a clause, "to" before a verb. */
const SENTENCE_WORDS = new Set([
  'i', 'we', 'he', 'she', 'they', 'it', 'you', 'this', 'that', 'there',
  'is', 'are', 'was', 'were', 'be', 'been', 'am', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might',
  'has', 'have', 'had', 'do', 'does', 'did', 'said', 'says', 'told', 'asked', 'not', 'to', 'on', 'at', 'about', 'please',
]);

/** Whether a line has at least `count` words: counted as runs of non-blanks, stopping once there are enough. */
function wordsAtLeast(text: string, start: number, end: number, count: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const blank = isBlank(text.charCodeAt(i));
    if (!blank && !inWord && ++words >= count) return true;
    inWord = !blank;
  }
  return false;
}

/** The offset of the first character from `start` that is not a space or tab (`end` if none). */
function firstNonBlank(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && isBlank(text.charCodeAt(at))) at += 1;
  return at;
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0;
}

/**
 * A first look at a line, by char codes, before any regular expression: whether it may be a key's heading, a table
 * row or an entry. Past Markdown's "#", "**" or "__" and a list marker, an entry starts with a word of two capitals
 * in its first eight letters, a heading with "Key", "Glossary", "Abbreviations", "Acronyms" or "List of…". Most lines
 * of a record start with neither, and cost this look only.
 */
function mayOpenLine(text: string, first: number, end: number): boolean {
  let at = first;
  let code = text.charCodeAt(at);
  if (code === 124) return true;
  while (code === 35 || code === 42 || code === 95) code = text.charCodeAt(++at);
  // Past a list marker: "- ", "• ", "– ", "1. ", "12) ".
  if (code === 45 || code === 0x2022 || code === 0x2013 || code === 0x2014) at += 1;
  else if (code >= 48 && code <= 57) {
    while (at < end && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) at += 1;
    if (text.charCodeAt(at) === 46 || text.charCodeAt(at) === 41) at += 1;
  }
  at = firstNonBlank(text, at, end);
  code = text.charCodeAt(at);
  if (!isCapital(code)) return false;
  // A heading's first two letters: Ke(y), Gl(ossary), Ab(breviations), Ac(ronyms), Li(st).
  const second = text.charCodeAt(at + 1) | 32;
  if ((code === 75 && second === 101) || (code === 71 && second === 108) || (code === 65 && (second === 98 || second === 99)) || (code === 76 && second === 105)) return true;
  for (let i = at + 1; i < end && i < at + 8; i++) {
    const next = text.charCodeAt(i);
    if (isCapital(next)) return true;
    if (!((next >= 97 && next <= 122) || next === 38)) return false;
  }
  return false;
}

/** A Key, Glossary or Abbreviations heading, alone on its line or followed by a separator and the key itself (group 1). */
const KEY_HEADING =
  /(?:#{1,6}[ \t]*)?(?:\*\*|__)?(?:key to abbreviations|key|glossary of terms|glossary|abbreviations used|abbreviations|list of abbreviations|acronyms used|acronyms)(?:\*\*|__)?[ \t]*(?:([:=–—-])(?:[ \t]*(?:\*\*|__))?[ \t]*)?/iy;
/**
 * An entry's acronym and its separator: "MGM = ", "FC: ", "HV – ", "SW - ", "MGM (" (group 2), a tab (group 3, keys
 * only). A single capital ("M = mother") is an entry of a key only.
 */
const ENTRY = /([A-Z][A-Za-z&]{0,7})(?:[ \t]*[=:][ \t]*|[ \t]+-[ \t]+|[ \t]*[–—][ \t]*|[ \t]*(\()[ \t]*|(\t)[ \t]*)/y;
/** Where the next entry of a line starts: a semicolon, or a comma before an acronym (or a key's letter) and its separator. */
const NEXT_ENTRY = /;|,(?=[ \t]*[A-Z][A-Za-z&]{0,7}(?:[ \t]*[=:(–—]|[ \t]+-[ \t]))/g;
/** An acronym standing alone in a cell: two capitals at least ("CiN", "EHCP"). */
const ACRONYM = /^[A-Z][A-Za-z&]{1,7}$/;
/** The header of a table of abbreviations: its first column names them. */
const TABLE_KEY_HEADER = /^(?:abbreviations?|acronyms?|initials|short form|term|key)$/i;
/** A Markdown table's line under its header: "| --- | :---: |". */
const TABLE_SEPARATOR = /^\|[ \t:|-]+$/;
/** A list marker at the start of a line: "- ", "* ", "• ", "– ", "1. ", "2) ". */
const BULLET = /(?:[-*•–—]|\d{1,2}[.)])[ \t]+/y;
