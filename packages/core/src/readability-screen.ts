import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { flesch } from 'flesch';
import { gunningFog } from 'gunning-fog';
import type { Node, Parent, Root, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextReadability from 'retext-readability';
import { smogFormula } from 'smog-formula';
import { spacheFormula } from 'spache-formula';
import type { VFile } from 'vfile';
import { factsOf, limitWordFacts } from './syllables.js';

/** retext-readability's options, as core passes them. */
export interface ScreenedReadabilityOptions {
  age: number;
  minWords: number;
  threshold?: number;
}


/**
 * retext-readability, run only on the sentences it could flag.
 *
 * The plugin scores every sentence with seven formulas, counting the syllables of every word afresh; in a
 * whole lint that was about a third of the time, and most sentences in a record are nowhere near the target
 * age. This screen works out the same counts from the tree (syllables remembered per word, word lists in
 * Sets) and the same seven scores with the same formula packages, and passes on the sentences where enough
 * scores pass the target. retext-readability then judges those sentences and writes the messages, exactly as
 * it would have over the whole tree: the counts are the plugin's own, so no margin is needed, and core's tests
 * compare the two at five ages on every fixture, so a plugin version that counts differently fails them.
 */
export default function screenedReadability(options: ScreenedReadabilityOptions) {
  const transform = retextReadability(options) as (tree: Root, file: VFile) => void;
  const threshold = options.threshold ?? 4 / 7;
  return function (tree: Root, file: VFile): undefined {
    limitWordFacts();
    const candidates: Sentence[] = [];
    forEachSentence(tree, (sentence) => {
      if (couldBeHard(sentence, options.age, threshold, options.minWords)) candidates.push(sentence);
    });
    if (candidates.length > 0) {
      transform({ type: 'RootNode', children: [{ type: 'ParagraphNode', children: candidates }] }, file);
    }
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
      const value = toString(child);
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

/** Whether enough of the seven scores reach `age` for retext-readability to possibly flag the sentence. */
function couldBeHard(sentence: Sentence, age: number, threshold: number, minWords: number): boolean {
  // Short sentences are never scored; counting their word nodes costs far less than counting their syllables.
  if (wordNodes(sentence) < minWords) return false;
  const counts = SCRATCH;
  counts.words = counts.letters = counts.syllables = counts.polysyllabic = counts.complexPolysyllabic = 0;
  counts.familiar = counts.easy = 0;
  counts.sentence += 1;
  countWords(sentence, counts);
  if (counts.words < minWords) return false;
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
  return over / scores.length >= threshold;
}

function gradeToAge(grade: number): number {
  return Math.round(grade + 5);
}
