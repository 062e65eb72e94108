import type { Analysis, Section } from '@carelint/text';
import { readFields, type LabelKind } from './fields.js';
import type { CompiledLexicons } from './lexicons.js';
import { tagOneWord } from './word-tags.js';
import {
  AGE_OLD_NAME,
  escape,
  MET_NAME,
  NAME_AGE_BRACKETS,
  NAME_AGED,
  NAME_DOB,
  NAME_YOUNG_PERSON,
  NAME_IS_AGE,
  BABY_UNDER_YEARS,
  BARE_AGE_ITEM,
  listsPeople,
  NAMES,
  NAMES_BARE_AGES,
  NUMBER_WORDS,
  openingOf,
  PARENT_READER,
  roleWords,
  TITLE_NAME,
  TO_YOU,
  yearsOf,
} from './patterns.js';

export type Gender = 'f' | 'm';

/** A child of the record: named by the caller or found in the text. Built with every field (see `mention`). */
export interface Child {
  /** The name as written ("Amira", "Amira-Rose"); the key of the child. */
  name: string;
  /** Age in years (months as a fraction) when the text gives one. */
  age: number | undefined;
  /** A baby or toddler (under three), by age or by "baby Leo". */
  baby: boolean;
  /** Where the name was first written, to point at it. */
  first: { start: number; end: number } | undefined;
  gender: Gender | undefined;
  /** Other names the record calls them by: "Beth" for "Bethany (Beth)", "J" for Jaylen in a log. */
  aliases: string[];
}

/** Who the record is about and who else speaks in it. */
export interface People {
  children: Map<string, Child>;
  /** Names of adults ("Sarah (Mum)", "Mr Jones", "Sally (32)"), with a gender when their role gives one. */
  adults: Map<string, Gender | undefined>;
  /** The record opens "Dear <name>" to a child, or is a letter to a child. */
  letter: boolean;
  /** "you" is the child: a letter to the child, or a record written to them ("I visited you"). */
  writtenToChild: boolean;
  /** The child "you" refers to, when known. */
  addressee: string | undefined;
  /** A header field gives a child of the record by name ("Child: Oliver BRENNAN", "| Pupil | Kian Doherty |"). */
  fromFields: boolean;
  /** A header field gives the record's child without a name ("Child: Year 8", "Child: K.D.", a date of birth). */
  unnamedChild: boolean;
  /** The children header fields name ("YP: RW (15)"), in order. */
  fieldChildren: string[];
  /** Where the lines naming a child or an adult in a field start and end, in pairs: a list, not a clause. */
  fieldLines: readonly number[];
}

/** Kinds of record that are about a child whatever their text says. */
export const ABOUT_A_CHILD: ReadonlySet<string> = new Set(['visit', 'assessment', 'review', 'letter', 'plan']);

/** Capitalised words that are not names even in a name pattern ("Visit (2)", "Section 7"). */
const NOT_NAMES = new Set([
  'Visit', 'Present', 'Baby', 'Dear', 'Child', 'Children', 'Re', 'Section', 'Part', 'Page', 'Appendix', 'Paragraph', 'Item',
  'Step', 'Stage', 'Level', 'Key', 'Year', 'Class', 'Group', 'Age', 'Aged', 'Room', 'Flat', 'House', 'Number', 'No',
  'The', 'And', 'With', 'For', 'Today', 'Yesterday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
  'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Sibling', 'Siblings', 'Both', 'Her', 'His', 'Their', 'Brother', 'Sister', 'Son', 'Daughter',
  'Twins', 'Also', 'Then', 'When', 'After', 'Before', 'During', 'While', 'At', 'In', 'On', 'To', 'From', 'Of', 'By',
  'Young', 'Person', 'Home', 'School', 'Nursery', 'Dob', 'DOB', 'Miss', 'Mr', 'Mrs', 'Ms', 'Dr', 'I', 'We', 'You',
  'Sent', 'Signed', 'Written', 'Love', 'Best', 'Regards', 'Thanks', 'Thank', 'Kind', 'Yours', 'Call', 'Note',
  'Email', 'Phone', 'Telephone', 'Meeting', 'Review', 'Plan', 'Date', 'Name', 'Worker', 'Contact', 'Update', 'Attendees',
  'Nobody', 'Everyone', 'Everybody', 'Someone', 'Somebody', 'Anyone', 'Noone', 'None', 'All', 'Each', 'This', 'That',
  'These', 'Those', 'It', 'He', 'She', 'They', 'Who', 'What', 'Which', 'Staff', 'Family', 'Parents', 'Professionals',
  // Words an apostrophe-s turns into a contraction ("Where's Daddy gone?", "Here's Mum"), never a child's name.
  'Where', 'Why', 'How', 'Here', 'There', 'Let', 'Everything', 'Nothing', 'Something', 'Anything', 'Everyone',
  // Numbered things, which stand before a bare number as a child's name does ("Cohort 3, Group 4", "Bus 4 and Route 17").
  'Cohort', 'Bus', 'Route', 'Platform', 'Gate', 'Ward', 'Bay', 'Bed', 'Floor', 'Block', 'Unit', 'Week', 'Day', 'Term',
  'Lesson', 'Period', 'Set', 'Form', 'Grade', 'Chapter', 'Question', 'Round', 'Table', 'Row', 'Seat', 'Zone', 'Phase',
  'Module', 'Version', 'Option', 'Line', 'Figure', 'Box', 'Tier', 'Team', 'Under', 'Plot', 'Door', 'Apartment', 'Suite',
  'Court', 'Pitch', 'Track', 'Game', 'Match', 'Session', 'Task', 'Test', 'Paper', 'Band', 'Score', 'Total',
]);

/**
 * Short month and weekday names: before a bare number they are a date ("Jan 3, Feb 5", "Mon 3, Tue 4"), though "Jan"
 * in "Jan (9)" may be a name, so they rule out only a list of names with bare ages.
 */
const CALENDAR_SHORT = new Set([
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
]);

/** Finds the children (caller's names first) and the adults of a record. */
export function findPeople(analysis: Analysis, lexicons: CompiledLexicons, callerNames: readonly string[], documentType: string | undefined): People {
  const { text } = analysis;
  const children = new Map<string, Child>();
  const adults = new Map<string, Gender | undefined>();
  const roles = roleWords(lexicons);
  const phrases = roles.phraseStarts(text);
  const isRole = (word: string) => roles.all.has(word.toLowerCase());
  const usable = (name: string) => !NOT_NAMES.has(name) && !isRole(name);

  const addChild = (name: string, at: number | undefined, facts: { age?: number; baby?: boolean } = {}, strong = true) => {
    if (!usable(name)) return;
    if (!strong && adults.has(name)) return;
    adults.delete(name);
    const known = children.get(name);
    const child: Child = known ?? { name, age: undefined, baby: false, first: undefined, gender: undefined, aliases: [] };
    if (facts.age !== undefined && child.age === undefined) child.age = facts.age;
    if (facts.baby || (child.age !== undefined && child.age < BABY_UNDER_YEARS)) child.baby = true;
    if (at !== undefined && (!child.first || at < child.first.start)) child.first = { start: at, end: at + name.length };
    children.set(name, child);
  };
  /** Other names of the children ("Beth" for "Bethany (Beth)"): never an adult's. */
  const aliases = new Set<string>();
  const addAdult = (name: string, gender: Gender | undefined) => {
    if (!usable(name) || callerNames.includes(name)) return;
    if (children.has(name) || aliases.has(name)) return;
    adults.set(name, gender ?? adults.get(name));
  };

  for (const name of callerNames) if (name.trim()) addChild(name.trim(), firstIndex(text, name.trim()));

  // Adults first: a name written with a role or a title, or with an adult's age, is not a child's.
  for (const match of TITLE_NAME.all(text)) addAdult(match[1]!, undefined);
  for (const match of roles.nameThenRole.all(text, phrases)) {
    addAdult(match[1]!, roles.gender(match[3]!));
    if (match[2]) addAdult(match[2], roles.gender(match[3]!));
  }
  for (const match of roles.roleThenName.all(text, phrases)) {
    if (match[1]) addAdult(match[2]!, roles.gender(match[1]));
    else for (const name of match[4]!.match(NAMES) ?? []) addAdult(name, roles.gender(match[3]!));
  }

  // Header fields: "Mother: Courtney Fenn (19)" is an adult, "Child: Oliver BRENNAN" the record's child.
  const fields = analysis.kind.care ? readFields(text, labelKinds(lexicons, roles.all), isRole) : undefined;
  for (const person of fields?.adults ?? []) addAdult(person.name, undefined);
  for (const person of fields?.children ?? []) {
    addChild(person.name, person.at, { ...(person.age !== undefined ? { age: person.age } : {}), baby: person.baby });
    for (const alias of person.aliases) {
      if (!usable(alias)) continue;
      children.get(person.name)?.aliases.push(alias);
      aliases.add(alias);
      adults.delete(alias);
    }
  }
  let youngAdults: boolean | undefined;

  for (const match of NAME_AGE_BRACKETS.all(text)) {
    const [, first, second, number, unit] = match;
    if (first!.length === 1 && !loneInitial(text, match.index, second)) continue;
    const name = second && /\p{Ll}/u.test(second) && (NOT_NAMES.has(first!) || isRole(first!) || notAName(first!)) ? second : first!;
    const at = match.index + (name === first ? 0 : match[0].indexOf(second!));
    ageFound(name, at, number!, unit);
  }
  // "Family: Reid (Kemi Reid, mother; Tayo 9, Precious 6)", "Children: Amira 7, Kai 4": children listed with bare
  // ages, where a record lists its people, and only when every item is a name ("Room 3, Flat 2" is an address).
  for (const match of NAMES_BARE_AGES.all(text)) {
    if (!listsPeople(text, match.index, match.index + match[0].length)) continue;
    const items = [...match[0].matchAll(BARE_AGE_ITEM)];
    if (!items.every((item) => usable(item[1]!) && !CALENDAR_SHORT.has(item[1]!))) continue;
    for (const item of items) ageFound(item[1]!, match.index + item.index, item[2]!, undefined);
  }
  for (const match of NAME_AGED.all(text)) {
    const [, first, second, number, unit] = match;
    const name = second && /\p{Ll}/u.test(second) && (NOT_NAMES.has(first!) || isRole(first!) || notAName(first!)) ? second : first!;
    ageFound(name, match.index + (name === first ? 0 : match[0].indexOf(second!)), number!, unit);
  }
  for (const match of AGE_OLD_NAME.all(text)) ageFound(match[3]!, match.index + match[0].lastIndexOf(match[3]!), match[1]!, match[2]);
  for (const match of NAME_IS_AGE.all(text)) ageFound(match[1]!, match.index, match[2]!, match[3]);
  for (const match of NAME_DOB.all(text)) addChild(match[1]!, match.index);
  for (const match of NAME_YOUNG_PERSON.all(text)) addChild(match[1]!, match.index);
  for (const match of roles.relationName.all(text, phrases)) {
    const name = match[2]!;
    addChild(name, match.index + match[0].lastIndexOf(name), { baby: /baby/i.test(match[1]!) }, false);
  }
  for (const match of roles.groupList.all(text, phrases)) {
    const list = match[1]!.replace(/\([^)]*\)/g, ' ');
    let offset = match.index + match[0].indexOf(match[1]!);
    for (const name of list.match(NAMES) ?? []) {
      const at = text.indexOf(name, offset);
      addChild(name, at >= 0 ? at : undefined, {}, false);
      if (at >= 0) offset = at + name.length;
    }
  }
  for (const section of analysis.sections) {
    for (const name of headingChildren(section, usable)) addChild(name, section.heading?.start, {}, false);
  }
  for (const match of roles.childContext.all(text)) addChild(match[1]!, match.index, {}, false);

  // A letter: "Dear Millie" to a child (not to a parent or a professional).
  const opening = openingOf(text);
  // Whether the letter is to a parent ("your son"): a scan of the whole text, made only when its answer decides
  // something (a record that opens with no greeting and is not written to "you" never needs it).
  let parentReader: boolean | undefined;
  const toParent = () => (parentReader ??= PARENT_READER.test(text));
  let letter = false;
  let addressee: string | undefined;
  if (opening && !toParent()) {
    // "Dear Beth" to a child the header calls "Bethany (Beth)" is to that child.
    const name = aliases.has(opening[1]!) ? ([...children.values()].find((c) => c.aliases.includes(opening[1]!))?.name ?? opening[1]!) : opening[1]!;
    const toAnother = callerNames.length > 0 && !callerNames.includes(name);
    if (usable(name) && !adults.has(name) && !toAnother) {
      letter = true;
      addressee = name;
      addChild(name, opening.index + opening[0].lastIndexOf(name), {}, false);
    }
  }
  if (!letter && documentType === 'letter' && !opening && !toParent()) letter = true;

  // With no child named anywhere, fall back on how records name people: adults by role ("Mum", "the teacher",
  // "Sally, maternal Nan"), children by name. In a record the caller says is about a child, the named person the
  // writer visited or talked with is a child.
  if (children.size === 0 && documentType !== undefined && ABOUT_A_CHILD.has(documentType)) {
    for (const match of MET_NAME.all(text)) {
      const name = match[1]!;
      if (!adults.has(name) && looksLikeName(name)) addChild(name, match.index + match[0].lastIndexOf(name), {}, false);
    }
  }
  if (children.size === 0) {
    // A name that speaks or wants is the child's, but only when one name does: with several ("Gemma said ... Dean
    // told me ... Tyler loves"), which is the child is anyone's guess.
    const speakers = new Map<string, number>();
    for (const match of roles.speaker.all(text, phrases)) {
      const name = match[1]!;
      // "Sarah Green said": a surname is not a first name.
      const surname = /\p{Lu}\p{Ll}*\s+$/u.test(text.slice(Math.max(0, match.index - 20), match.index));
      // "Info shared with school", "Sanction agreed": a word written once is a name only if it is a known first name.
      if (!adults.has(name) && !surname && usable(name) && !speakers.has(name) && looksLikeName(name) && (occurrences(text, name) >= 2 || knownFirstName(name))) speakers.set(name, match.index);
    }
    if (speakers.size === 1) for (const [name, at] of speakers) addChild(name, at, {}, false);
  } else {
    // With the children known, another name that speaks ("Gemma said", "Dean told me") is an adult's.
    for (const match of roles.speaker.all(text, phrases)) {
      const name = match[1]!;
      if (!children.has(name) && !adults.has(name) && usable(name) && looksLikeName(name)) addAdult(name, undefined);
    }
  }

  const toSomeoneElse = opening !== null && !letter;
  // A record whose header says it is about its one child ("About: Amelia Hartley, born 14/09/2020", "Re: Jaylen
  // Brooks, 13") speaks of them: the "you" it keeps saying is its reader, a carer or a parent, not that child.
  const aboutTheChild = children.size === 1 && (fields?.subjects ?? []).some((name) => children.has(name));
  const writtenToChild = letter || (!toSomeoneElse && (TO_YOU.test(text) || (children.size === 1 && !aboutTheChild && secondPerson(text) >= 4)) && !toParent());
  if (writtenToChild && !addressee && children.size === 1) addressee = [...children.keys()][0];

  for (const child of children.values()) {
    if (child.first === undefined) {
      const at = firstIndex(text, child.name);
      if (at !== undefined) child.first = { start: at, end: at + child.name.length };
    }
  }
  addInitials(text, children, adults);
  const fieldChildren = [...new Set((fields?.children ?? []).map((person) => person.name).filter((name) => children.has(name)))];
  return {
    children,
    adults,
    letter,
    writtenToChild,
    addressee: addressee || undefined,
    fromFields: fieldChildren.length > 0,
    unnamedChild: fields?.unnamedChild === true && children.size === 0,
    fieldChildren,
    fieldLines: fields?.lines ?? [],
  };

  function ageFound(name: string, at: number, number: string, unit: string | undefined): void {
    const n = /^\d+$/.test(number) ? Number(number) : NUMBER_WORDS[number.toLowerCase()] ?? Number.NaN;
    if (Number.isNaN(n)) return;
    const years = yearsOf(n, unit);
    // A care leaver of 18 to 25 is the young person the record is about, unless something says they are an adult.
    if (years >= 18 && years <= 25 && (youngAdults ??= leavingCare(text, lexicons)) && !adults.has(name)) addChild(name, at, { age: years }, false);
    else if (years >= 18) addAdult(name, undefined);
    else addChild(name, at, { age: years });
  }
}

/**
 * Whether one capital before an age in brackets, at `at` of the text, is a child ("R (14) with a group of six"): not
 * with a word after it ("R Smith (14)"), nor after a capitalised word, as in "OPTION C (3)", "Plan B (2)", "Room D (12)"
 * (a word with small letters after its capital is taken as the name, the initial as its surname, before this is asked).
 */
function loneInitial(text: string, at: number, after: string | undefined): boolean {
  if (after !== undefined) return false;
  let k = at;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k -= 1;
  // No space before it: the line starts with it, or a mark does ("(R (14))"); a letter cannot (see NAME_AGE_BRACKETS).
  if (k === at) return true;
  let start = k;
  while (start > 0 && /[\p{L}'\u2019-]/u.test(text[start - 1]!)) start -= 1;
  return start === k || !/^\p{Lu}/u.test(text.slice(start, k));
}

/** "you", "your", "yourself" as whole words, in any case. */
const SECOND_PERSON = /\b(?:you|your|yourself)\b/gi;

/**
 * How often the record says "you" or "your" outside quotes: a record written to its reader. The words are counted in
 * the text itself, leaving out those inside a quotation: the same count as over the text with each quotation
 * replaced by a space (as this once did), since a quotation starts and ends with a mark that, like the space, is
 * not a word character, so no word boundary outside it changes; and no allocation as long as the text is made.
 */
function secondPerson(text: string): number {
  const quoted = quotations(text);
  let count = 0;
  let q = 0;
  SECOND_PERSON.lastIndex = 0;
  for (let match = SECOND_PERSON.exec(text); match; match = SECOND_PERSON.exec(text)) {
    const at = match.index;
    while (q < quoted.length && quoted[q + 1]! < at) q += 2;
    if (q < quoted.length && quoted[q]! <= at) continue;
    count += 1;
  }
  return count;
}

const isOpening = (code: number) => code === 0x201c || code === 34;
const isClosingOrBreak = (code: number) => code === 0x201d || code === 34 || code === 10;

/**
 * The quotations of a text as pairs of offsets (the opening mark, the closing mark), in order: an opening mark, then
 * up to a closing mark on the same line, as `/[“"][^”"\n]*[”"]/g` finds them, in one pass: that pattern rescans a
 * line from every opening mark when no closing mark follows, which a pasted line of thousands of marks turns into
 * minutes. `stop` is the first closing mark or line break at or after the offset it was looked for from; it stays
 * the answer for every later offset up to itself, so each character is read once.
 */
function quotations(text: string): number[] {
  const found: number[] = [];
  let stop = -1;
  for (let i = 0; i < text.length; i++) {
    if (!isOpening(text.charCodeAt(i))) continue;
    if (stop < i + 1) {
      stop = i + 1;
      while (stop < text.length && !isClosingOrBreak(text.charCodeAt(stop))) stop += 1;
    }
    if (stop >= text.length || text.charCodeAt(stop) === 10) continue;
    found.push(i, stop);
    i = stop;
  }
  return found;
}

/** How many times a name is written as a whole word, counting to two. */
function occurrences(text: string, name: string): number {
  let count = 0;
  for (let at = text.indexOf(name); at >= 0 && count < 2; at = text.indexOf(name, at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + name.length);
    if (!isLetter(before) && !isLetter(after)) count += 1;
  }
  return count;
}

/** Whether a code unit is a letter (ASCII, or any from U+00C0 as names use them). */
function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0;
}

/** By name, the pattern `firstIndex` looks for it with (names repeat from record to record, a pattern is costly to make). */
const wholeNames = new Map<string, RegExp>();

/** The first place a name is written as a whole word, if it is. */
function firstIndex(text: string, name: string): number | undefined {
  let pattern = wholeNames.get(name);
  if (!pattern) {
    pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(name)}(?![\p{L}\p{N}])`, 'u');
    if (wholeNames.size > 20_000) wholeNames.clear();
    wholeNames.set(name, pattern);
  }
  // Neither global nor sticky: `exec` starts at 0 whatever the pattern's `lastIndex`, so a pattern can be reused.
  const match = pattern.exec(text);
  return match ? match.index : undefined;
}

/** Names in a child's-views heading: "Amira's views", "What Kai told me", "Views of Amira and Kai". */
function headingChildren(section: Section, usable: (name: string) => boolean): string[] {
  if (section.kind !== 'child-views' || !section.title) return [];
  const names = section.title.match(NAMES) ?? [];
  return names.map((n) => n.replace(/['\u2019]s$/u, '')).filter((n) => usable(n) && !/^(Views?|What|Wishes|Feelings|Voice|Words|Own|In|My|Your)$/.test(n));
}

const nameCache = new Map<string, boolean>();

/** Whether a capitalised word reads as a name rather than an ordinary word at the start of a sentence. */
function looksLikeName(word: string): boolean {
  let known = nameCache.get(word);
  if (known === undefined) {
    const doc = tagOneWord(word);
    known = doc.has('#Person') || (doc.has('#Noun') && !doc.has('#Pronoun') && !doc.has('#Date') && !doc.has('#Place') && !doc.has('#Organization'));
    if (nameCache.size > 20_000) nameCache.clear();
    nameCache.set(word, known);
  }
  return known;
}

/** Whether compromise knows a word as a person's first name ("Olivia"), not only as a noun ("Info"). */
function knownFirstName(word: string): boolean {
  return nameGender(word) !== undefined || tagOneWord(word).has('#FirstName');
}

const genderCache = new Map<string, Gender | undefined>();

/** A first name's usual gender from compromise's name lists, if it has one (cached per name). */
export function nameGender(name: string): Gender | undefined {
  if (genderCache.has(name)) return genderCache.get(name);
  const doc = tagOneWord(name);
  const gender: Gender | undefined = doc.has('#FemaleName') ? 'f' : doc.has('#MaleName') ? 'm' : undefined;
  if (genderCache.size > 20_000) genderCache.clear();
  genderCache.set(name, gender);
  return gender;
}

/** Initials, acronyms and words a single capital stands for that are never a child's initial ("I", "A"). */
const NOT_INITIALS = new Set(['I', 'A']);

/**
 * Logs shorten a child's name to its initial ("Kyle H (13)" then "K said ..."): a capital letter standing alone before
 * a lower-case word is the child whose name starts with it, when no other person's name does.
 */
function addInitials(text: string, children: Map<string, Child>, adults: Map<string, Gender | undefined>): void {
  if (children.size === 0) return;
  const byInitial = new Map<string, number>();
  for (const name of [...children.keys(), ...adults.keys()]) byInitial.set(name[0]!, (byInitial.get(name[0]!) ?? 0) + 1);
  for (const child of children.values()) {
    const initial = child.name[0]!;
    if (/^\p{Lu}\p{Ll}/u.test(child.name) && !NOT_INITIALS.has(initial) && byInitial.get(initial) === 1 && standsAlone(text, initial)) child.aliases.push(initial);
  }
}

/**
 * Whether a capital letter (A to Z) stands alone as a word before a space and a lower-case word ("K said"). Only the
 * initials of the record's children are looked for, each with `indexOf`, rather than every space of the text read.
 */
function standsAlone(text: string, initial: string): boolean {
  const code = initial.charCodeAt(0);
  if (code < 65 || code > 90) return false;
  const needle = `${initial} `;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text.charCodeAt(at - 1);
    const next = text.charCodeAt(at + 2);
    if (at >= 1 && (isLetter(before) || (before >= 48 && before <= 57) || before === 46 || before === 39 || before === 0x2019 || before === 45)) continue;
    if (next >= 97 && next <= 122) return true;
  }
  return false;
}

const labelCache = new WeakMap<CompiledLexicons, Set<string>>();
/** By lexicons, what each label read so far is (labels repeat from record to record: "Date", "Present", "Child"). */
const kindCache = new WeakMap<CompiledLexicons, Map<string, LabelKind>>();
/**
 * Labels of what a note, an email, a letter or a plan is about ("Re: Jaylen Brooks, 13", "About: Amelia Hartley, born
 * 14/09/2020"): a child's field only with a child's age.
 */
const SUBJECT_LABELS = new Set(['re', 'subject', 'regarding', 'concerning', 'about']);

/** How a header field's label reads: the record's child ("Child", "YP", "Name"), an adult by role ("Mother"), a date of birth. */
function labelKinds(lexicons: CompiledLexicons, roleWordSet: ReadonlySet<string>): (label: string) => LabelKind {
  let childLabels = labelCache.get(lexicons);
  if (!childLabels) {
    childLabels = new Set(lexicons.phrases.childFields.map(normalLabel));
    labelCache.set(lexicons, childLabels);
  }
  const labels = childLabels;
  let known = kindCache.get(lexicons);
  if (!known) {
    known = new Map();
    kindCache.set(lexicons, known);
  }
  const kinds = known;
  return (label) => {
    let kind = kinds.get(label);
    if (kind === undefined) {
      const norm = normalLabel(label);
      kind = kindOfLabel(norm, labels, roleWordSet);
      if (kinds.size > 5_000) kinds.clear();
      kinds.set(label, kind);
    }
    return kind;
  };
}

/** The kind of a label already in lower case: a child's field, a date of birth, what a note is about, an adult's role. */
function kindOfLabel(norm: string, childLabels: ReadonlySet<string>, roleWordSet: ReadonlySet<string>): LabelKind {
  if (childLabels.has(norm)) return 'child';
  if (/^(?:dob|d\.?o\.?b\.?|date of birth)$/.test(norm)) return 'dob';
  if (SUBJECT_LABELS.has(norm)) return 'subject';
  return norm.split(' ').every((word) => roleWordSet.has(word)) ? 'adult' : 'other';
}

/** A label in lower case, "(s)" and a trailing number dropped, slashes and hyphens read as spaces. */
export function normalLabel(label: string): string {
  return withoutNumber(
    label
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .replace(/\((?:s|ren|es)\)/g, '')
      .replace(/[/_\-]+/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

const SPACE = /\s/;

/**
 * A label without the number that ends it after a space ("child 2" -> "child"; "child2", "child 2 " kept): what
 * `.replace(/\s+\d+$/, '')` did, read from the end, as that pattern rescanned a run of spaces from each of its
 * starts (quadratic on a long one).
 */
function withoutNumber(label: string): string {
  let digits = label.length;
  while (digits > 0 && label.charCodeAt(digits - 1) >= 48 && label.charCodeAt(digits - 1) <= 57) digits--;
  if (digits === label.length) return label;
  let spaces = digits;
  while (spaces > 0 && SPACE.test(label[spaces - 1]!)) spaces--;
  return spaces === digits ? label : label.slice(0, spaces);
}

const leavingCacheByLexicons = new WeakMap<CompiledLexicons, RegExp>();

/** Whether the record speaks of leaving care (a pathway plan, a personal adviser): its young person may be over 18. */
function leavingCare(text: string, lexicons: CompiledLexicons): boolean {
  let pattern = leavingCacheByLexicons.get(lexicons);
  if (!pattern) {
    const phrases = lexicons.phrases.youngAdult.map((p) => escape(p).replace(/\s+/g, String.raw`[\s-]+`));
    pattern = new RegExp(String.raw`\b(?:${phrases.join('|')})\b`, 'i');
    leavingCacheByLexicons.set(lexicons, pattern);
  }
  return pattern.test(text);
}

const verbCache = new Map<string, boolean>();

/** Whether a capitalised word is plainly not a name: a verb, adverb or preposition starting a sentence ("Visited Leo (4)"). */
function notAName(word: string): boolean {
  let known = verbCache.get(word);
  if (known === undefined) {
    const doc = tagOneWord(word);
    known = !doc.has('#Person') && (doc.has('#Verb') || doc.has('#Adverb') || doc.has('#Preposition') || doc.has('#Conjunction') || doc.has('#Determiner'));
    if (verbCache.size > 20_000) verbCache.clear();
    verbCache.set(word, known);
  }
  return known;
}
