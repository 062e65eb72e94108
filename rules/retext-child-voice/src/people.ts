import type { Analysis, Section } from '@carelint/text';
import nlp from 'compromise';
import type { CompiledLexicons } from './lexicons.js';

export type Gender = 'f' | 'm';

/** A child of the record: named by the caller or found in the text. */
export interface Child {
  /** The name as written ("Amira", "Amira-Rose"); the key of the child. */
  name: string;
  /** Age in years (months as a fraction) when the text gives one. */
  age?: number;
  /** A baby or toddler (under three), by age or by "baby Leo". */
  baby: boolean;
  /** Where the name was first written, to point at it. */
  first?: { start: number; end: number };
  gender?: Gender;
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
  addressee?: string;
}

const NAME = String.raw`\p{Lu}\p{Ll}+(?:[-'\u2019]\p{Lu}\p{Ll}+)?`;
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
};
const AGE_NUMBER = String.raw`(\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const AGE_UNIT = String.raw`(years?|yrs?|y\/?o|months?|mths?|mos?|weeks?|wks?)`;
/** "Amira (7)", "Amira Khan (aged 7 years)", "Leo (14 months)". */
const NAME_AGE_BRACKETS = new RegExp(String.raw`(${NAME})(?:\s+(${NAME}))?\s*\(\s*(?:aged?\s*|now\s+)?${AGE_NUMBER}\s*${AGE_UNIT}?(?:\s*old)?\s*\)`, 'gu');
/** "Amira, aged 7", "Amira aged 7 months", "Amira, age 7". */
const NAME_AGED = new RegExp(String.raw`(${NAME}),?\s+aged?\s+${AGE_NUMBER}(?:\s*${AGE_UNIT})?`, 'gu');
/** "7-year-old Amira", "14 month old Leo". */
const AGE_OLD_NAME = new RegExp(String.raw`\b${AGE_NUMBER}[-\s](year|month|week)s?[-\s]old\s+(${NAME})`, 'gu');
/** "Amira is 7 years old". */
const NAME_IS_AGE = new RegExp(String.raw`(${NAME}) is (?:now )?${AGE_NUMBER} ${AGE_UNIT} old`, 'gu');
/** "Amira (DOB 12/03/2017)". */
const NAME_DOB = new RegExp(String.raw`(${NAME})(?:\s+${NAME})?\s*\(\s*(?:DOB|D\.O\.B\.?|d\.o\.b\.?|born)\b`, 'gu');
/** "Mr Jones", "Mrs Khan": adults. */
const TITLE_NAME = new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Rev|DS|DC|PC|DI|DCI|PCSO|Sgt|Insp)\.?\s+(${NAME})`, 'gu');
/** "Dear Millie," on a line of its own near the start of the record (after an address block, perhaps). */
const OPENING = new RegExp(String.raw`^[ \t]*(?:#+\s*)?(?:Dear|Hi|Hello)\s+(${NAME})`, 'mu');
/** How far into the record a letter's greeting may stand. */
const OPENING_WITHIN = 400;
/** "I visited Amira", "we spoke with Kai": the first name the writer met. */
const MET_NAME = new RegExp(String.raw`\b(?:I|we|We)\s+(?:visited|saw|met|met with|spoke with|spoke to|talked with|talked to|played with|spent time with)\s+(${NAME})\b(?!\s+\p{Lu})`, 'gu');
/** Kinds of record that are about a child whatever their text says. */
export const ABOUT_A_CHILD: ReadonlySet<string> = new Set(['visit', 'assessment', 'review', 'letter', 'plan']);
/** Letters to a parent, not to the child. */
const PARENT_READER = /\byour (?:son|daughter|child|children|baby(?! (?:brother|sister))|kids|little one|boys|girls)\b/i;
/** "I visited you", "I came to see you": a record written to the child. */
const TO_YOU = /\b(?:I|we)\s+(?:visited|saw|met|came to see|went to see|spent time with|spoke with|spoke to|talked with|played with)\s+you\b/i;

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
]);

/** Finds the children (caller's names first) and the adults of a record. */
export function findPeople(analysis: Analysis, lexicons: CompiledLexicons, callerNames: readonly string[], documentType: string | undefined): People {
  const { text } = analysis;
  const children = new Map<string, Child>();
  const adults = new Map<string, Gender | undefined>();
  const roles = roleWords(lexicons);
  const isRole = (word: string) => roles.all.has(word.toLowerCase());
  const usable = (name: string) => !NOT_NAMES.has(name) && !isRole(name);

  const addChild = (name: string, at: number | undefined, facts: { age?: number; baby?: boolean } = {}, strong = true) => {
    if (!usable(name)) return;
    if (!strong && adults.has(name)) return;
    adults.delete(name);
    const known = children.get(name);
    const child: Child = known ?? { name, baby: false };
    if (facts.age !== undefined && child.age === undefined) child.age = facts.age;
    if (facts.baby || (child.age !== undefined && child.age < 3)) child.baby = true;
    if (at !== undefined && (!child.first || at < child.first.start)) child.first = { start: at, end: at + name.length };
    children.set(name, child);
  };
  const addAdult = (name: string, gender: Gender | undefined) => {
    if (!usable(name) || callerNames.includes(name)) return;
    if (children.has(name)) return;
    adults.set(name, gender ?? adults.get(name));
  };

  for (const name of callerNames) if (name.trim()) addChild(name.trim(), firstIndex(text, name.trim()));

  // Adults first: a name written with a role or a title, or with an adult's age, is not a child's.
  const has = (pattern: RegExp) => pattern.test(text);
  if (has(/\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Rev|DS|DC|PC|DI|DCI|PCSO|Sgt|Insp)\b/)) for (const match of text.matchAll(TITLE_NAME)) addAdult(match[1]!, undefined);
  for (const match of text.matchAll(roles.nameThenRole)) {
    addAdult(match[1]!, roles.gender(match[3]!));
    if (match[2]) addAdult(match[2], roles.gender(match[3]!));
  }
  for (const match of text.matchAll(roles.roleThenName)) {
    if (match[1]) addAdult(match[2]!, roles.gender(match[1]));
    else for (const name of match[4]!.match(new RegExp(NAME, 'gu')) ?? []) addAdult(name, roles.gender(match[3]!));
  }

  const brackets = text.includes('(');
  const aged = has(/\bage/i);
  const old = text.includes('old');
  if (brackets) for (const match of text.matchAll(NAME_AGE_BRACKETS)) {
    const [, first, second, number, unit] = match;
    const name = second && (NOT_NAMES.has(first!) || isRole(first!)) ? second : first!;
    const at = match.index + (name === first ? 0 : match[0].indexOf(second!));
    ageFound(name, at, number!, unit);
  }
  if (aged) for (const match of text.matchAll(NAME_AGED)) ageFound(match[1]!, match.index, match[2]!, match[3]);
  if (old) for (const match of text.matchAll(AGE_OLD_NAME)) ageFound(match[3]!, match.index + match[0].lastIndexOf(match[3]!), match[1]!, match[2]);
  if (old) for (const match of text.matchAll(NAME_IS_AGE)) ageFound(match[1]!, match.index, match[2]!, match[3]);
  if (brackets) for (const match of text.matchAll(NAME_DOB)) addChild(match[1]!, match.index);
  for (const match of text.matchAll(roles.relationName)) {
    const name = match[2]!;
    addChild(name, match.index + match[0].lastIndexOf(name), { baby: /baby/i.test(match[1]!) }, false);
  }
  for (const match of text.matchAll(roles.groupList)) {
    const list = match[1]!.replace(/\([^)]*\)/g, ' ');
    let offset = match.index + match[0].indexOf(match[1]!);
    for (const name of list.match(new RegExp(NAME, 'gu')) ?? []) {
      const at = text.indexOf(name, offset);
      addChild(name, at >= 0 ? at : undefined, {}, false);
      if (at >= 0) offset = at + name.length;
    }
  }
  for (const section of analysis.sections) {
    for (const name of headingChildren(section, usable)) addChild(name, section.heading?.start, {}, false);
  }
  for (const match of text.matchAll(roles.childContext)) addChild(match[1]!, match.index, {}, false);

  // A letter: "Dear Millie" to a child (not to a parent or a professional).
  const found = OPENING.exec(text);
  const opening = found && found.index <= OPENING_WITHIN ? found : null;
  const parentReader = PARENT_READER.test(text);
  let letter = false;
  let addressee: string | undefined;
  if (opening && !parentReader) {
    const name = opening[1]!;
    const toAnother = callerNames.length > 0 && !callerNames.includes(name);
    if (usable(name) && !adults.has(name) && !toAnother) {
      letter = true;
      addressee = name;
      addChild(name, opening.index + opening[0].lastIndexOf(name), {}, false);
    }
  }
  if (!letter && documentType === 'letter' && !parentReader && !opening) letter = true;

  // With no child named anywhere, fall back on how records name people: adults by role ("Mum", "the teacher",
  // "Sally, maternal Nan"), children by name. In a record the caller says is about a child, the named person the
  // writer visited or talked with is a child.
  if (children.size === 0 && documentType !== undefined && ABOUT_A_CHILD.has(documentType)) {
    for (const match of text.matchAll(MET_NAME)) {
      const name = match[1]!;
      if (!adults.has(name) && looksLikeName(name)) addChild(name, match.index + match[0].lastIndexOf(name), {}, false);
    }
  }
  if (children.size === 0) {
    // A name that speaks or wants is the child's, but only when one name does: with several ("Gemma said ... Dean
    // told me ... Tyler loves"), which is the child is anyone's guess.
    const speakers = new Map<string, number>();
    for (const match of text.matchAll(roles.speaker)) {
      const name = match[1]!;
      // "Sarah Green said": a surname is not a first name.
      const surname = /\p{Lu}\p{Ll}*\s+$/u.test(text.slice(Math.max(0, match.index - 20), match.index));
      if (!adults.has(name) && !surname && usable(name) && looksLikeName(name) && !speakers.has(name)) speakers.set(name, match.index);
    }
    if (speakers.size === 1) for (const [name, at] of speakers) addChild(name, at, {}, false);
  } else {
    // With the children known, another name that speaks ("Gemma said", "Dean told me") is an adult's.
    for (const match of text.matchAll(roles.speaker)) {
      const name = match[1]!;
      if (!children.has(name) && !adults.has(name) && usable(name) && looksLikeName(name)) addAdult(name, undefined);
    }
  }

  const toSomeoneElse = opening !== null && !letter;
  const writtenToChild = letter || (!parentReader && !toSomeoneElse && (TO_YOU.test(text) || (children.size === 1 && secondPerson(text) >= 4)));
  if (writtenToChild && !addressee && children.size === 1) addressee = [...children.keys()][0];

  for (const child of children.values()) {
    if (child.first === undefined) {
      const at = firstIndex(text, child.name);
      if (at !== undefined) child.first = { start: at, end: at + child.name.length };
    }
  }
  return { children, adults, letter, writtenToChild, ...(addressee ? { addressee } : {}) };

  function ageFound(name: string, at: number, number: string, unit: string | undefined): void {
    const n = /^\d+$/.test(number) ? Number(number) : NUMBER_WORDS[number.toLowerCase()] ?? Number.NaN;
    if (Number.isNaN(n)) return;
    const u = (unit ?? 'years').toLowerCase();
    const years = /^(m|mth|mo)/.test(u) ? n / 12 : /^w/.test(u) ? n / 52 : n;
    if (years >= 18) addAdult(name, undefined);
    else addChild(name, at, { age: years });
  }
}

/** How often the record says "you" or "your" outside quotes: a record written to its reader. */
function secondPerson(text: string): number {
  const outside = text.replace(/[\u201c"][^\u201d"\n]*[\u201d"]/g, ' ');
  return outside.match(/\b(?:you|your|yourself)\b/gi)?.length ?? 0;
}

/** The first place a name is written as a whole word, if it is. */
function firstIndex(text: string, name: string): number | undefined {
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(name)}(?![\p{L}\p{N}])`, 'u');
  const match = pattern.exec(text);
  return match ? match.index : undefined;
}

/** Names in a child's-views heading: "Amira's views", "What Kai told me", "Views of Amira and Kai". */
function headingChildren(section: Section, usable: (name: string) => boolean): string[] {
  if (section.kind !== 'child-views' || !section.title) return [];
  const names = section.title.match(new RegExp(NAME, 'gu')) ?? [];
  return names.map((n) => n.replace(/['\u2019]s$/u, '')).filter((n) => usable(n) && !/^(Views?|What|Wishes|Feelings|Voice|Words|Own|In|My|Your)$/.test(n));
}

interface RoleWords {
  all: Set<string>;
  gender(role: string): Gender | undefined;
  nameThenRole: RegExp;
  roleThenName: RegExp;
  relationName: RegExp;
  speaker: RegExp;
  groupList: RegExp;
  childContext: RegExp;
}

const roleCache = new WeakMap<CompiledLexicons, RoleWords>();

/** Regular expressions over the text built from the lexicons, once per plugin instance. */
function roleWords(lexicons: CompiledLexicons): RoleWords {
  const cached = roleCache.get(lexicons);
  if (cached) return cached;
  const female = lexicons.phrases.adultFemale;
  const male = lexicons.phrases.adultMale;
  const people = lexicons.phrases.adultPeople;
  const allRoles = [...female, ...male, ...people, ...lexicons.phrases.agencies];
  const all = new Set(allRoles.flatMap((p) => p.toLowerCase().split(/\s+/)));
  const alternation = (phrases: readonly string[]) =>
    [...phrases].sort((a, b) => b.length - a.length).map(caseless).join('|');
  const roles = alternation(allRoles);
  const determiner = String.raw`(?:[Hh]er|[Hh]is|[Tt]heir|[Yy]our|[Mm]y|${NAME}['\u2019]s)`;
  const modifier = String.raw`(?:(?:[Mm]aternal|[Pp]aternal|[Tt]he|${determiner})\s+)`;
  const words: RoleWords = {
    all,
    gender(role: string) {
      const r = role.toLowerCase().replace(/[\s-]+/g, ' ');
      if (female.some((p) => p.toLowerCase() === r)) return 'f';
      if (male.some((p) => p.toLowerCase() === r)) return 'm';
      return undefined;
    },
    // "Sarah (Mum)", "Sarah Jones (maternal grandmother)", "Sally, maternal Nan", "Mark, Amira's dad".
    nameThenRole: new RegExp(String.raw`(${NAME})(?:\s+(${NAME}))?\s*(?:\(\s*${modifier}?|,\s*${modifier})(${roles})\b`, 'gu'),
    // "Mum (Sarah)", "his mum, Chloe", "Gemma's partner Dean".
    roleThenName: new RegExp(
      String.raw`(?:\b(${roles})\s*\(\s*(${NAME})(?:\s+${NAME})?\s*\)|${determiner}\s+(${roles}),?\s+(${NAME}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)${NAME})*))`,
      'gu',
    ),
    // "Olivia said", "Jake told me", "Kai would like": a name as the subject of a speech or view verb.
    speaker: new RegExp(
      String.raw`(?<![\p{L}'\u2019])(${NAME})\s+(?:(?:also|then|later|clearly|has|had|did|does|would|could|will|can|always|often|sometimes|still|just|really|quietly|happily)\s+){0,2}(?:${alternation([...lexicons.phrases.speech, ...lexicons.phrases.view])})\b`,
      'gu',
    ),
    // "her son Kai", "Mum's daughter, Amira", "baby Leo".
    relationName: new RegExp(
      String.raw`(?:\b(?:[Hh]er|[Hh]is|[Tt]heir|[Yy]our|${NAME}['\u2019]s)\s+(?:(?:little|new|older|younger|baby)\s+)?|\b)((?:${alternation(lexicons.phrases.childRelations)}))\s*,?\s+(${NAME})\b`,
      'gu',
    ),
    // "the children, Amira (7) and Kai (4)", "siblings Amira and Kai".
    groupList: new RegExp(
      String.raw`\b(?:${alternation(lexicons.phrases.groupWords)})\s*[,(:\u2013\u2014-]?\s*((?:${NAME}(?:\s*\([^)]{1,24}\))?\s*(?:,\s*|\s+and\s+|\s*&\s*))+${NAME})`,
      'gu',
    ),
    // "Jake's school", "Jake's mum".
    childContext: new RegExp(String.raw`(${NAME})['\u2019]s\s+(?:(?:new|old|little|own)\s+)?(?:${alternation(lexicons.phrases.childContext)})\b`, 'gu'),
  };
  roleCache.set(lexicons, words);
  return words;
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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const nameCache = new Map<string, boolean>();

/** Whether a capitalised word reads as a name rather than an ordinary word at the start of a sentence. */
function looksLikeName(word: string): boolean {
  let known = nameCache.get(word);
  if (known === undefined) {
    const doc = nlp(word);
    known = doc.has('#Person') || (doc.has('#Noun') && !doc.has('#Pronoun') && !doc.has('#Date') && !doc.has('#Place') && !doc.has('#Organization'));
    if (nameCache.size > 500) nameCache.clear();
    nameCache.set(word, known);
  }
  return known;
}

const genderCache = new Map<string, Gender | undefined>();

/** A first name's usual gender from compromise's name lists, if it has one (cached per name). */
export function nameGender(name: string): Gender | undefined {
  if (genderCache.has(name)) return genderCache.get(name);
  const doc = nlp(name);
  const gender: Gender | undefined = doc.has('#FemaleName') ? 'f' : doc.has('#MaleName') ? 'm' : undefined;
  if (genderCache.size > 500) genderCache.clear();
  genderCache.set(name, gender);
  return gender;
}
