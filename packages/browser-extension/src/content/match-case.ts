/**
 * An alternative written to fit where it goes: "Contact took place" becomes "Family time took place", and an
 * acronym at the start of a sentence gives a capitalised expansion. Everything else is left as the guide wrote it.
 */
export function matchCase(alternative: string, actual: string, before: string): string {
  if (alternative === '' || actual === '') return alternative;
  const first = alternative.charAt(0);
  if (first.toUpperCase() === first) return alternative;
  const actualFirst = actual.charAt(0);
  const capitalised = actualFirst !== actualFirst.toLowerCase();
  const acronym = actual.length > 1 && actual === actual.toUpperCase() && /\p{Lu}/u.test(actual);
  const sentenceStart = /(^|[.!?]["'”’)]?\s+|\n\s*)$/.test(before);
  if ((capitalised && !acronym) || (acronym && sentenceStart)) return first.toUpperCase() + alternative.slice(1);
  return alternative;
}
