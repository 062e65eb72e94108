/** How many alternatives a one-line output shows; the rest stay in JSON and SARIF. */
const shown = 3;

/** The first alternatives, quoted as core's reasons quote them (“family time”, “time with Mum”); empty when none. */
export function suggestion(expected: readonly string[]): string {
  const first = expected.slice(0, shown).map((text) => `“${text}”`);
  if (expected.length > shown) first.push('…');
  return first.join(', ');
}
