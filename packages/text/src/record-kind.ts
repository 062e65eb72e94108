import { lexiconById } from '@carelint/dictionaries';
import { PhraseMatcher } from './phrases.js';
import type { Sentence } from './tokens.js';

/**
 * Whether a text reads as a children's social care record. Care words ("placement", "contact", "respite",
 * "carers") are everyday English too: a school newsletter, a hospital leaflet or a garden blog uses them in
 * other senses. A care record shows itself by what only care records hold: the services and roles of the care
 * system, a child named with an age, parents called "Mum" and "Dad" as names. A text with none of that gets
 * almost no care-language findings.
 */
export interface RecordKind {
  /** True when the text shows signs of being a care record, or is too short to tell. */
  care: boolean;
  /** How many distinct signals were found. */
  signals: number;
  /** Written to someone as "you" (a letter to the child, "Dear Beth"), so "you" can replace a label for them. */
  addressed: boolean;
  /** The child's first name, when the record names one child in a header field ("Child: Kayden Rowe"). */
  child?: string;
}

/** The signal lists (dictionaries/data/record-kind.yaml), read once. */
const lexicon = (id: string): readonly string[] => lexiconById(id)?.phrases ?? [];

/** Multi-word signals: roles, services and processes found only in care records; each phrase found is one signal. */
const PHRASES = new PhraseMatcher<string>();
for (const phrase of lexicon('record-kind-phrases')) PHRASES.add(phrase, phrase);
/** Longer names of other services that hold a signal phrase ("education, health and care plan"): no signal. */
for (const phrase of lexicon('record-kind-not-signals')) PHRASES.add(phrase, '');

/** Single words that are signals on their own, as written: acronyms in capitals. */
const WORDS: ReadonlySet<string> = new Set(lexicon('record-kind-acronyms'));

/** "Mum", "Dad", "Nan" as names, as written with a capital. */
const PARENT_NAMES: ReadonlySet<string> = new Set(lexicon('record-kind-parent-names'));

/** Whether every single-word signal starts with a capital A–Z, so a word that does not needs no lookup. */
const CAPITALS_ONLY = [...WORDS, ...PARENT_NAMES].every((word) => /^[A-Z]/.test(word));

/** Words after "Mum" or "Dad" that show a general audience ("Mum or Dad", "Mum and Dad can…"), not a parent named. */
const GENERAL_FOLLOWERS: ReadonlySet<string> = new Set(['or', 'and', 's', 'mum', 'dad']);

/** Texts shorter than this are too short to tell; they are treated as care records (the tool's usual input). */
const MIN_WORDS = 120;

/** Reads the kind of text from its words: one pass over the tokens, a set lookup per word. */
export function readRecordKind(text: string, sentences: readonly Sentence[], documentType: string | undefined): RecordKind {
  const found = new Set<string>();
  const explained = new Set<string>();
  let words = 0;
  let you = 0;
  for (const sentence of sentences) {
    const tokens = sentence.tokens.filter((token) => token.kind === 'word');
    words += tokens.length;
    let phraseEnd = -1;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.norm === 'you' || token.norm === 'your') you++;
      if (documentType !== undefined) continue;
      const first = token.value.charCodeAt(0);
      const mayBeSignal = !CAPITALS_ONLY || (first >= 65 && first <= 90);
      // An acronym spelled out in brackets after it is another field's ("CP (cathodic protection)").
      if (mayBeSignal && WORDS.has(token.value)) {
        if (text.startsWith(' (', token.end)) explained.add(token.value);
        else if (!explained.has(token.value)) found.add(token.value);
      }
      else if (mayBeSignal && PARENT_NAMES.has(token.value)) {
        const next = tokens[i + 1];
        const previous = tokens[i - 1];
        // "Mum said", "Dad rang", "time with Mum": a parent called by the name the child uses.
        if ((next && /^[a-z]/.test(next.value) && !GENERAL_FOLLOWERS.has(next.norm)) || previous?.norm === 'with' || previous?.norm === 'to') found.add('parent-name');
      }
      // A phrase is looked for only after the end of the one before, so the signal inside another service's
      // name ("care plan" in "education, health and care plan") is not read on its own.
      if (i <= phraseEnd) continue;
      const match = PHRASES.matchAt(tokens, i);
      if (match) {
        phraseEnd = match.last;
        if (match.payloads[0]) found.add(match.payloads[0]);
      }
    }
  }
  const addressed = /^[^\w\r\n]*(dear|hello|hi) [A-Z]/im.test(text.slice(0, 400)) || (words > 0 && you / words > 0.03);
  const child = childName(text);
  const about = { addressed, ...(child === undefined ? {} : { child }) };
  // A caller who names the type of record ("visit", "plan", or "other" for a daily note or a chronology) is
  // running carelint on a care record.
  if (documentType !== undefined) return { care: true, signals: 0, ...about };
  // A child named with an age: "Kayla (9)", "Jayden, 14,", "aged 7".
  if (/\b[A-Z][a-z]+ \((?:aged? )?\d{1,2}(?: ?(?:years?|yrs|months?))?\)|\baged \d{1,2}\b|\bD\.?O\.?B\b|\bdate of birth\b/.test(text)) found.add('child-age');
  return { care: found.size >= 2 || (found.size === 1 && words < MIN_WORDS * 2) || words < MIN_WORDS, signals: found.size, ...about };
}

const CHILD_FIELD = /^[ \t*_>-]*(?:[Cc]hild|[Yy]oung [Pp]erson|YP|[Cc]hild's [Nn]ame|[Nn]ame of [Cc]hild|[Bb]aby|[Nn]ame)[*_]*\s*:[*_]*[ \t]*([A-Z][a-z'\u2019-]+)\b/gm;

/** The one child a header names ("Child: Kayden Rowe (9)", "YP: Kwame"); none when it names several or none. */
function childName(text: string): string | undefined {
  let name: string | undefined;
  for (const match of text.slice(0, 1500).matchAll(CHILD_FIELD)) {
    const found = match[1]!;
    if (name !== undefined && name !== found) return undefined;
    name = found;
  }
  return name;
}
