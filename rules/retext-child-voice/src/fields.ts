/**
 * Header fields: how forms, logs and minutes name the child ("Child: Oliver BRENNAN   DOB: 02/10/2023",
 * "YP: KL (16)", "| Pupil | Kian Doherty |", "Children:" above a list of names) and the adults ("Mother: Courtney
 * Fenn (19)"). One pass over the lines of the text; each line is cut into its fields once.
 */

import { BABY_UNDER_YEARS, yearsOf } from './patterns.js';

/** A person a field names: where, and what the field says of their age. */
export interface FieldPerson {
  name: string;
  /** Where the name starts in the text. */
  at: number;
  /** Other names written for them in the field ("Bethany (Beth) Crowther" -> Beth). */
  aliases: string[];
  /** Age in years, when the field gives one ("(12)", ", 15,", "(4 months)", "Age 6/52"). */
  age: number | undefined;
  baby: boolean;
}

/** What a record's header fields say about who it is about. */
export interface Fields {
  children: FieldPerson[];
  adults: FieldPerson[];
  /** A field gives a child with no name ("Child: Year 8, Ashfield School", "Child: K.D.", a date of birth alone). */
  unnamedChild: boolean;
  /** Where the lines that name a child or an adult in a field start and end, in pairs ("Carer: Sian Pritchard"). */
  lines: number[];
  /** The children a field says the record is about ("Re: Jaylen Brooks, 13", "About: Amelia Hartley, born 2020"). */
  subjects: string[];
}

/** How a field's label reads: a child, an adult by role, a date of birth, or something else. */
export type LabelKind = 'child' | 'adult' | 'dob' | 'subject' | 'other';

/** A label and its value, with where the value starts. */
interface RawField {
  label: string;
  value: string;
  at: number;
}

const NAME_WORD = /^\p{Lu}(?:\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'\u2019]\p{Lu}\p{Ll}+)?|\p{Lu}+(?:-\p{Lu}+)?)$/u;
const FIRST_NAME = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'\u2019]\p{Lu}\p{Ll}+)?$/u;
const INITIALS = /^\p{Lu}{2,3}$/u;
const DOB = /\b(?:DOB|D\.O\.B\.?|d\.o\.b\.?|date of birth|born)\b/i;
// In AGE_IN_BRACKETS and BARE_AGE each run of spaces belongs to the word after it, so no two `\s*` can share one
// run ("(7" and 50,000 spaces would be tried every way the run splits: quadratic or worse).
const AGE_IN_BRACKETS = /\(\s*(?:aged?\s*)?(\d{1,2})(?:\s*(years?|yrs?|months?|mths?|weeks?|wks?))?(?:\s*old)?\s*\)/i;
const AGE_WORDS = /\b(?:aged?|age)\s*(\d{1,2})\s*(?:(\/52|\/12)|\s*(years?|yrs?|months?|mths?|weeks?|wks?))?/i;
// "13", "13 years", "13 (Yr 9)": an age alone in a list item, a note in brackets after it.
const BARE_AGE = /^\s*(\d{1,2})(?:\s*(years?|yrs?|months?|mths?|weeks?|wks?))?(?:\s*old)?(?:\s+\([^()]*\))?\s*$/i;
/** From this age a person a subject field names is an adult. */
const ADULT_YEARS = 18;
/** Words that start a value but are not a name ("Year 8", "Flat 3", "The Lodge", "Unborn"). */
const NOT_A_NAME = new Set([
  'Year', 'Yr', 'Flat', 'Room', 'House', 'The', 'A', 'An', 'Unborn', 'Unknown', 'Not', 'None', 'No', 'N/A', 'Male', 'Female',
  'Boy', 'Girl', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mx', 'Age', 'Aged', 'DOB', 'Date', 'See', 'As', 'All', 'Both', 'Our', 'My',
  'Your', 'His', 'Her', 'Their', 'Yes', 'TBC', 'NHS', 'School', 'Nursery', 'Baby', 'Child', 'Children', 'Sibling', 'Siblings',
]);

/** Reads a record's header fields: the children and adults they name, and whether a child is given without a name. */
export function readFields(text: string, kindOf: (label: string) => LabelKind, isRoleWord: (word: string) => boolean): Fields {
  const found: Fields = { children: [], adults: [], unnamedChild: false, lines: [], subjects: [] };
  let block: LabelKind | undefined;
  let blockLines = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    // Only a line with a colon or a table bar can hold a field: most lines of prose are passed over at once.
    const fields = line.includes(':') || line.includes('|') ? fieldsOf(line, lineStart) : NO_FIELDS;
    if (fields.length > 0) {
      block = undefined;
      for (const [k, field] of fields.entries()) {
        const kind = kindOf(field.label);
        if (kind === 'child' || kind === 'adult') {
          if (field.value.trim() === '' && fields.length === 1) {
            // "Children:" on a line of its own: the lines under it list them.
            block = kind;
            blockLines = 0;
            continue;
          }
          const people = peopleIn(field.value, field.at, isRoleWord);
          if (people.length > 0 && found.lines[found.lines.length - 1] !== lineEnd) found.lines.push(lineStart, lineEnd);
          if (kind === 'adult') found.adults.push(...people);
          else if (people.length > 0) {
            // "Child: Oliver BRENNAN   DOB: 02/10/2023 (4 months)": the age in the next field is the child's.
            const next = fields[k + 1];
            if (next && kindOf(next.label) === 'dob') ageFrom(next.value, people[people.length - 1]!);
            found.children.push(...people);
          } else found.unnamedChild = true;
        } else if (kind === 'subject') {
          // "Re: Jaylen BROOKS, 13 (Yr 9)": what a note or an email is about names a child only with a child's age; a
          // birth date gives one against the record's own latest year ("About: Amelia Hartley, born 14/09/2020").
          const named = peopleIn(field.value, field.at, isRoleWord);
          const born = named.length === 1 && named[0]!.age === undefined ? birthYear(field.value) : undefined;
          if (born !== undefined) {
            // Years apart, the age is at most that many: under three it is a baby's (see `addChild`).
            const age = latestYear(text, lineStart, lineEnd) - born;
            if (age >= 0) named[0]!.age = age;
          }
          const people = named.filter((person) => person.age !== undefined && person.age < ADULT_YEARS);
          if (people.length > 0 && found.lines[found.lines.length - 1] !== lineEnd) found.lines.push(lineStart, lineEnd);
          found.children.push(...people);
          for (const person of people) found.subjects.push(person.name);
        } else if (kind === 'dob' && k === 0 && field.value.trim() !== '') found.unnamedChild ||= /\d/.test(field.value);
      }
    } else if (block && line.trim() !== '') {
      const body = line.replace(/^[\s|*\-\u2022]+/, '');
      const people = peopleIn(beforeBar(body), lineStart + line.length - body.length, isRoleWord);
      if (people.length === 0 || ++blockLines > 12) block = undefined;
      else {
        found.lines.push(lineStart, lineEnd);
        if (block === 'child') found.children.push(people[0]!);
        else found.adults.push(people[0]!);
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  // A date of birth with a named child in the same record is that child's; alone, it says the child is unnamed.
  if (found.children.length > 0) found.unnamedChild = false;
  return found;
}

const NO_FIELDS: RawField[] = [];

/** A year of four digits, 1900 to 2099. */
const YEAR = /\b(?:19|20)\d\d\b/g;

/** The year of birth a field's value gives after "born" or "DOB" ("born 14/09/2020", "DOB: 3 May 2011"), if any. */
function birthYear(value: string): number | undefined {
  const dob = DOB.exec(value);
  if (!dob) return undefined;
  YEAR.lastIndex = dob.index + dob[0].length;
  const year = YEAR.exec(value);
  return year ? Number(year[0]) : undefined;
}

/**
 * The latest four-digit year in a text outside the line [from, to) that gives the birth year: the record's own
 * time, against which a birth year gives an age. 0 when there is none.
 */
function latestYear(text: string, from: number, to: number): number {
  let latest = 0;
  YEAR.lastIndex = 0;
  for (let match = YEAR.exec(text); match; match = YEAR.exec(text)) if (match.index < from || match.index >= to) latest = Math.max(latest, Number(match[0]));
  return latest;
}

/**
 * A line of a list cut at its first table bar ("Amira HADDAD | 6 | Year 2" -> "Amira HADDAD "), as
 * `.replace(/\|.*$/, '')` cut it, bar for bar: a bar before a carriage return (or U+2028, U+2029) is left, as that
 * pattern's `.` stops at one. By hand, because the pattern tried every bar to the end, quadratic on a line of bars.
 */
function beforeBar(line: string): string {
  const lineEnd = Math.max(line.lastIndexOf('\n'), line.lastIndexOf('\r'), line.lastIndexOf('\u2028'), line.lastIndexOf('\u2029'));
  const bar = line.indexOf('|', lineEnd + 1);
  return bar < 0 ? line : line.slice(0, bar);
}

/** The fields of a line: "Label: value" (several on a line, apart by runs of spaces or tabs) or a table row "| Label | value |". */
function fieldsOf(line: string, offset: number): RawField[] {
  if (line.trimStart().startsWith('|')) {
    const cells = cellsOf(line, offset);
    if (cells.length < 2 || cells.length > 3) return [];
    const label = cells[0]!.text.replace(/\*+/g, '').replace(/:$/, '').trim();
    return isLabel(label) ? [{ label, value: cells[1]!.text, at: cells[1]!.at }] : [];
  }
  const fields: RawField[] = [];
  let at = offset;
  for (const part of line.split(/(\t+| {2,})/)) {
    const colon = part.indexOf(':');
    const label = colon > 0 ? part.slice(0, colon).replace(/^[\s*#>\-\u2022]+/, '').replace(/\*+/g, '').trim() : '';
    if (colon > 0 && isLabel(label)) {
      const rest = part.slice(colon + 1);
      const lead = rest.length - rest.trimStart().length;
      fields.push({ label, value: rest.trim().replace(/^\*+\s*/, ''), at: at + colon + 1 + lead });
    } else if (fields.length > 0) {
      // "Child: Oliver BRENNAN   (4 months)": a part with no label of its own goes on the field before it.
      const last = fields[fields.length - 1]!;
      last.value += /^\s+$/.test(part) ? ' ' : part;
    } else if (part.trim() !== '') {
      // The line does not start with a label ("14:00 H/o from earlies", prose): it holds no fields.
      return [];
    }
    at += part.length;
  }
  return fields;
}

/** A label is one to five words, starting with a letter, with no sentence punctuation. */
function isLabel(label: string): boolean {
  if (label.length === 0 || label.length > 40 || !/^\p{L}/u.test(label)) return false;
  if (/[.!?;"\u201c\u201d]/.test(label)) return false;
  return label.split(/\s+/).length <= 5;
}

/** The cells of a table row, with where each cell's text starts. */
function cellsOf(line: string, offset: number): Array<{ text: string; at: number }> {
  const cells: Array<{ text: string; at: number }> = [];
  let from = line.indexOf('|') + 1;
  for (let bar = line.indexOf('|', from); bar >= 0; bar = line.indexOf('|', from)) {
    const raw = line.slice(from, bar);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), at: offset + from + lead });
    from = bar + 1;
  }
  return cells.filter((cell, k) => cell.text !== '' || k > 0);
}

/**
 * The people a field's value names: the name that starts it ("Maisie Turner, 12, living with Dave and Lorna" gives
 * Maisie only), names joined to it by "and" or "&", and later items that carry an age ("Callum (14), Skye (6)").
 */
function peopleIn(value: string, at: number, isRoleWord: (word: string) => boolean): FieldPerson[] {
  const people: FieldPerson[] = [];
  const items = itemsOf(value);
  let accepted = -1;
  for (const [k, item] of items.entries()) {
    const words = wordsOf(item.text, 2);
    const first = words[0];
    if (!first) continue;
    const nextItem = items[k + 1];
    const aged = AGE_IN_BRACKETS.test(item.text) || AGE_WORDS.test(item.text) || DOB.test(item.text) || (nextItem !== undefined && BARE_AGE.test(nextItem.text));
    if (k > 0 && !(item.joined && accepted === k - 1) && !aged) continue;
    const word = first.text.replace(/['\u2019]s$/u, '').replace(/\.$/, '');
    if (!isName(word, isRoleWord)) {
      if (k === 0) break;
      continue;
    }
    const person: FieldPerson = { name: word, at: at + item.at + first.at, aliases: [], age: undefined, baby: false };
    // "Bethany (Beth) Crowther": a name in brackets right after the first is what they are called.
    const second = words[1]?.text;
    if (second && /^\(\p{Lu}\p{Ll}+\)$/u.test(second)) person.aliases.push(second.slice(1, -1));
    ageFrom(item.text, person);
    const bare = nextItem === undefined ? null : BARE_AGE.exec(nextItem.text);
    if (person.age === undefined && bare) ageFrom(`(${bare[1]}${bare[2] ? ` ${bare[2]}` : ''})`, person);
    // "Tia Osei, aged 12": the age in the item after the name.
    else if (person.age === undefined && nextItem && /^\s*aged?\b/i.test(nextItem.text)) ageFrom(nextItem.text, person);
    people.push(person);
    accepted = k;
  }
  return people;
}

/** A word, or a bracket opening (see `wordsOf`). */
const WORD_OR_BRACKET = /\p{L}[\p{L}'\u2019.-]*|\(/gu;

/**
 * The first `max` words of a field's value, a bracket and what it holds counting as one word ("Bethany (Beth)
 * Crowther" -> Bethany, (Beth)): what `/\p{L}[\p{L}'\u2019.-]*|\([^)]*\)/gu` matched, without that pattern's
 * scan to the end of the value from every bracket that never closes (quadratic on a run of brackets).
 */
function wordsOf(value: string, max: number): Array<{ text: string; at: number }> {
  const words: Array<{ text: string; at: number }> = [];
  // Once a bracket finds no closing bracket after it, no later bracket can.
  let closes = true;
  WORD_OR_BRACKET.lastIndex = 0;
  for (let match = WORD_OR_BRACKET.exec(value); match && words.length < max; match = WORD_OR_BRACKET.exec(value)) {
    if (match[0] !== '(') {
      words.push({ text: match[0], at: match.index });
      continue;
    }
    const close = closes ? value.indexOf(')', match.index + 1) : -1;
    if (close < 0) {
      closes = false;
      continue;
    }
    words.push({ text: value.slice(match.index, close + 1), at: match.index });
    WORD_OR_BRACKET.lastIndex = close + 1;
  }
  return words;
}

/** A value cut at commas, semicolons, "and" and "&", with whether each item was joined by "and" or "&". */
function itemsOf(value: string): Array<{ text: string; at: number; joined: boolean }> {
  const items: Array<{ text: string; at: number; joined: boolean }> = [];
  let depth = 0;
  let from = 0;
  let joined = false;
  for (let i = 0; i <= value.length; i++) {
    const char = value[i];
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    if (i < value.length && depth > 0) continue;
    const and = i < value.length && /\s/.test(value[i - 1] ?? ' ') && (value.startsWith('and ', i) || value.startsWith('& ', i));
    if (i === value.length || char === ',' || char === ';' || and) {
      const text = value.slice(from, i);
      if (text.trim() !== '') items.push({ text, at: from, joined });
      joined = and;
      from = and ? i + (value.startsWith('and ', i) ? 4 : 2) : i + 1;
      if (and) i = from - 1;
    }
  }
  return items;
}

/** Whether a word can be a person's first name (or their initials) in a field. */
function isName(word: string, isRoleWord: (word: string) => boolean): boolean {
  if (NOT_A_NAME.has(word) || isRoleWord(word)) return false;
  return FIRST_NAME.test(word) || INITIALS.test(word) || (NAME_WORD.test(word) && word.length > 1 && /\p{Ll}/u.test(word));
}

/** Sets a person's age (and whether they are a baby) from the words of a field, if it gives one. */
function ageFrom(text: string, person: FieldPerson): void {
  if (person.age !== undefined) return;
  const match = AGE_IN_BRACKETS.exec(text) ?? AGE_WORDS.exec(text);
  if (!match) return;
  const n = Number(match[1]);
  const years = yearsOf(n, match[2] ?? match[3]);
  person.age = years;
  if (years < BABY_UNDER_YEARS) person.baby = true;
}
