import type { Analysis, Sentence } from '@carelint/text';
import nlp from 'compromise';

/** Words that fill the slot a determiner opens: "her placement" takes "home", not "your foster home". */
const DETERMINERS = new Set([
  'the', 'a', 'an', 'her', 'his', 'their', 'my', 'your', 'our', 'its', 'this', 'that', 'these', 'those', "mum's", "dad's",
  'next', 'last', 'first', 'previous', 'new', 'current', 'recent', 'latest', 'monthly', 'weekly', 'six-weekly', 'each', 'every',
]);
/**
 * A placeholder for the child's name in an alternative: "(child's name)", or "(name)" as an owner ("(name)'s review").
 * A bare "(name)" may be a professional's ("IRO: (name)"), so it is left to the writer.
 */
const NAME_PLACEHOLDER = /\(child's name\)|\(name\)(?=['\u2019]s\b)/i;
/** Alternatives that begin like this are a phrase of their own, not a noun to put after a determiner. */
const PHRASE_START = /^(the|a|an|your|my|our|their|where|who|what|how|living|moving|going|seeing|writing|letters|came|went|has|is|it|we|someone|people|every|helping|wanting|through)\b/i;
const FAMILY = /\b(mum|dad|grandma|grandad|nan|granny)\b/i;
const THIRD_PERSON_VERB = /^(has|is|was|does|doesn't|isn't|wasn't|hasn't|needs|wants|says|likes|goes|seems|appears|remains|continues|lives|attends|feels|gets|knows|makes|takes|tells|thinks|uses)$/;

function isPlural(word: string): boolean {
  if (/^(people|children|men|women)$/i.test(word)) return true;
  return /[^s']s$/i.test(word) && !/(ss|us|is|ous)$/i.test(word);
}

/** Prepositions that end the head of an alternative: "children in care" is plural by "children". */
const HEAD_ENDS = new Set(['in', 'of', 'for', 'with', 'at', 'from', 'to', 'who', 'that']);

/** The head noun of an alternative's words: the last word before a preposition or a relative word. */
function headOf(words: readonly string[]): string {
  const end = words.findIndex((word) => HEAD_ENDS.has(word.toLowerCase()));
  return words[(end > 0 ? end : words.length) - 1]!;
}

/** compromise's own noun inflection, which knows the irregular plurals ("child" -> "children", "family" -> "families"). */
type ToPlural = (word: string, model: unknown) => string;
const inflect = (nlp.methods() as { two: { transform: { noun: { toPlural: ToPlural } } } }).two.transform.noun.toPlural;
const model = nlp.model();

function pluralOf(word: string): string {
  return inflect(word, model);
}

/**
 * The alternatives that drop into this sentence in place of the words found, so that an editor, the extension
 * or SARIF can offer them as one-click fixes. The others stay in the reason, for the writer to word themselves.
 * - "you" only in a record written to the child, and never before "has"/"is" ("YP has been" is not "you has been");
 *   in a record about the child, the child's name from its header takes the place of "you";
 * - an alternative naming Mum or Dad only where the sentence names them and does not go on "with ..." ("contact
 *   with Dad" is not "time with Mum with Dad");
 * - after "her", "the" or "a", only a bare noun ("her placement" is not "her where you live"); "a" and "an" agree;
 * - plural for plural ("placements" -> "homes"), and a possessive for a possessive.
 */
export function fitAlternatives(
  alternatives: readonly string[],
  raw: readonly string[],
  sentence: Sentence,
  first: number,
  last: number,
  analysis: Analysis,
): string[] {
  const { tokens } = sentence;
  const actual = analysis.text.slice(tokens[first]!.start, tokens[last]!.end);
  const possessive = /['\u2019]s$/.test(actual);
  const core = possessive ? actual.replace(/['\u2019]s$/, '') : actual;
  const lastWord = core.split(/\s+/).pop() ?? core;
  const plural = isPlural(lastWord) && !/^[A-Z]+s$/.test(core) ? true : /^[A-Z]{2,}s$/.test(core);
  const acronym = /^[A-Z]{2,}$/.test(core);
  const previous = wordAt(sentence, first, -1);
  const next = wordAt(sentence, last, 1);
  const afterDeterminer = previous !== undefined && DETERMINERS.has(previous);
  const sentenceText = analysis.sentenceText(sentence).toLowerCase();
  const out: string[] = [];
  // "(name)'s review" with the child's name from the header: "Kayden's review" (never after "his" or "the next").
  const child = analysis.kind.child;
  const named: string[] = [];
  if (child && !analysis.kind.addressed && !afterDeterminer && !plural) {
    for (const alt of raw) {
      if (!NAME_PLACEHOLDER.test(alt) || /[()]/.test(alt.replace(NAME_PLACEHOLDER, ''))) continue;
      const filled: string = alt.trim().replace(NAME_PLACEHOLDER, child);
      if (filled === child && possessive) named.push(`${child}'s`);
      else if (!possessive) named.push(filled);
    }
  }
  // A subject pronoun ("I" for "SW", "you" for "YP") fits only where a clause starts: not after "the" or "(".
  const before = tokens[first - 1];
  const clauseStart = before === undefined || (before.kind === 'punctuation' && !/^[([{]$/.test(before.value));
  for (const alternative of [...named, ...alternatives]) {
    let alt = alternative;
    if (/^(i|we|you)$/i.test(alt) && !possessive && !clauseStart) continue;
    if (/\b(you|your)\b/i.test(alt)) {
      if (!analysis.kind.addressed) continue;
      if (/^you$/i.test(alt)) {
        if (next !== undefined && THIRD_PERSON_VERB.test(next)) continue;
        if (possessive) alt = 'your';
        if (afterDeterminer) continue;
      }
    }
    const family = FAMILY.exec(alt);
    if (family && (next === 'with' || next === 'between' || !sentenceText.includes(family[1]!.toLowerCase()))) continue;
    if (afterDeterminer && PHRASE_START.test(alt)) continue;
    if (named.includes(alt)) {
      out.push(alt);
      continue;
    }
    if (possessive && !/^(your|you)$/.test(alt)) continue;
    const words = alt.split(/\s+/);
    const altPlural = isPlural(headOf(words)) || / and /.test(alt);
    if (plural && !altPlural) {
      if (words.length !== 1 || /^[A-Z]/.test(alt)) continue;
      alt = pluralOf(alt);
    } else if (!plural && altPlural && !acronym && words.length > 0 && !/^(you|your)$/i.test(alt)) {
      // An acronym's number is not written ("LAC" is one child or many): alternatives of either number fit it.
      continue;
    }
    if (previous === 'a' && /^[aeiou]/i.test(alt)) continue;
    if (previous === 'an' && !/^[aeiou]/i.test(alt)) continue;
    out.push(alt);
  }
  return [...new Set(out)];
}

/** The normalised word next to token `index` in direction `step`, if the next token is a word. */
function wordAt(sentence: Sentence, index: number, step: 1 | -1): string | undefined {
  const token = sentence.tokens[index + step];
  return token?.kind === 'word' ? token.norm : undefined;
}

/** The alternatives a reason may name: no "you" in a record that is not written to the child. */
export function speakable(alternatives: readonly string[], analysis: Analysis): string[] {
  return analysis.kind.addressed ? [...alternatives] : alternatives.filter((alt) => !/\b(you|your)\b/i.test(alt));
}
