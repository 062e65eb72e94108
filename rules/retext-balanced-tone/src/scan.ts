import type { Entry } from '@carelint/dictionaries';
import { guardNear, isPartOfSpeech, type Analysis, type Negation, type PhraseMatch, type PhraseMatcher, type Range, type Sentence, type Token } from '@carelint/text';
import type { DeficitSense } from './sense.js';
import type { ToneSense } from './weigh.js';
import { byPriority, type DeficitSignal, type Signal } from './signals.js';

/** A deficit phrase in the writer's own words, to be flagged. */
export interface DeficitFinding {
  entry: Entry;
  start: number;
  end: number;
}

/** A critical or positive expression counted for the balance; `text` is what the message may quote. */
export interface Expression {
  polarity: 'critical' | 'positive';
  /** A worry named as such ("we are worried", "at risk"): part of the record's tone, left out of the message. */
  concern?: boolean;
  start: number;
  end: number;
  text: string;
}

/** What negates a phrase: the index of the token that starts its negation, or -1. */
export type Negates = Pick<Negation, 'negatorBefore'>;

/** Everything the rule found in a document. */
export interface Scan {
  deficits: DeficitFinding[];
  expressions: Expression[];
}

/**
 * Walks the writer's own words (not quoted speech) and sorts each listed phrase: deficit
 * phrasing (flagged, and counted as critical), critical, positive, or nothing. A negated positive phrase is
 * critical ("not engaging well"); a negated critical or deficit phrase said of the family is a strength, once
 * per negation ("Dad has never refused a visit", "Mum was not hostile or rude", "there are no concerns about
 * her care"): the writer tells the family what is not a problem. A lessened one ("less challenging behaviour")
 * is neither. A deficit phrase that describes no person ("the pump failed to start") is neither flagged nor
 * counted. Headings are never counted.
 */
export function scan(analysis: Analysis, matcher: PhraseMatcher<Signal>, negation: Negates, lessening: Negates, sense: DeficitSense, weigh: ToneSense): Scan {
  const deficits: DeficitFinding[] = [];
  const expressions: Expression[] = [];
  const quoted = (offset: number) => analysis.isQuoted(offset, offset + 1);
  const headings = analysis.sections.flatMap((section) => (section.heading ? [section.heading] : []));
  // Where each counted negated criticism starts: "not aggressive or rude" is one strength, not two.
  const cleared = new Set<number>();
  const clear = (tokens: readonly Token[], negator: number, end: number) => {
    const from = tokens[negator]!.start;
    if (cleared.has(from)) return;
    cleared.add(from);
    expressions.push({ polarity: 'positive', start: from, end, text: analysis.text.slice(from, end) });
  };
  for (const sentence of analysis.sentences) {
    const { tokens } = sentence;
    for (const match of matcher.matchAll(tokens)) {
      const start = tokens[match.first]!.start;
      const end = tokens[match.last]!.end;
      if (analysis.isQuoted(start, end)) continue;
      const signal = decide(match, sentence, analysis);
      if (!signal || signal.kind === 'harm' || signal.kind === 'neutral') continue;
      // A heading's words are structure ("Strengths", "Danger statement"): never counted; a label there is flagged.
      const inHeading = inside(headings, start);
      if (inHeading && signal.kind !== 'deficit') continue;
      const negatedBy = negation.negatorBefore(tokens, match.first);
      // "much less challenging behaviour", "less happy": a lessening counts like a negation, but a label stays flagged.
      const lessener = negatedBy >= 0 ? -1 : lessening.negatorBefore(tokens, match.first);
      const negator = negatedBy >= 0 ? negatedBy : lessener;
      const negated = negator >= 0;
      if (signal.kind === 'deficit') {
        // "the boiler has failed to fire", "an aggressive prune", "claims Universal Credit": no one is described.
        const isVerb = (token: Token) => isPartOfSpeech(analysis.sentenceText(sentence), token.start - sentence.start, 'verb');
        const describesPerson = () => sense.describesPerson(tokens, match.first, match.last, analysis.text, isVerb);
        // "did not refuse", "never hostile": the label is not applied to anyone, and said of the family it is a strength.
        if (negatedBy >= 0) {
          if (!inHeading && weigh.counts(tokens, negatedBy, match.last, 'negated', quoted) && describesPerson()) clear(tokens, negatedBy, end);
          continue;
        }
        if (!describesPerson()) continue;
        deficits.push({ entry: (signal as DeficitSignal).entry, start, end });
        // A label for a need ("complex needs") is flagged but judges no one's conduct: not counted.
        if (!inHeading && !negated && !weigh.isNeedLabel(tokens, match.first, match.last)) expressions.push({ polarity: 'critical', start, end, text: analysis.text.slice(start, end) });
      } else if (!weigh.counts(tokens, negated ? negator : match.first, match.last, signal.kind === 'critical' ? 'critical' : negated ? 'negated' : 'positive', quoted)) {
        // A question, a label, a title, a professional's own conduct, the condition of a thing: not counted.
        continue;
      } else if (signal.kind === 'critical') {
        if (negated) {
          if (negatedBy >= 0 && weigh.counts(tokens, negatedBy, match.last, 'negated', quoted)) clear(tokens, negatedBy, end);
          continue;
        }
        const expression: Expression = { polarity: 'critical', start, end, text: analysis.text.slice(start, end) };
        if (weigh.isConcern(tokens, match.first, match.last)) expression.concern = true;
        expressions.push(expression);
      } else if (negated) {
        // "not happy", "not safe", "did not enjoy": quote from the negator.
        const from = tokens[negator]!.start;
        expressions.push({ polarity: 'critical', start: from, end, text: analysis.text.slice(from, end) });
      } else if (signal.kind === 'positive') {
        expressions.push({ polarity: 'positive', start, end, text: analysis.text.slice(start, end) });
      }
    }
  }
  return { deficits, expressions };
}

/** The signal a match carries: the most decisive payload whose context guards it passes. */
function decide(match: PhraseMatch<Signal>, sentence: Sentence, analysis: Analysis): Signal | undefined {
  const { tokens } = sentence;
  for (const signal of byPriority(match.payloads)) {
    if (!signal.entry) return signal;
    // An entry's own context guards: "tested negative", "kind of", "independent reviewing officer".
    if (signal.exclude && guardNear(tokens, match.first, match.last, signal.exclude)) return { kind: 'neutral' };
    if (signal.require && !guardNear(tokens, match.first, match.last, signal.require)) continue;
    const pos = signal.entry.partOfSpeech;
    if (pos && match.first === match.last) {
      // compromise runs only here, on a sentence that already holds a candidate.
      const offset = tokens[match.first]!.start - sentence.start;
      if (!isPartOfSpeech(analysis.sentenceText(sentence), offset, pos)) continue;
    }
    return signal;
  }
  return undefined;
}

function inside(ranges: readonly Range[], offset: number): boolean {
  return ranges.some((range) => offset >= range.start && offset < range.end);
}
