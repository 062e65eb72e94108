import { dictionary, rulePage, type Entry, type Lexicon, type Source } from '@carelint/dictionaries';
import { analyse, fitInPlace, Negation, report, setMetrics } from '@carelint/text';
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { counted, imbalances, ratioOf, tally, type Thresholds } from './balance.js';
import { lexiconPhrases, lexiconSources, peoplePhrases } from './lexicons.js';
import { scan, type Negates } from './scan.js';
import { DeficitSense } from './sense.js';
import { Referents } from './subject.js';
import { ToneSense } from './weigh.js';
import { buildSignals } from './signals.js';
import { balanceNote, balanceReason, deficitNote, deficitReason, fitToMatch, matchCase, replacements } from './wording.js';

const SOURCE = 'retext-balanced-tone';
const CATEGORIES = new Set(['deficit', 'critical', 'positive']);
/** How many words a denied opinion ("I do not think") reaches: a clause, where "not" reaches three. */
const OPINION_REACH = 6;
/** Sources of the balance guidance itself, cited in the balance message beside the lexicons' own. */
const BALANCE_SOURCES = ['scw-strengths', 'brief', 'torbay', 'ohov'];

export interface Options {
  /** Deficit, critical and positive entries; defaults to those of the bundled dictionary. */
  entries?: readonly Entry[];
  /** More entries (a local authority's own list); an entry with the same id replaces the bundled one. */
  extraEntries?: readonly Entry[];
  /** The signal lexicons (`tone-harm-facts`, `tone-negators`, …); defaults to the bundled dictionary's. */
  lexicons?: readonly Lexicon[];
  /** Source key -> source, for the notes; defaults to the bundled dictionary's. */
  sources?: Readonly<Record<string, Source>>;
  /** Phrases never flagged and never counted, case-insensitive. */
  allow?: readonly string[];
  /** Positive expressions wanted for each critical one. Default 5. */
  target?: number;
  /** A part of the record with fewer critical expressions than this gets no balance message. Default 3. */
  minCritical?: number;
  /** Report each headed section that is out of balance at its heading. Default true. */
  sections?: boolean;
  /** Where rule pages live: deficit messages link to `${docsBase}deficit.md#<id>`, the balance to `balanced-tone.md#tone-balance`. */
  docsBase?: string;
}

/** The plugin: set up the word lists once, then check each document. */
export default function retextBalancedTone(options: Options = {}) {
  const byId = new Map<string, Entry>();
  for (const entry of options.entries ?? dictionary.entries.filter((e) => CATEGORIES.has(e.category))) byId.set(entry.id, entry);
  for (const entry of options.extraEntries ?? []) if (CATEGORIES.has(entry.category)) byId.set(entry.id, entry);
  const lexicons = options.lexicons ?? dictionary.lexicons;
  const sources = options.sources ?? dictionary.sources;
  const phrases = lexiconPhrases(lexicons);
  const matcher = buildSignals(byId.values(), phrases, options.allow ?? []);
  // A negator reaches three words ("did not really seem to enjoy"); a lessening ("much less") the same.
  const near = new Negation({ negators: phrases.negators, breaks: phrases.breaks, exceptions: phrases.exceptions, reach: 3 });
  // "I don't think we can call this disguised compliance": a denied opinion negates its whole clause.
  const opinion = new Negation({ negators: phrases.opinions, breaks: phrases.breaks, exceptions: phrases.exceptions, reach: OPINION_REACH });
  const negation: Negates = {
    negatorBefore: (tokens, first) => {
      const at = near.negatorBefore(tokens, first);
      return at >= 0 ? at : opinion.negatorBefore(tokens, first);
    },
  };
  const lessening = new Negation({ negators: phrases.lesseners, breaks: phrases.breaks, reach: 3 });
  const referents = new Referents(phrases, peoplePhrases(lexicons));
  const sense = new DeficitSense(phrases, referents);
  const weigh = new ToneSense(phrases, referents);
  const thresholds: Thresholds = { target: options.target ?? 5, minCritical: options.minCritical ?? 3 };
  const perSection = options.sections ?? true;
  const docsBase = options.docsBase ?? 'docs/rules/';
  // A deficit entry is documented on its category's page (generated from the YAML); the balance on ours.
  const entryUrl = (entry: Entry) => `${docsBase}${rulePage(entry.category)}.md#${entry.id}`;
  const balanceUrl = `${docsBase}balanced-tone.md#tone-balance`;
  const balanceSourceKeys = [...new Set([...BALANCE_SOURCES, ...lexiconSources(lexicons)])].filter((key) => key in sources);
  const note = balanceNote(balanceSourceKeys.slice(0, 4), sources);

  return function (tree: Root, file: VFile): undefined {
    const analysis = analyse(tree, file);
    const found = scan(analysis, matcher, negation, lessening, sense, weigh);
    // A text that does not read as a care record (a newsletter, a match report) gets no deficit or balance findings.
    // Core's document type "other" names a care record of another kind (not a visit, plan, assessment, review or
    // letter), so for it the text's own signs decide.
    const care = analysis.kind.care;

    for (const { entry, start, end } of care ? found.deficits : []) {
      const actual = analysis.text.slice(start, end);
      const fitted = fitToMatch(entry, actual, replacements(entry.alternatives));
      // One-click fixes only where the wording reads right in place; the reason may still name the others.
      const plain = [...new Set(fitted.flatMap((alt) => fitInPlace(alt, analysis.text, start, end) ?? []))];
      const expected = matchCase(plain, actual);
      report(file, {
        source: SOURCE,
        ruleId: entry.id,
        reason: deficitReason(entry, actual, fitted),
        start,
        end,
        expected,
        note: deficitNote(entry, sources),
        url: entryUrl(entry),
        category: 'deficit',
        fatal: entry.severity === 'replace' ? false : undefined,
        data: { term: entry.term, severity: entry.severity },
      });
    }

    // The tone of the whole record, as the family reads it, worries sections included; the balance message
    // leaves those out, as they are meant to hold the concerns.
    const whole = tally(found.expressions);
    setMetrics(file, 'tone', { critical: whole.critical, positive: whole.positive, ratio: ratioOf(whole), target: thresholds.target });
    const expressions = counted(analysis, found.expressions);

    for (const { section, tally: counts } of care ? imbalances(analysis, expressions, thresholds, perSection) : []) {
      const at = section?.heading ?? { start: 0, end: 0 };
      report(file, {
        source: SOURCE,
        ruleId: 'tone-balance',
        reason: balanceReason(counts, thresholds.target, section?.title),
        start: at.start,
        end: at.end,
        expected: [],
        note,
        url: balanceUrl,
        category: 'tone',
        // A warning when concerns outnumber strengths; otherwise information.
        fatal: counts.positive < counts.critical ? false : undefined,
        data: {
          scope: section ? `section:${section.title}` : 'document',
          critical: counts.critical,
          positive: counts.positive,
          ratio: ratioOf(counts),
          target: thresholds.target,
          examples: counts.examples,
        },
      });
    }
    return undefined;
  };
}
