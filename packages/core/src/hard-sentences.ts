import { report } from '@carelint/text';
import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { flesch } from 'flesch';
import { gunningFog } from 'gunning-fog';
import type { Node, Parent, Root, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { smogFormula } from 'smog-formula';
import { spacheFormula } from 'spache-formula';
import type { VFile } from 'vfile';
import { factsOf, limitWordFacts } from './syllables.js';

/** Options of the hard-sentence check, as retext-readability takes them. */
export interface HardSentenceOptions {
  age: number;
  minWords: number;
  threshold?: number;
}

const MEASURES = 7;

/**
 * retext-readability's judgement of each sentence, made here: a sentence is hard when enough of seven
 * readability formulas put it above the target age.
 *
 * The plugin counts every word's syllables afresh (through pluralize's rules, some 20 µs a word), and in a
 * whole lint that was a third of the time. This check makes the plugin's counts from the same tree (the same
 * word nodes, `syllable`, Dale–Chall and Spache lists, remembered per word) and feeds them to the same formula
 * packages with the same cut-offs, so it flags the same sentences, with the same number of formulas agreeing.
 * core's tests run the plugin itself beside it at five ages over every fixture and fail on any difference. The
 * findings keep the plugin's name as their source, which configurations use to turn the check off or on.
 */
export default function hardSentences(options: HardSentenceOptions) {
  const threshold = options.threshold ?? 4 / 7;
  return function (tree: Root, file: VFile): undefined {
    limitWordFacts();
    forEachSentence(tree, (sentence) => {
      const agree = measuresOver(sentence, options.age, options.minWords);
      if (agree === undefined || agree / MEASURES < threshold) return;
      const start = sentence.position?.start.offset ?? 0;
      const end = sentence.position?.end.offset ?? start;
      report(file, {
        source: 'retext-readability',
        ruleId: 'readability',
        reason: `This sentence may be hard to read for someone aged ${options.age} (${agree < MEASURES ? `${agree} of 7` : 'all 7'} readability measures agree); try shorter sentences and everyday words.`,
        start,
        end,
        expected: [],
        note: 'Records are read later by children and families; plain sentences help them understand what happened and why. Source: The Promise (simple, caring language); Sandwell Children’s Trust young people.',
        url: 'docs/rules/readability.md#readability',
        category: 'readability',
        fatal: undefined,
      });
    });
    return undefined;
  };
}

/** Every sentence node, wherever it sits (retext-readability visits the whole tree and skips inside sentences). */
function forEachSentence(node: Node, callback: (sentence: Sentence) => void): void {
  if (node.type === 'SentenceNode') {
    callback(node as Sentence);
    return;
  }
  const children = (node as Partial<Parent>).children;
  if (children) for (const child of children) forEachSentence(child, callback);
}

interface Counts {
  words: number;
  letters: number;
  syllables: number;
  polysyllabic: number;
  complexPolysyllabic: number;
  /** Distinct words of the sentence on the Spache and Dale–Chall lists (the plugin counts each word once). */
  familiar: number;
  easy: number;
  /** Which sentence is being counted: a word's `counted` equal to this means it was already counted. */
  sentence: number;
}

/** One set of counters, reused for every sentence (lint is synchronous, so they are never shared). */
const SCRATCH: Counts = { words: 0, letters: 0, syllables: 0, polysyllabic: 0, complexPolysyllabic: 0, familiar: 0, easy: 0, sentence: 0 };

/** Counts every word node under `node`, the way retext-readability does for a sentence. */
function countWords(node: Node, counts: Counts): void {
  const children = (node as Partial<Parent>).children;
  if (!children) return;
  for (const child of children) {
    if (child.type === 'WordNode') {
      // Most words are one text node: its value is the word, with no new string made (and then hashed) for it.
      const only = (child as Parent).children.length === 1 ? ((child as Parent).children[0] as { value?: string }) : undefined;
      const value = only?.value ?? toString(child);
      const facts = factsOf(value);
      counts.words += 1;
      counts.letters += value.length;
      counts.syllables += facts.syllables;
      if (facts.syllables >= 3) {
        counts.polysyllabic += 1;
        if (facts.lowerInitial) counts.complexPolysyllabic += 1;
      }
      const lower = facts.lower;
      if (lower.counted !== counts.sentence) {
        lower.counted = counts.sentence;
        if (lower.familiar) counts.familiar += 1;
        if (lower.easy) counts.easy += 1;
      }
    }
    countWords(child, counts);
  }
}

/** How many word nodes are under `node`. */
function wordNodes(node: Node): number {
  const children = (node as Partial<Parent>).children;
  if (!children) return 0;
  let count = 0;
  for (const child of children) count += (child.type === 'WordNode' ? 1 : 0) + wordNodes(child);
  return count;
}

/** How many of the seven scores put the sentence above `age`; undefined for a sentence too short to score. */
function measuresOver(sentence: Sentence, age: number, minWords: number): number | undefined {
  // Short sentences are never scored; counting their word nodes costs far less than counting their syllables.
  if (wordNodes(sentence) < minWords) return undefined;
  const counts = SCRATCH;
  counts.words = counts.letters = counts.syllables = counts.polysyllabic = counts.complexPolysyllabic = 0;
  counts.familiar = counts.easy = 0;
  counts.sentence += 1;
  countWords(sentence, counts);
  if (counts.words < minWords) return undefined;
  const formulaCounts = {
    character: counts.letters,
    complexPolysillabicWord: counts.complexPolysyllabic,
    difficultWord: counts.words - counts.easy,
    letter: counts.letters,
    polysillabicWord: counts.polysyllabic,
    sentence: 1,
    syllable: counts.syllables,
    unfamiliarWord: counts.words - counts.familiar,
    word: counts.words,
  };
  const scores = [
    gradeToAge(automatedReadability(formulaCounts)),
    gradeToAge(colemanLiau(formulaCounts)),
    gradeToAge(daleChallGradeLevel(daleChallFormula(formulaCounts))[1]!),
    20 - Math.floor(flesch(formulaCounts) / 10),
    gradeToAge(gunningFog(formulaCounts)),
    Math.ceil(Math.sqrt(smogFormula(formulaCounts)) + 2.5),
    gradeToAge(spacheFormula(formulaCounts)),
  ];
  let over = 0;
  for (const score of scores) if (score > age) over += 1;
  return over;
}

function gradeToAge(grade: number): number {
  return Math.round(grade + 5);
}
