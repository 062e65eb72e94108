import { dictionary, normalisePhrase, type Entry, type Lexicon, type Source } from '@carelint/dictionaries';
import { analyse, isPartOfSpeech, report, setMetrics, type Range, type Sentence, type Token } from '@carelint/text';
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { nextMeeting, readAction, readLead, vagueIn, type ActionReading, type Lead, type Reader } from './action.js';
import { segment, type Item } from './items.js';
import { instructionOpening, mayBeName, pluralOrAbstractNoun, surelyNotVerb, surelyVerb } from './opening.js';
import { planRegions } from './regions.js';
import { compileSignals, type ExtraSignals } from './signals.js';
import { isAnswered, whenKinds } from './time.js';
import { TokenIndex } from './tokens.js';
import { incompleteNote, incompleteReason, missingParts, vagueExpected, vagueNote, vagueReason } from './wording.js';

const SOURCE = 'retext-smart-plan';
/** How a heading written as a question or a list's title opens ("What Mum will do", "Things that help"). */
const QUESTION_OPENING = /^(?:what|who|how|when|where|why|which|things|people|places|ways)\b/i;
/** A short line that sets a condition for the lines below it ("If I'm not safe"). */
const TRIGGER_OPENING = /^(?:if|when|whenever)\b/i;
/** Who a record is sent to ("Copy to Mandy", "cc: school"): a document's footer, not an action. */
const CIRCULATION = /^(?:copy|copies|cc|circulation|distribution)\b(?:\s+to\b|\s*:)/i;
/** Who wrote, signed or dated a record ("Written by: Sarah Bell, Kinship Support Team", "Signed:"): a field, not an action. */
const AUTHORSHIP = /^(?:(?:written|prepared|completed|compiled|authored|signed)\s+by|author|signed|signature|date)\s*:/i;

export interface Options extends ExtraSignals {
  /** Signal lists; default: the bundled dictionary's lexicons (dictionaries/data/plan-signals.yaml). */
  lexicons?: readonly Lexicon[];
  /** Source key -> title and url, for the notes; default: the bundled dictionary's sources. */
  sources?: Readonly<Record<string, Source>>;
  /**
   * The reviewed vague-plan wording (dictionaries/data/plan.yaml): when a process verb or qualifier of an action
   * is one of them, its alternative is quoted in the note. Default: the bundled dictionary's vague-plan entries.
   */
  entries?: readonly Entry[];
  /** Where rule pages live; a message's url is `${docsBase}smart-plan.md#${ruleId}`. */
  docsBase?: string;
}

/** The figures this rule reports (core's `PlanMetrics`). */
export interface PlanMetrics {
  actions: number;
  complete: number;
  vague: number;
}

/** The plugin: build the matchers once, then read the plan sections of each document. */
export default function retextSmartPlan(options: Options = {}) {
  const signals = compileSignals(options.lexicons ?? dictionary.lexicons, options);
  const sourceMap = options.sources ?? dictionary.sources;
  const sources = signals.sources.map((key) => sourceMap[key] ?? { key, title: key, url: '' });
  const bySource = (keys: readonly string[]) => sources.filter((source) => keys.includes(source.key));
  const incompleteSources = bySource(['leeds-smart', 'manchester-smart', 'cco-cin', 'iscp', 'brief']);
  const vagueSources = bySource(['sarasota', 'cco-cin', 'iscp', 'brief']);
  const docsBase = options.docsBase ?? 'docs/rules/';
  const entryOf = new Map<string, Entry>();
  for (const entry of options.entries ?? dictionary.entries.filter((e) => e.category === 'vague-plan')) {
    for (const phrase of [entry.term, ...entry.variants]) {
      const key = normalisePhrase(phrase);
      if (!entryOf.has(key)) entryOf.set(key, entry);
    }
  }
  // "continue" is listed as "continue to": try the word, then the word with "to".
  const entryFor = (phrase: string) => entryOf.get(normalisePhrase(phrase)) ?? entryOf.get(normalisePhrase(`${phrase} to`));
  const entriesFor = (phrases: readonly string[]) => [...new Set(phrases.map(entryFor).filter((e): e is Entry => e !== undefined))];

  return function (tree: Root, file: VFile): undefined {
    const analysis = analyse(tree, file);
    // A newsletter's "next steps" or a works schedule is not a care plan: no finding on a text that is no care
    // record. A caller who names the kind of record ("other" included: core group notes) says it is one.
    if (!analysis.kind.care && analysis.facts.documentType === undefined) return undefined;
    const { text } = analysis;
    // Built only when the record has a plan: most records have none and cost nothing more.
    let built: TokenIndex | undefined;
    const tokenIndex = () => (built ??= new TokenIndex(analysis.sentences));
    const tokensIn = (range: Range) => tokenIndex().slice(range.start, range.end);
    let named: Set<string> | undefined;
    const reader: Reader = {
      signals,
      text,
      childNames: new Set((analysis.facts.childNames ?? []).map((name) => name.toLowerCase())),
      namedInText: (norm) => (named ??= namesInText(analysis.sentences)).has(norm),
      startsWithVerb: (tokens) => {
        const head = tokens.slice(0, 8);
        const phrase = text.slice(head[0]!.start, head[head.length - 1]!.end);
        // Tagging is the costliest step of the rule: most openings are names or grammar words, and many of the
        // rest instructions ("Keep the", "Speak to"), known without it.
        return instructionOpening(head, phrase) || (!surelyNotVerb(head, phrase) && (surelyVerb(head, phrase) || isPartOfSpeech(phrase, 0, 'verb')));
      },
    };
    const regions = planRegions(analysis, (heading) => readLead(tokensIn(heading), reader, 'heading').onlyWho);
    if (regions.length === 0) return undefined;
    // The writer's own words: quoted speech is never read as an action or flagged.
    const own = (range: Range) => {
      const tokens = tokensIn(range);
      // Most ranges touch no quotation: then no token needs the per-token look-up.
      if (!analysis.quotes.some((quote) => quote.start < range.end && quote.end > range.start)) return tokens;
      return tokens.filter((token) => !analysis.isQuoted(token.start, token.end));
    };
    const metrics: PlanMetrics = { actions: 0, complete: 0, vague: 0 };

    for (const region of regions) {
      // A heading names who acts ("What Mum will do"); its dates are the plan's horizon, not each action's when.
      const heading = region.heading ? leadOf(tokensIn(region.heading), reader, 'heading') : undefined;
      let lead: Lead | undefined = heading?.who ? { who: heading.who, when: false } : undefined;
      let conditioned = false;
      for (const entry of segment(text, region.start, region.end, analysis.sentences)) {
        if (entry.type === 'lead') {
          lead = leadOf(tokensIn(entry.range), reader);
          continue;
        }
        const { item } = entry;
        if (analysis.isQuoted(item.start, item.end)) continue;
        // "What Pam will do", "Things I can do": a heading in disguise, never an action.
        const opening = text.slice(item.start, item.end);
        // A record's circulation or authorship line sets no action and names no one to act below it.
        if (CIRCULATION.test(opening) || AUTHORSHIP.test(opening)) continue;
        const read = item.short && QUESTION_OPENING.test(opening) ? undefined : readItem(item, own, reader, lead);
        if (!read) {
          if (item.short) {
            const disguised = leadOf(tokensIn(item), reader);
            // "If I'm not safe", "When Kai goes missing": a condition over the actions below is their when.
            // Another short line ("Other things") ends the condition.
            const condition = TRIGGER_OPENING.test(text.slice(item.start, item.end));
            if (disguised?.who || condition || conditioned) lead = { who: disguised?.who ?? lead?.who, when: condition };
            conditioned = condition;
          }
          continue;
        }
        const { reading, tokens } = read;
        metrics.actions += 1;
        const missing = missingParts(reading);
        if (missing.length === 0) metrics.complete += 1;
        else {
          const entries = missing.includes('what') ? entriesFor(reading.processWords) : [];
          report(file, {
            source: SOURCE,
            ruleId: 'incomplete-action',
            reason: incompleteReason(missing, reading),
            start: item.start,
            end: item.end,
            expected: [],
            note: incompleteNote(missing, reading, incompleteSources, entries[0]),
            url: `${docsBase}smart-plan.md#incomplete-action`,
            category: 'plan',
            fatal: false,
            data: {
              missing,
              ...(reading.who ? { who: reading.who } : {}),
              ...(reading.unnamed.length > 0 ? { unnamed: reading.unnamed } : {}),
              ...(reading.processWords.length > 0 ? { processWords: reading.processWords } : {}),
              ...(reading.passive ? { passive: reading.passive } : {}),
              ...(entries.length > 0 ? { entries: entries.map((entry) => entry.id) } : {}),
            },
          });
        }
        for (const match of reading.vague) {
          const kind = match.payloads[0]!;
          if (isAnswered(kind, reading.whenKinds)) continue;
          const first = tokens[match.first];
          const last = tokens[match.last];
          if (!first || !last) continue;
          const actual = text.slice(first.start, last.end);
          const entry = entriesFor([actual])[0];
          metrics.vague += 1;
          report(file, {
            source: SOURCE,
            ruleId: 'vague-qualifier',
            reason: vagueReason(kind, actual),
            start: first.start,
            end: last.end,
            expected: vagueExpected(kind),
            note: vagueNote(vagueSources),
            url: `${docsBase}smart-plan.md#vague-qualifier`,
            category: 'plan',
            fatal: false,
            data: { kind, term: actual.toLowerCase(), ...(entry ? { entry: entry.id } : {}) },
          });
        }
      }
    }
    setMetrics(file, 'plan', metrics);
    return undefined;
  };
}

/**
 * Words the record writes as a name: one capitalised word between words in lower case ("Pam describes Courtney as
 * a natural", "said Courtney"), not after a determiner ("the Housing team") and not a known word of another kind or
 * an abstract noun. Worked out once, and only for a plan with a line of one word.
 */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'our', 'your', 'my', 'its', 'each', 'every', 'any', 'some', 'no']);

function namesInText(sentences: readonly Sentence[]): Set<string> {
  const names = new Set<string>();
  for (const sentence of sentences) {
    const words = sentence.tokens.filter((token) => token.kind === 'word');
    for (let i = 1; i < words.length; i++) {
      const word = words[i]!;
      if (!/^\p{Lu}\p{Ll}+$/u.test(word.value) || names.has(word.norm)) continue;
      const after = words[i + 1];
      const before = words[i - 1]!;
      if (!/^\p{Ll}/u.test(before.value) || DETERMINERS.has(before.norm) || (after !== undefined && !/^\p{Ll}/u.test(after.value))) continue;
      if (mayBeName(word.norm) && !pluralOrAbstractNoun(word.norm) && !word.norm.endsWith('ing')) names.add(word.norm);
    }
  }
  return names;
}

/** Who and when a lead-in line or heading gives to the actions below it. */
function leadOf(tokens: readonly Token[], reader: Reader, kind: 'lead' | 'heading' = 'lead'): Lead | undefined {
  if (tokens.length === 0) return undefined;
  const lead = readLead(tokens, reader, kind);
  return lead.who || lead.when ? { who: lead.who, when: lead.when } : undefined;
}

/** Reads one item: a bullet or sentence as it stands, a table row or labelled block cell by cell. */
/** One action as read, and the tokens its vague matches are indexed in. */
interface Read {
  reading: ActionReading;
  tokens: readonly Token[];
}

function readItem(item: Item, own: (range: Range) => Token[], reader: Reader, lead: Lead | undefined): Read | undefined {
  const all = own(item);
  if (!all.some((token) => token.kind === 'word')) return undefined;
  if (item.cells) return readCells(item, all, own, reader, lead);
  const label = labelOf(item, own, reader);
  if (label) {
    // "Outcome 1: Ellis lives in a home free from fear", "What we want: …": a goal, not an action.
    if (GOAL_LABEL.test(reader.text.slice(label.label.start, label.label.end))) return undefined;
    const { head } = label;
    const rest = own(label.rest);
    if (!head.who || !head.onlyWho) {
      // "Note: Mum will call Nan every day" is an action; "Review date: 3 June" is not.
      const reading = readAction(rest, reader, { prose: true, ...(lead ? { lead } : {}) });
      return reading ? { reading, tokens: rest } : undefined;
    }
    // "Mum: attend the Freedom Programme every Tuesday"; but "Social worker: Dominic Osei" is no action.
    const reading = readAction(rest, reader, { prose: true, lead: { who: head.who, when: lead?.when ?? false } });
    if (!reading) return undefined;
    reading.who ??= head.who;
    return { reading, tokens: rest };
  }
  const reading = readAction(all, reader, { prose: item.kind === 'prose' && item.line !== true, short: item.short === true, line: item.line === true, ...(lead ? { lead } : {}) });
  return reading ? { reading, tokens: all } : undefined;
}

/** Labels of what a plan is for: "Outcome 2", "Goal", "Our aim", "What we want", "What needs to change". */
const GOAL_LABEL = /^[*_]*[ \t]*(?:(?:our|the|desired|expected)[ \t]+)?(?:outcomes?|goals?|aims?|hopes?|what we want(?: to see)?|what needs to change)(?:[ \t]+\d{1,2}[a-z]?)?[*_]*$/i;

interface Label {
  label: Range;
  rest: Range;
}

/**
 * An item's label and who it names, each read once: the words before a colon, or who beside a dash ("KM - send the
 * link", "Update SW Monday - DB") when the words there are only who ("Half term - Nan to have the children" has none).
 */
function labelOf(item: Item, own: (range: Range) => Token[], reader: Reader): (Label & { head: ReturnType<typeof readLead> }) | undefined {
  const colon = labelSplit(item, reader.text);
  if (colon) return { ...colon, head: readLead(own(colon.label), reader, 'label') };
  for (const dash of dashLabels(item, reader.text)) {
    const head = readLead(own(dash.label), reader, 'label');
    if (head.onlyWho) return { ...dash, head };
  }
  return undefined;
}

/**
 * "Mum: attend the Freedom Programme every Tuesday" (who, then the action) or "Review date: 3 June" (not an
 * action): a short label before a colon, bold or not ("**Mum:** …"). "Tyler said: \"...\"" introduces a quotation
 * and is no label.
 */
function labelSplit(item: Item, text: string): Label | undefined {
  const body = text.slice(item.start, item.end);
  const match = /^([^:.!?]{1,40}):[*_]{0,2}[ \t]+(?=[^\s"'\u2018\u201c])/.exec(body);
  if (!match || match[1]!.split(/\s+/).length > 5) return undefined;
  return { label: { start: item.start, end: item.start + match[1]!.length }, rest: { start: item.start + match[0].length, end: item.end } };
}

/** Up to three words before a spaced dash that opens a line. */
const DASH_BEFORE = /^([^:.!?\-\u2013\u2014]{1,30}?)[ \t]+[-\u2013\u2014][ \t]+(?=\S)/;
/** The words after the last spaced dash of a line (found with lastIndexOf, so a line is read once). */
const DASH_AFTER = /^([^:.!?\-\u2013\u2014]{1,30}?)[ \t.]*$/;
const SPACED_DASHES = [' - ', ' \u2013 ', ' \u2014 '];

/** Logs and supervision notes put who beside a dash, before the action or after it: the words there, and the rest. */
function dashLabels(item: Item, text: string): Label[] {
  if (item.kind === 'row' || item.kind === 'labelled') return [];
  const body = text.slice(item.start, item.end);
  const labels: Label[] = [];
  const before = DASH_BEFORE.exec(body);
  if (before && before[1]!.split(/\s+/).length <= 3) labels.push({ label: { start: item.start, end: item.start + before[1]!.length }, rest: { start: item.start + before[0].length, end: item.end } });
  const dash = Math.max(...SPACED_DASHES.map((spaced) => body.lastIndexOf(spaced)));
  const after = dash > 0 && body.length - dash <= 40 ? DASH_AFTER.exec(body.slice(dash + 3).trimStart()) : null;
  if (after && after[1]!.split(/\s+/).length <= 3) {
    const start = item.start + body.indexOf(after[1]!, dash + 3);
    labels.push({ label: { start, end: start + after[1]!.length }, rest: { start: item.start, end: item.start + dash } });
  }
  return labels;
}

/** A Who / What / When row or block: who from its Who cell, what from its What cell, when from any cell. */
function readCells(item: Item, all: readonly Token[], own: (range: Range) => Token[], reader: Reader, lead: Lead | undefined): Read | undefined {
  const cells = item.cells!;
  const whatTokens = cells.what ? own(cells.what) : [];
  // "| Next review | All | 3 months |", "| Next TAF meeting | | 3 June |": the date of a meeting, not a task, in the
  // What cell or, with no What, in the first.
  if (nextMeeting(whatTokens) || (whatTokens.length === 0 && cells.who !== undefined && nextMeeting(own(cells.who)))) return undefined;
  const read = whatTokens.length > 0 ? readAction(whatTokens, reader, { prose: false, cell: true, ...(lead ? { lead } : {}) }) : undefined;
  // "| Family | Cerys would like to see Owain more often | | |": a wish, a goal or a report in the What cell, read as
  // no action on a line of its own, with no one and no time beside it, is no action in a row either. (With a Who
  // or a When, "| Jo | Dad is working nights | Every week |", the row sets a task and asks for its what.)
  if (whatTokens.length > 0 && read === undefined && !cells.who && !cells.when) return undefined;
  const reading: ActionReading =
    read ?? {
      who: undefined,
      passive: undefined,
      unnamed: [],
      what: false,
      processWords: [],
      vagueState: undefined,
      when: false,
      whenKinds: new Set(),
      standing: false,
      vague: [],
    };
  if (cells.who) {
    const who = readLead(own(cells.who), reader, 'cell');
    reading.who = who.who;
    reading.passive = undefined;
    reading.unnamed = [...new Set([...who.unnamed, ...reading.unnamed])];
  } else if (!cells.what) {
    reading.who ??= lead?.who;
  }
  // A labelled block's own labels ("By when:") are no time: only what is written after them is read.
  const parts = item.kind === 'labelled' ? Object.values(cells).sort((a, b) => a.start - b.start) : [{ start: item.start, end: item.end }];
  const tokens = item.kind === 'labelled' ? parts.flatMap((part) => own(part)) : all;
  const text = parts.map((part) => reader.text.slice(part.start, part.end)).join('\n');
  const vague = vagueIn(tokens, reader.signals);
  const kinds = whenKinds(tokens, text, reader.signals, vague);
  for (const kind of reading.whenKinds) kinds.add(kind);
  reading.whenKinds = kinds;
  reading.when = kinds.size > 0 || reading.standing || lead?.when === true;
  reading.vague = vague;
  return { reading, tokens };
}
