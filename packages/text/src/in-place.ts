/**
 * A suggested wording as it reads where the matched words stand, or undefined when it cannot be offered there as a
 * one-click fix. A fix must never leave the text worse than it found it; the reason may still name a wording that
 * fails here, for the writer to fit in themselves. From the words right beside the match:
 * - a word the wording shares with its neighbour is written once: "is being groomed" after "She is" gives "being
 *   groomed"; "child in need plan" before "plan" gives "child in need"; "moved to live with" before "with them"
 *   gives "moved to live"; an infinitive's "to" is shared ("chose not to" before "to go" gives "chose not"), but a
 *   preposition's is not ("said no to to go" is left out: "said no to go" is no better);
 * - after a form of "be" or "have", a verb form keeps its form: "was placed" may become "was moved to live with",
 *   never "was went to live with"; "has been refusing" does not become "has been said no to".
 */
export function fitInPlace(alternative: string, text: string, start: number, end: number): string | undefined {
  let words = alternative.trim().split(/\s+/);
  const before = wordBefore(text, start);
  const after = wordAfter(text, end);
  if (words.length > 1 && before !== undefined && words[0]!.toLowerCase() === before) words = words.slice(1);
  const last = words[words.length - 1]!.toLowerCase();
  if (after !== undefined && last === after) {
    if (words.length === 1 || (last === 'to' && !INFINITIVE_FRAME.has(words[words.length - 2]!.toLowerCase()))) return undefined;
    words = words.slice(0, -1);
  }
  const first = words[0]!.toLowerCase();
  if (before !== undefined && first === before) return undefined;
  if (before !== undefined && AUXILIARIES.has(before)) {
    const matched = (/^\S+/.exec(text.slice(start, end))?.[0] ?? '').toLowerCase();
    const form = VERB_FORMS.find((ending) => matched.endsWith(ending));
    if (form !== undefined && !first.endsWith(form)) return undefined;
  }
  return words.join(' ');
}

/** Words before "to" that make it an infinitive's, taking a verb: "chose not to", "did not want to", "was able to". */
const INFINITIVE_FRAME = new Set(['not', 'want', 'wanted', 'able', 'decided', 'chose', 'trying', 'tried', 'going']);
/** Forms of "be" and "have" that a participle or an -ing form follows. */
const AUXILIARIES = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', "isn't", "wasn't", "hasn't"]);
/** Endings of the verb forms that follow an auxiliary. */
const VERB_FORMS = ['ing', 'ed'];

/** Letters, digits and apostrophes: a word, as the seams are read. */
const WORD_CHAR = /[\p{L}\p{N}'\u2019]/u;

/** The word that ends right before `start` (spaces between, no punctuation), lower-cased; undefined if none. */
function wordBefore(text: string, start: number): string | undefined {
  let end = start;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end -= 1;
  let from = end;
  while (from > 0 && WORD_CHAR.test(text[from - 1]!)) from -= 1;
  return from < end ? text.slice(from, end).toLowerCase().replace(/\u2019/g, "'") : undefined;
}

/** The word that starts right after `end` (spaces between, no punctuation), lower-cased; undefined if none. */
function wordAfter(text: string, end: number): string | undefined {
  let from = end;
  while (from < text.length && (text[from] === ' ' || text[from] === '\t')) from += 1;
  let to = from;
  while (to < text.length && WORD_CHAR.test(text[to]!)) to += 1;
  return to > from ? text.slice(from, to).toLowerCase().replace(/\u2019/g, "'") : undefined;
}
