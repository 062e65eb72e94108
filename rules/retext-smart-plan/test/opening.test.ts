import { collectSentences, isPartOfSpeech, type Token } from '@carelint/text';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../fixtures/load.js';
import { surelyNotVerb } from '../src/opening.js';

const parser = unified().use(retextEnglish);

/** A phrase as the rule asks about it: its first eight tokens and their text. */
function phraseOf(text: string, tokens: readonly Token[]): [Token[], string] {
  const head = tokens.slice(0, 8);
  return [head, text.slice(head[0]!.start, head[head.length - 1]!.end)];
}

const opening = (text: string) => phraseOf(text, collectSentences(parser.parse(text)).flatMap((sentence) => sentence.tokens));

describe('surelyNotVerb', () => {
  it('answers for names, people, grammar words, numbers and acronyms', () => {
    for (const text of ['The plan', 'When Mum arrives', 'Ellie will call', 'Holly went home', "Grace's mum", 'Mum said', '20/12/2024 Kirsty asked', 'TAF meeting', 'Two men', 'Agnieszka told me', 'Assessment of need', 'Ellie-Mae will']) {
      expect(surelyNotVerb(...opening(text)), text).toBe(true);
    }
  });

  it('leaves to compromise what it may read as a verb', () => {
    for (const text of ['Contact Mum', 'Keep the door shut', 'Sue the council', 'Out has', 'Ellie me', 'Liaise him', 'Kirsty the school', 'Fridays a lot', "Stop's", 'Special the', 'ELLIE will', 'Mum/Dad will', 'Sue-Ellen will']) {
      expect(surelyNotVerb(...opening(text)), text).toBe(false);
    }
  });

  it('never says "not a verb" of a sentence opening compromise reads as a verb', () => {
    let answered = 0;
    for (const fixture of loadFixtures()) {
      for (const sentence of collectSentences(parser.parse(fixture.text))) {
        const first = sentence.tokens.findIndex((token) => token.kind === 'word');
        if (first < 0) continue;
        const [head, phrase] = phraseOf(fixture.text, sentence.tokens.slice(first));
        if (!surelyNotVerb(head, phrase)) continue;
        answered += 1;
        expect(isPartOfSpeech(phrase, 0, 'verb'), phrase).toBe(false);
      }
    }
    expect(answered).toBeGreaterThan(100);
  });
});
