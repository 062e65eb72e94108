import type { Token } from '@carelint/text';
import nlp from 'compromise';
import { startsUpper } from './tokens.js';

/** The parts of compromise's model read here: each word's lexicon tags, and the words it reads two ways. */
interface Model {
  one: { lexicon: Record<string, string | string[]> };
  two: {
    switches: Record<string, string>;
    neighbours: { rightWords: Array<[string, string]>; rightTags: Array<[string, string]> };
    matches: Array<{ match: string; tag?: string | string[]; unTag?: string }>;
    placeWords: Record<string, boolean>;
    orgWords: Record<string, boolean>;
  };
}

/**
 * Lexicon tags no rule of compromise's tagger turns into a verb at the start of a phrase: names, people, titles,
 * days and grammar words. (Adjectives, nouns and verbs can become verbs there: "Special the ...", "Contact Mum".)
 */
const NEVER_VERB = new Set([
  'FirstName', 'MaleName', 'FemaleName', 'Person', 'Actor', 'Honorific', 'Determiner', 'Possessive', 'Pronoun',
  'QuestionWord', 'Conjunction', 'Preposition', 'WeekDay', 'Date', 'TextValue', 'Cardinal',
]);
/** Tags of words whose plural can be a verb (compromise's "studies a lot": "Fridays a lot", "Citizens a lot"). */
const PLURAL_VERB = new Set(['WeekDay', 'Actor', 'TextValue', 'Cardinal']);
/** Words compromise reads two ways that stay names or nouns there ("Holly", "Jordan"); not "Sue" (Person|Verb). */
const NAME_SWITCHES = new Set(['Person|Noun', 'Person|Place']);
/** Other words compromise never reads as verbs there: "There" is a noun to it, or its own tag 'There'. */
const NOT_VERBS = new Set(['there']);
/** Grammar words compromise can still read as verbs: particles ("Out has ...") and verb prefixes ("de", "re"). */
const EXCEPT = new Set(['out', 'up', 'down', 'off', 'over', 'under', 'through', 'thru', 'along', 'across', 'back', 'away', 'co', 'mis', 'de', 'inter', 'intra', 'pre', 're', 'un', 'counter']);
const VERB_TAG = /Verb|Infinitive|Imperative|Tense|Gerund|Modal|Copula|Auxiliary|Participle/;

const model = nlp.model() as Model;
/** Per word, not per phrase: what the lexicon says about a word does not change with the record. */
const lexiconCache = new Map<string, boolean>();
/** compromise's multi-word entries by first word: the words that can follow it, and whether one is a verb. */
let multiWord: Map<string, { seconds: Set<string>; verb: boolean }> | undefined;

function multiWordEntries(): Map<string, { seconds: Set<string>; verb: boolean }> {
  if (multiWord) return multiWord;
  multiWord = new Map();
  for (const [phrase, tags] of Object.entries(model.one.lexicon)) {
    const words = phrase.split(' ');
    if (words.length < 2) continue;
    let entry = multiWord.get(words[0]!);
    if (!entry) multiWord.set(words[0]!, (entry = { seconds: new Set(), verb: false }));
    entry.seconds.add(words[1]!);
    entry.verb ||= (Array.isArray(tags) ? tags : [tags]).some((tag) => VERB_TAG.test(tag));
  }
  return multiWord;
}

/** First words of compromise's multi-word verbs ("rose up", "max out"): the word alone may say nothing of them. */
function startsPhrasalVerb(word: string): boolean {
  return multiWordEntries().get(word)?.verb ?? false;
}

/** Whether compromise's lexicon reads the word only as a name, a person or a grammar word. */
function neverVerb(word: string): boolean {
  let found = lexiconCache.get(word);
  if (found === undefined) {
    found = readsNeverVerb(word);
    lexiconCache.set(word, found);
  }
  return found;
}

/** compromise's lexicon tags for a word, or undefined when its lexicon does not hold the word. */
function tagsOf(word: string): readonly string[] | undefined {
  if (!Object.hasOwn(model.one.lexicon, word)) return undefined;
  const entry = model.one.lexicon[word]!;
  return Array.isArray(entry) ? entry : [entry];
}

function readsNeverVerb(word: string): boolean {
  if (NOT_VERBS.has(word)) return true;
  const tags = tagsOf(word);
  if (tags === undefined || EXCEPT.has(word) || startsPhrasalVerb(word)) return false;
  const plural = word.endsWith('s');
  if (Object.hasOwn(model.two.switches, word)) {
    // "Holly", "Jordan": a name or a noun, never a verb; but not "Sue", "Grace" (a name or a verb), nor "Banks".
    return NAME_SWITCHES.has(model.two.switches[word]!) && !plural && tags.every((tag) => NEVER_VERB.has(tag) || tag === 'Noun');
  }
  if (plural && tags.some((tag) => PLURAL_VERB.has(tag))) return false;
  return tags.every((tag) => NEVER_VERB.has(tag) || (tag === 'Abbreviation' && tags.includes('Honorific')));
}

/** Whether compromise knows the word as a name that is also another word ("Grace", "Sue", "Holly", "June"). */
function twoWayName(word: string): boolean {
  return Object.hasOwn(model.two.switches, word) && model.two.switches[word]!.startsWith('Person|');
}

/**
 * Whether a word may be a person's first name by compromise's lexicon: one it holds as a name ("Paul", "Grace",
 * "Holly") or one it does not hold at all ("Marek"); not a word it knows as something else ("Contact", "Smoking").
 */
export function mayBeName(word: string): boolean {
  if (!known(word)) return true;
  if (twoWayName(word)) return true;
  const tags = tagsOf(word);
  return tags !== undefined && tags.every((tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName' || tag === 'Person');
}

/**
 * Endings of nouns the lexicon does not hold, which no first name has ("Recommendations", "Arrangements",
 * "Relationships", "Feelings"): compromise guesses these from the ending too.
 */
const NOUN_ENDING = /(?:tions?|sions?|ments?|ness|ities|ity|ances?|ences?|ings|ships?|isms?)$/;

/**
 * Whether a word is a plural or an abstract noun, never a first name: one the lexicon holds as a plural
 * ("Referrals", "Benefits") or one with a noun's ending ("Recommendations"). A singular noun may still be a
 * name ("Deacon", "Hunter", "Summer").
 */
export function pluralOrAbstractNoun(word: string): boolean {
  if (twoWayName(word)) return false;
  return NOUN_ENDING.test(word) || (tagsOf(word)?.includes('Plural') ?? false);
}

/** "Ellie-Mae", "Lacey-Jo": a double first name whose first part compromise's lexicon holds as a name only. */
function doubleName(written: string, first: string): boolean {
  const tags = tagsOf(first);
  if (!/^[A-Z][a-z]+-[A-Z][a-z]+$/.test(written) || tags === undefined || Object.hasOwn(model.two.switches, first)) return false;
  return tags.every((tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName');
}

/** Whether compromise's lexicon holds the word at all (an all-capitals word it does not know is an acronym to it). */
function known(word: string): boolean {
  return Object.hasOwn(model.one.lexicon, word) || Object.hasOwn(model.two.switches, word) || startsPhrasalVerb(word);
}

/**
 * Words after which compromise guesses that a word it does not know is not a noun ("Liaise him", "Dawit it's").
 * Undefined when a guess from the next word's tags could be anything but a noun: then no unknown word is judged.
 */
const notNounBefore: Set<string> | undefined = model.two.neighbours.rightTags.every(([, tag]) => tag === 'Noun')
  ? new Set(model.two.neighbours.rightWords.filter(([, tag]) => tag !== 'Noun' && tag !== 'Person').map(([word]) => word))
  : undefined;
const plainCache = new Map<string, boolean>();

/**
 * Whether compromise, not knowing a word, makes nothing of its letters either ("Agnieszka", "Dawit"; not
 * "Kirsty" or "Precious", which it reads as adjectives by their endings): alone, it is a singular noun.
 */
function plainUnknown(value: string): boolean {
  let found = plainCache.get(value);
  if (found === undefined) {
    const [sentence] = nlp(value).json({ terms: { offset: true } }) as Array<{ terms: Array<{ tags: string[] }> }>;
    const tags = sentence?.terms.length === 1 ? sentence.terms[0]!.tags : [];
    found = tags.length === 2 && tags.includes('Noun') && tags.includes('Singular');
    plainCache.set(value, found);
  }
  return found;
}

/** A word up to its first apostrophe ("don't" -> "don"); a loop-free cut, as words hold no line breaks. */
function beforeApostrophe(word: string): string {
  const at = word.indexOf("'");
  return at < 0 ? word : word.slice(0, at);
}

/** Whether compromise reads a word it does not know as a noun here: it guesses from the next word only. */
function unknownNoun(value: string, next: string | undefined): boolean {
  if (notNounBefore === undefined || !/^[a-z]+$/.test(value.toLowerCase())) return false;
  if (next !== undefined && notNounBefore.has(beforeApostrophe(next))) return false;
  return plainUnknown(value);
}

/**
 * Whether compromise would certainly not tag the first word of a phrase (its tokens and text) as a verb, judged
 * from the word and the one after it: a number or date ("20/12/2025", "Two"), an acronym it does not know
 * ("TAF"), a word its lexicon reads only as a name, a person or a grammar word ("The", "When", "Ellie", "Mum"),
 * "There", the possessive of one or of any name ("Grace's"), a double name ("Ellie-Mae"), or a word it does not
 * know and reads as a plain noun ("Agnieszka", unless "him" or "it" follows) or the possessive of one ("Dawit's"),
 * or a word it reads two ways before a past tense or a modal ("Staff told", "Grace was", "Sue will"). Tagging a
 * phrase is the costliest step of the rule, and most openings it is asked about are such words; the others
 * ("Contact", "Keep", "Sue the", "Special") are still tagged.
 *
 * Checked against compromise 14.17 itself: every such word of its lexicon, such possessives, numbers and
 * acronyms, and over a thousand words it does not know, each before about a hundred continuations. Two things
 * make the tagger read a noun as a verb and are left to it: "me" next ("Ellie me", compromise's "kills me"
 * rule) and a word joined to what follows ("Mum/Dad").
 */
export function surelyNotVerb(tokens: readonly Token[], phrase: string): boolean {
  const first = tokens[0];
  const next = nextWord(tokens);
  if (first === undefined || first.kind !== 'word' || next === 'me') return false;
  // The first word as compromise sees it: up to a space ("08/01/2025", "Ellie-Mae", "Ellie,").
  const written = /^\S*/.exec(phrase)![0];
  if (/^\d[\d/.:,-]*$/.test(written)) return true;
  if (written !== first.value && !/^[,.;:]$/.test(written.slice(first.value.length))) return doubleName(written, first.norm) || NON_WORD.test(written);
  if (/^[A-Z]{2,5}$/.test(first.value)) return !known(first.norm);
  // Only "ellie" or "Ellie", as checked: compromise may read "ELLIE" or "McKay" by their letters instead.
  const rest = first.value.slice(1);
  if (rest !== rest.toLowerCase()) return false;
  const word = first.norm;
  if (!/^[a-z]+(?:'s)?$/.test(word)) return false;
  if (word === 'please') return lowerWordApart(tokens, phrase);
  if (!word.endsWith("'s")) {
    return known(word) ? neverVerb(word) || nounBeforeVerb(word, tokens, phrase) || adjectiveBeforeNoun(word, tokens, phrase) || nounBeforeOf(word, tokens, phrase) : unknownNoun(first.value, next);
  }
  // "Mum's", "Grace's", "Dawit's"; not "Let's go", and not "Stop's" or "Prioritise's", which compromise may read as verbs.
  const base = word.slice(0, -2);
  return neverVerb(base) || twoWayName(base) || (!known(base) && plainUnknown(first.value.slice(0, -2)));
}

/**
 * "Non-engagement", "non-attendance": compromise reads "non" before a hyphen as a negative, never as a verb. Checked
 * against compromise 14.17: "Non-", "non-" and "NON-" before 265 words of every kind (a sample of its lexicon, words
 * it reads two ways, words it does not know) and 19 continuations each.
 */
const NON_WORD = /^(?:non|Non|NON)-[a-z]+[,.]?$/;

/**
 * The first two words of a phrase when a single space parts them, with the character right after the second ('' at
 * the end of the phrase). The openings below were checked against compromise only in that shape.
 */
function twoWords(tokens: readonly Token[], phrase: string): { first: Token; second: Token; after: string } | undefined {
  const [first, second] = tokens;
  if (!first || second?.kind !== 'word' || second.start !== first.end + 1 || phrase[first.value.length] !== ' ') return undefined;
  return { first, second, after: phrase[second.end - first.start] ?? '' };
}

/** Whether nothing is glued to the second word: the phrase ends, or a space or a comma follows it. */
function endsApart(after: string): boolean {
  return after === '' || after === ' ' || after === ',';
}

/**
 * Whether the second word of a phrase is a word in lower case standing apart ("Please keep", "Please share,"):
 * after "Please" compromise reads it so, and "Please" as an expression, never a verb. Checked against compromise
 * 14.17: "Please" and "please" before the same 265 words and 19 continuations as NON_WORD.
 */
function lowerWordApart(tokens: readonly Token[], phrase: string): boolean {
  const pair = twoWords(tokens, phrase);
  return pair !== undefined && /^[a-z]+$/.test(pair.second.value) && endsApart(pair.after);
}

/** Whether two words open one of compromise's multi-word entries ("fed up", "sold out"): they are read together. */
function opensPhrase(word: string, next: string | undefined): boolean {
  return next !== undefined && (multiWordEntries().get(word)?.seconds.has(next) ?? false);
}

/** Words compromise reads two ways whose reading its tagger settles from the next word ("Staff", "Grace"). */
function settledByNext(word: string): boolean {
  const reading = Object.hasOwn(model.two.switches, word) ? model.two.switches[word]! : '';
  return reading === 'Noun|Verb' || reading.startsWith('Person|');
}

/**
 * "Staff told me", "Grace was", "Sue will": compromise reads a noun-or-verb or a name-or-other word before a
 * past tense, "was" or a modal as a noun (its neighbour rule), and nothing later makes it a verb. Only as
 * checked: the word capitalised, the next word in lower case, standing apart, read one way by its lexicon and
 * not read together with the word after it ("Care fed up" is a verb to compromise).
 */
function nounBeforeVerb(word: string, tokens: readonly Token[], phrase: string): boolean {
  const third = tokens[2];
  const pair = settledByNext(word) ? twoWords(tokens, phrase) : undefined;
  if (!pair || !startsUpper(pair.first.value) || !endsApart(pair.after)) return false;
  const next = pair.second.value;
  if (!/^[a-z]+$/.test(next) || Object.hasOwn(model.two.switches, next) || opensPhrase(next, third?.kind === 'word' ? third.norm : undefined)) return false;
  const tags = Object.hasOwn(model.one.lexicon, next) ? model.one.lexicon[next] : undefined;
  return next === 'was' || tags === 'PastTense' || tags === 'Modal';
}

/**
 * Whether compromise's lexicon reads a word only as an adjective, one way, and it is neither a participle's shape
 * ("Unsettled", "Unassuming": the tagger reads them as verbs) nor a particle or the start of a multi-word entry
 * ("Under", "Single out").
 */
function plainAdjective(word: string): boolean {
  return (
    Object.hasOwn(model.one.lexicon, word) &&
    model.one.lexicon[word] === 'Adjective' &&
    !Object.hasOwn(model.two.switches, word) &&
    !EXCEPT.has(word) &&
    !multiWordEntries().has(word) &&
    !/(?:ed|ing)$/.test(word) &&
    !/^(?:un|under|over)/.test(word)
  );
}

/** Lexicon tags of the one-way nouns checked after a plain adjective: "visit", "visits", "child", "carers", "days". */
const NOUN_TAGS = new Set(['Singular', 'Plural', 'Actor', 'Plural,Actor', 'Duration']);

/** Words compromise reads two ways that it leaves nouns after a plain adjective: "Statutory visit", "Weekly visits". */
const NOUN_SWITCHES = new Set(['Noun|Verb', 'Plural|Verb']);

/**
 * Words that stay nouns after a plain adjective: compromise's one-way nouns in lower case, its noun-or-verb words
 * in lower case ("visit", "visits"), words it does not know and reads alone as a plain noun ("guardianship",
 * "placement"), names its lexicon holds as first names only, titles ("Mr") and acronyms it does not know.
 */
function nounAfterAdjective(token: Token): boolean {
  const { value, norm } = token;
  if (/^[A-Z]{2,5}$/.test(value)) return !known(norm);
  if (!/^[a-z]+$/.test(norm) || multiWordEntries().has(norm)) return false;
  if (Object.hasOwn(model.two.switches, norm)) return value === norm && NOUN_SWITCHES.has(model.two.switches[norm]!);
  const tags = tagsOf(norm);
  if (tags === undefined) return value === norm && !known(norm) && plainUnknown(value);
  if (value === norm) return NOUN_TAGS.has(tags.join(','));
  if (!startsUpper(value) || value.slice(1) !== norm.slice(1)) return false;
  return tags.every((tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName') || (tags.length === 2 && tags.includes('Honorific') && tags.includes('Abbreviation'));
}

/**
 * "Statutory visits", "Next LAC", "Dear Natalie", "Dear Mr": a word compromise's lexicon reads only as an
 * adjective, before a noun standing apart, is never a verb to its tagger, whatever follows (its rule that makes an
 * adjective a verb, "Shut the door", asks for "the" or "your" next). Checked against compromise 14.17 itself: every
 * such adjective of its lexicon, capitalised or not, before a sample of such nouns, names, titles, acronyms and
 * unknown words of the corpora, and each of about twenty continuations (none, a full stop, "the kids", "me", "was",
 * "up", "(extract): Brenda"...); and 53 of them before every noun-or-verb word of its lexicon (about 1.9 M phrases).
 */
function adjectiveBeforeNoun(word: string, tokens: readonly Token[], phrase: string): boolean {
  const pair = twoWords(tokens, phrase);
  return pair !== undefined && plainAdjective(word) && endsApart(pair.after) && nounAfterAdjective(pair.second);
}

/**
 * "Review of the plan", "report of the IRO", "Visits of": compromise reads a noun-or-verb word before "of" as a noun
 * (its guess of an instruction asks for a noun next, and "of" is one only inside a place's name, "Camp of Kai", so
 * its place and organisation words are left out). Checked against compromise 14.17 itself: every such word of its
 * lexicon, capitalised or not, before "of" and 30 continuations ("the plan", "Brenda", "Castlebridge Council",
 * "CAMHS", "being seen"...; 76,000 phrases).
 */
function nounBeforeOf(word: string, tokens: readonly Token[], phrase: string): boolean {
  const pair = twoWords(tokens, phrase);
  if (pair?.second.value !== 'of') return false;
  const reading = Object.hasOwn(model.two.switches, word) ? model.two.switches[word]! : '';
  if (!NOUN_SWITCHES.has(reading) || multiWordEntries().has(word) || Object.hasOwn(model.two.placeWords, word) || Object.hasOwn(model.two.orgWords, word)) return false;
  return endsApart(pair.after) || pair.after === '.';
}

/**
 * Words that open what an instruction acts on or where it goes: determiners, possessives, object pronouns and
 * prepositions ("Keep the", "Thank you", "Speak to", "Visit her"). Not "of" ("Replace of" is a noun to
 * compromise), nor "i", "he", "our" or "its", after which it reads some verbs otherwise ("Represent he").
 */
const OBJECT_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'any', 'every', 'some', 'each', 'her', 'his', 'their', 'your',
  'my', 'him', 'them', 'you', 'it', 'me', 'us', 'about', 'at', 'for', 'from', 'in', 'into', 'on', 'with', 'by',
  'through', 'up', 'out', 'off', 'down', 'around', 'after', 'between', 'within', 'without', 'to',
]);

/**
 * Words compromise's post-tagger names in a rule that tags them as something other than a verb ("Like the" as a
 * preposition, "Shoot" and "Come on" as expressions): each may be read its own way. Words its rules only tag as
 * verbs ("^[keep it] #Adjective") or name beside what they tag ("(go|goes|went) to [#Infinitive]") are not.
 */
let ruleWords: Set<string> | undefined;

function retaggedByRules(word: string): boolean {
  if (!ruleWords) {
    const words = new Set<string>();
    for (const { match, tag, unTag } of model.two.matches) {
      // A rule's tags: a list for the same words, or one per word ("#PresentTense #Adjective"; "." leaves a word be).
      const tags = Array.isArray(tag) ? tag : (tag ?? '').split(' ');
      if (unTag === undefined && tags.every((part) => part === '.' || VERB_TAG.test(part))) continue;
      // The words it tags: in its brackets, or the whole match; tags ("#Noun"), two-way readings ("%Noun|Verb%")
      // and methods ("@hasComma") left out.
      const open = match.indexOf('[');
      const close = match.indexOf(']', open);
      const tagged = open >= 0 && close > open ? match.slice(open + 1, close) : match;
      for (const literal of tagged.replace(/[#%@][A-Za-z|]+%?/g, ' ').match(/[a-z']+/g) ?? []) words.add(literal);
    }
    ruleWords = words;
  }
  return ruleWords.has(word);
}

/**
 * Whether compromise would certainly tag the first word of a phrase as a verb: a word its lexicon reads only as a
 * verb ("Keep", "Thank", "speak") or as a noun or a verb ("Visit", "Phone"), before one of OBJECT_OPENERS,
 * standing apart from both. Plan actions open so more often than any other way, and tagging is the costliest step
 * of the rule.
 *
 * Checked against compromise 14.17 itself: every such word of its lexicon, capitalised or not, before each of
 * those words and a dozen continuations (a noun, "is", "music", a comma, a full stop...). Left to the tagger: words
 * its rules tag otherwise ("Like the", "Come on") and a word read together with the next ("Excuse me", "Spot on").
 */
export function surelyVerb(tokens: readonly Token[], phrase: string): boolean {
  const pair = twoWords(tokens, phrase);
  if (pair?.first.kind !== 'word' || !OBJECT_OPENERS.has(pair.second.value)) return false;
  const { first, second } = pair;
  // Only "keep" or "Keep", as checked; and the next word standing apart ("Keep it," but not "Keep it's").
  const rest = first.value.slice(1);
  const after = /^\S*/.exec(phrase.slice(second.end - first.start))![0];
  if (rest !== rest.toLowerCase() || !(after === '' || after === ',' || after === '.' || after === '...')) return false;
  const word = first.norm;
  if (!/^[a-z]+$/.test(word) || retaggedByRules(word) || opensPhrase(word, second.value)) return false;
  return lexiconVerb(word);
}

/** Who a plan line's instruction is often about: a parent or grandparent, by the child's name for them. */
const FAMILY = new Set(['mum', 'dad', 'mummy', 'daddy', 'nan', 'nana', 'nanna', 'gran', 'granny', 'grandma', 'grandad', 'grandpa']);
/** A school, which only a way of getting in touch takes without "the": "Ring school", not "Play school" (a nursery). */
const SCHOOL = new Set(['school', 'nursery', 'college']);
/** Initials in capitals, as a role is written in notes: "SW", "HV", "IRO", "SENCO". */
const ROLE_INITIALS = /^[A-Z]{2,5}$/;
const GET_IN_TOUCH = new Set(['ring', 'call', 'phone', 'tell', 'ask', 'text', 'contact', 'chase', 'update', 'inform', 'remind', 'email']);
/** A way of getting in touch that compromise's lexicon does not hold, so it never reads it as a verb. */
const UNLISTED_VERB = 'email';

/**
 * Instructions compromise reads as nouns: "Ring Mum by Friday", "Call Dad", "Book Nan a taxi", "Email the school",
 * "Ring school", "Tell SW". Before "Mum" or "school" it takes a word that can be a noun or a verb for part of a name
 * ("Ring Mum" like "Aunt Jo"), and it does not know "email" at all; at the start of a plan line each is what someone
 * is asked to do. The first word must be one compromise's lexicon reads as a verb (only as one, or as a noun or a
 * verb), or "email", capitalised at most, and before "school" or a role's initials a way of getting in touch; the
 * second word stands apart, alone or as a possessive ("Ring Mum's GP").
 */
export function instructionOpening(tokens: readonly Token[], phrase: string): boolean {
  const pair = twoWords(tokens, phrase);
  if (pair?.first.kind !== 'word') return false;
  const rest = pair.first.value.slice(1);
  if (rest !== rest.toLowerCase()) return false;
  const word = pair.first.norm;
  const second = pair.second.norm.replace(/['\u2019]s$/, '');
  const apart = endsApart(pair.after) || pair.after === '.' || /['\u2019]/.test(pair.after);
  if (!apart) return false;
  // "Tell SW", "Ring HV", "Email IRO": a role's initials in capitals, after a way of getting in touch.
  if (SCHOOL.has(second) || ROLE_INITIALS.test(pair.second.value)) return GET_IN_TOUCH.has(word);
  if (word === UNLISTED_VERB) return FAMILY.has(second) || OBJECT_OPENERS.has(second);
  if (!FAMILY.has(second) || !/^[a-z]+$/.test(word)) return false;
  return lexiconVerb(word);
}

/** Whether compromise's lexicon reads a word only as a verb, or as a noun or a verb ("keep", "visit", "ring"). */
function lexiconVerb(word: string): boolean {
  const switches = Object.hasOwn(model.two.switches, word) ? model.two.switches[word] : undefined;
  const tags = tagsOf(word);
  return switches === undefined ? tags?.length === 1 && tags[0] === 'Infinitive' : switches === 'Noun|Verb';
}

function nextWord(tokens: readonly Token[]): string | undefined {
  for (let i = 1; i < tokens.length; i++) if (tokens[i]!.kind === 'word') return tokens[i]!.norm;
  return undefined;
}
