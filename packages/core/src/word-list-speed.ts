import { daleChall } from 'dale-chall';
import { spache } from 'spache';

const easyWords = new Set<string>(daleChall);
const familiarWords = new Set<string>(spache);

/**
 * retext-readability asks `list.includes(word)` of the Dale–Chall (about 3,000 words) and Spache word lists
 * for every word, which is most of its run time. The lists are shared module instances, so giving each array
 * a Set-backed `includes` keeps the answers identical and makes the lookup constant time.
 */
export function speedUpReadabilityWordLists(): void {
  for (const [list, set] of [[daleChall, easyWords], [spache, familiarWords]] as Array<[string[], Set<string>]>) {
    if (Object.prototype.hasOwnProperty.call(list, 'includes')) continue;
    Object.defineProperty(list, 'includes', {
      value: (word: string) => set.has(word),
      enumerable: false,
    });
  }
}

/** Whether a lower-case word is on the Dale–Chall list of words most children know. */
export function isEasyWord(word: string): boolean {
  return easyWords.has(word);
}

/** Whether a lower-case word is on the Spache list of familiar words. */
export function isFamiliarWord(word: string): boolean {
  return familiarWords.has(word);
}
