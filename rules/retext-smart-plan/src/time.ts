import type { PhraseMatch, Token } from '@carelint/text';
import type { Signals, TimeKind, VagueKind } from './signals.js';
import { isWord } from './tokens.js';
import { TRIGGERS, WHETHER_BEFORE_IF } from './words.js';

/** How an action says when: a date or deadline, a frequency, a standing rule, or a trigger ("If Mum drinks"). */
export type WhenKind = TimeKind | 'trigger';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)';
// With the short forms a log uses: "in 2 wks", "within 3 mths", "48 hrs".
const UNIT = '(?:working\\s+|school\\s+)?(?:days?|weeks?|wks?|fortnights?|months?|mths?|hours?|hrs?|terms?)';

/** Dates, deadlines and times of day, found by pattern: "14 March", "14/03/2025", "by May", "8pm", "within 4 weeks". */
const DATE_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'i'),
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'i'),
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/,
  // "by 19/01", "on 07/03": a day and month without the year.
  /\b\d{1,2}\/\d{1,2}\b/,
  // "at that visit", "at the next session", "after each meeting": a time tied to a meeting everyone knows.
  /\b(?:at|during|in|after|before|by)\s+(?:the\s+date\s+of\s+)?(?:that|this|the|each|every|his|her|their|the next|the same|his next|her next|their next|next)\s+(?:\w+\s+)?(?:visit|session|meeting|appointment|review|conference|contact|hearing|panel)\b/i,
  /\bnext\s+(?:session|visit|meeting|appointment|contact|panel|hearing)\b/i,
  /\b\d{4}-\d{2}-\d{2}\b/,
  /\b(?:by|in|until|before|after|from|during|of|early|late|mid)\s+May\b/,
  // "May panel", "the October review": a month's meeting, the month with its capital (the modal "may" is never
  // before one).
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\s+(?:[Pp]anel|[Rr]eview|[Mm]eeting|[Cc]onference|[Hh]earing|half[- ]term)\b/,
  // "May 2026", "Sept 2025": a month and its year ("may" the modal is never followed by a year).
  new RegExp(`\\b${MONTH}\\s+(?:19|20)\\d{2}\\b`, 'i'),
  /\b(?:by|in|until|before|during)\s+(?:the\s+end\s+of\s+)?20\d\d\b/i,
  /\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b/i,
  /\b\d{1,2}:\d{2}\b/,
  // "at 9.15", "by 10.30": a time written with a dot after a word that sets it (a bare "2.50" may be money).
  /\b(?:at|by|from|until|till|before|after)\s+\d{1,2}\.\d{2}\b/i,
  // "at the start of Thursday's session", "before next week's review": a day or a week named as whose; not what is
  // talked about ("about Friday's trip").
  /(?<!\b(?:about|re|regarding|concerning) )\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|next (?:week|month|term))['\u2019]s\b/i,
  // The short forms of days in notes: "Thurs", "Weds 4pm", "Sat"; not "Sun" ("Sun cream"), nor "sat" in lower case.
  /\b(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat)\b/,
  /\b(?:tues|weds|thurs)\b/i,
  /\b(?:noon|midday|midnight)\b/i,
  // "within 4 weeks", "in 72hrs" (a log writes the unit against the number).
  new RegExp(`\\b(?:within|in|for|over|after)\\s+(?:the\\s+next\\s+|the\\s+first\\s+)?(?:\\d+\\s*|${NUMBER}\\s+)${UNIT}\\b`, 'i'),
  // "at the six-month point", "by the 12-week review": a point a set time into a plan or an order.
  new RegExp(`\\b(?:at|by|after|before)\\s+the\\s+(?:\\d+|${NUMBER})[- ](?:week|month|year)\\s+(?:point|mark|review|stage)\\b`, 'i'),
];

/** Frequencies found by pattern: "three times a week", "every 2 weeks", "4 nights a week". */
const FREQUENCY_PATTERNS: readonly RegExp[] = [
  /\b(?:once|twice|\d+\s+times|(?:one|two|three|four|five|six|seven)\s+times)\s+(?:a|per|each|every)\s+(?:day|week|fortnight|month|term|night|evening|morning|weekend)\b/i,
  new RegExp(`\\bevery\\s+(?:other\\s+|second\\s+)?${NUMBER}\\s+${UNIT}\\b`, 'i'),
  new RegExp(`\\b${NUMBER}\\s+(?:days?|nights?|evenings?|mornings?|afternoons?)\\s+(?:a|per|each)\\s+(?:week|fortnight|month)\\b`, 'i'),
  // "every school morning", "every other Saturday", "every school holiday".
  /\bevery\s+(?:other\s+|second\s+)?(?:school\s+|working\s+)?(?:day|night|morning|afternoon|evening|week|weekend|fortnight|month|term|holiday|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/i,
  // "all core group meetings", "each session": every one of a series.
  /\b(?:all|every|each)\s+(?:[a-z]+\s+){0,2}(?:meetings|sessions|appointments|visits|reviews|conferences|stays|session|meeting|appointment|visit|review|conference|stay)\b/i,
  // "£60 a week", "15 hours a week", "two overnight stays a month", "two nights of respite a year".
  new RegExp(`(?:£\\d+(?:\\.\\d{2})?|\\b${NUMBER}\\s+(?:[a-z]+\\s+){0,2}(?:[a-z]+s|hour|minute|session|night|visit|call))(?:\\s+of\\s+[a-z]+)?\\s+(?:a|per|each)\\s+(?:day|week|fortnight|month|term|year)\\b`, 'i'),
  // "Mon–Thu", "Monday to Friday": a run of days that comes round every week.
  /\b(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\s*(?:-|\u2013|to)\s*(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?s?\b/i,
  // "on Saturdays", "Saturday mornings": a day that comes round every week.
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:mornings|afternoons|evenings|nights)\b/i,
];

/**
 * The ways an action says when, from its tokens and text. Vague matches are passed so "if needed" is no trigger;
 * the time phrases of the tokens may be passed when the caller has them already.
 */
export function whenKinds(
  tokens: readonly Token[],
  text: string,
  signals: Signals,
  vague: ReadonlyArray<PhraseMatch<VagueKind>>,
  time: ReadonlyArray<PhraseMatch<TimeKind>> = signals.time.matchAll(tokens),
): Set<WhenKind> {
  const kinds = new Set<WhenKind>();
  for (const match of time) for (const kind of match.payloads) kinds.add(kind);
  if (DATE_PATTERNS.some((pattern) => pattern.test(text))) kinds.add('date');
  if (FREQUENCY_PATTERNS.some((pattern) => pattern.test(text))) kinds.add('frequency');
  if (hasTrigger(tokens, vague)) kinds.add('trigger');
  return kinds;
}

/** Whether the action is tied to an event: "If Mum has been drinking", "when Billy asks", "as soon as Dad arrives". */
function hasTrigger(tokens: readonly Token[], vague: ReadonlyArray<PhraseMatch<VagueKind>>): boolean {
  const inVague = (i: number) => vague.some((match) => i >= match.first && i <= match.last);
  let firstWord = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!isWord(token)) continue;
    const atStart = firstWord;
    firstWord = false;
    if (inVague(i)) continue;
    const word = token.norm;
    if (word === 'as' && tokens[i + 1]?.norm === 'soon' && tokens[i + 2]?.norm === 'as') return true;
    // "before your birthday", "after the meeting": a time tied to an event (not "look after", nor "what happened
    // before," where the word ends its clause).
    if ((word === 'before' || (word === 'after' && !/^look/.test(previousWord(tokens, i) ?? ''))) && isWord(tokens[i + 1])) return true;
    if (!TRIGGERS.has(word)) continue;
    if (word === 'should' && !atStart) continue;
    if (word === 'if' && WHETHER_BEFORE_IF.has(previousWord(tokens, i) ?? '')) continue;
    if (nextWord(tokens, i) === undefined) continue;
    return true;
  }
  return false;
}

function previousWord(tokens: readonly Token[], i: number): string | undefined {
  for (let k = i - 1; k >= 0; k--) if (isWord(tokens[k])) return tokens[k]!.norm;
  return undefined;
}

function nextWord(tokens: readonly Token[], i: number): string | undefined {
  for (let k = i + 1; k < tokens.length; k++) if (isWord(tokens[k])) return tokens[k]!.norm;
  return undefined;
}

/** Whether a vague qualifier is answered elsewhere in the same action ("regularly, at least twice a week"). */
export function isAnswered(kind: VagueKind, when: ReadonlySet<WhenKind>): boolean {
  if (kind === 'frequency') return when.has('frequency');
  if (kind === 'deadline' || kind === 'duration') return when.has('date');
  return false;
}
