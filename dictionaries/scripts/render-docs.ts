// Renders the generated part of a docs/rules page: an index table, then one anchored section per entry.
import { categoriesOn, type RulePage } from '../src/pages.js';
import type { Category, Dictionary, Entry, Guard, SenseCues, Senses } from '../src/types.js';

export const startMarker = '<!-- generated:start -->';
export const endMarker = '<!-- generated:end -->';

const categoryTitles: Readonly<Record<Category, string>> = {
  jargon: 'Jargon',
  acronym: 'Acronyms',
  stigmatising: 'Stigmatising labels',
  deficit: 'Deficit language',
  critical: 'Critical words',
  positive: 'Positive words',
  'vague-plan': 'Vague plan wording',
};

/** Lexicons whose phrases a page lists as never flagged, so writers can see why a word passes. */
const lexiconsShownOn: Readonly<Partial<Record<RulePage, readonly string[]>>> = {
  acronym: ['common-acronyms'],
};

/** A rule page with its generated section replaced; the hand-written text around the markers is kept. */
export function renderRulePage(page: RulePage, dictionary: Dictionary, existing: string | undefined): string {
  const current = existing ?? `# ${page}\n\n${startMarker}\n${endMarker}\n`;
  const start = current.indexOf(startMarker);
  const end = current.indexOf(endMarker);
  if (start === -1 || end < start) {
    throw new Error(`docs/rules/${page}.md: add the lines ${startMarker} and ${endMarker} where the rules table goes`);
  }
  const body = renderSection(page, dictionary);
  return `${current.slice(0, start)}${startMarker}\n${body}\n${endMarker}${current.slice(end + endMarker.length)}`;
}

function renderSection(page: RulePage, dictionary: Dictionary): string {
  const categories = categoriesOn(page);
  const grouped = categories.length > 1;
  const parts = [
    '<!-- Generated from dictionaries/data/*.yaml by dictionaries/scripts/generate.ts: edit the YAML, not this section. -->',
  ];
  for (const category of categories) {
    const entries = dictionary.entries.filter((entry) => entry.category === category).sort(byTerm);
    if (grouped) parts.push(`## ${categoryTitles[category]}`);
    parts.push(indexTable(entries));
    for (const entry of entries) parts.push(entrySection(entry, dictionary));
  }
  for (const id of lexiconsShownOn[page] ?? []) {
    const lexicon = dictionary.lexicons.find((candidate) => candidate.id === id);
    if (!lexicon) continue;
    parts.push(`<a id="${lexicon.id}"></a>`, '## Never flagged', text(lexicon.description), lexicon.phrases.map(code).join(', '));
  }
  return `\n${parts.join('\n\n')}\n`;
}

function indexTable(entries: readonly Entry[]): string {
  if (entries.length === 0) return '_No entries yet._';
  const rows = entries.map((entry) => {
    const instead = entry.alternatives.slice(0, 3).map(text).join('; ') || '—';
    return `| [${text(entry.term)}](#${entry.id}) | ${entry.severity} | ${instead} |`;
  });
  return ['| Term | Severity | Say instead |', '| --- | --- | --- |', ...rows].join('\n');
}

function entrySection(entry: Entry, dictionary: Dictionary): string {
  const lines = [
    `- **Rule id:** \`${entry.id}\` · **Severity:** ${entry.severity}` +
      (entry.confidence === undefined ? '' : ` · **Confidence:** ${entry.confidence}`),
    `- **Matches:** ${[entry.term, ...entry.variants].map(code).join(', ')}${matchNotes(entry)}`,
  ];
  if (entry.expansion !== undefined) lines.push(`- **Stands for:** ${text(entry.expansion)}`);
  if (entry.exclude) lines.push(`- **Not flagged:** ${guardText(entry.exclude, 'when it follows', 'when it is followed by')}`);
  if (entry.require) lines.push(`- **Only flagged:** ${guardText(entry.require, 'when it follows', 'when it is followed by')}`);
  if (entry.senses) lines.push(`- **Sense:** ${senseText(entry.senses)}`);
  const instead = entry.alternatives.map(text).join('; ');
  lines.push(`- **Say instead:** ${instead || (entry.severity === 'count' ? '— (counted, not flagged)' : '— (describe what happened)')}`);
  lines.push(`- **Why:** ${text(entry.rationale)}`);
  const sources = entry.sources.map((key) => {
    const source = dictionary.sources[key];
    return source ? `[${text(source.title)}](${source.url})` : key;
  });
  lines.push(`- **Sources:** ${sources.join('; ')}`);
  return [`<a id="${entry.id}"></a>`, '', `### ${text(entry.term)}`, '', ...lines].join('\n');
}

/** The sense cues in words: what counts as the care sense, what as another, and what happens without either. */
function senseText(senses: Senses): string {
  const cues = (c: SenseCues | undefined): string[] => {
    if (!c) return [];
    const out: string[] = [];
    if (c.before) out.push(`after ${c.before.map(code).join(', ')}`);
    if (c.after) out.push(`before ${c.after.map(code).join(', ')}`);
    for (const [prep, classes] of Object.entries(c.object ?? {})) out.push(`${code(prep)} + ${classes.join(' or ')}`);
    if (c.about) out.push(`said of a ${c.about.join(' or ')}`);
    if (c.adults) out.push('between an adult and their own relative');
    return out;
  };
  const fallback = { care: 'flagged', info: 'flagged as information', other: 'not flagged' }[senses.default];
  const care = cues(senses.care);
  const other = cues(senses.other);
  return [care.length ? `care sense ${care.join('; ')}` : '', other.length ? `other sense ${other.join('; ')}` : '', `otherwise ${fallback}`].filter(Boolean).join('. ');
}

function matchNotes(entry: Entry): string {
  const notes: string[] = [];
  if (entry.caseSensitive) notes.push('as written, in capitals');
  if (entry.partOfSpeech) notes.push(`only as a ${entry.partOfSpeech}`);
  return notes.length === 0 ? '' : ` (${notes.join('; ')})`;
}

function guardText(guard: Guard, beforeLabel: string, afterLabel: string): string {
  const within = (guard.window ?? 1) > 1 ? ` (within ${guard.window} words)` : '';
  const parts: string[] = [];
  if (guard.before) parts.push(`${beforeLabel} ${guard.before.map(code).join(', ')}${within}`);
  if (guard.after) parts.push(`${afterLabel} ${guard.after.map(code).join(', ')}${within}`);
  return parts.join('; or ');
}

function code(phrase: string): string {
  return `\`${phrase}\``;
}

/** Escapes the characters that would turn plain text into markdown or break a table cell. */
function text(value: string): string {
  return value.replace(/[\\`*_[\]<>|]/g, (char) => `\\${char}`);
}

function byTerm(a: Entry, b: Entry): number {
  const left = a.term.toLowerCase();
  const right = b.term.toLowerCase();
  return left < right ? -1 : left > right ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
