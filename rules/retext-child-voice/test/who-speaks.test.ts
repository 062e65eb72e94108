import { describe, expect, it } from 'vitest';
import { runLines, voice } from './run.js';

// A school chronology: one line an event, the pupil a header field names, written in note form.
const chronology = (line: string) =>
  'SAFEGUARDING CHRONOLOGY\nPupil: Tomas WREN   Y9   DOB 11/03/2011\nCompiled by: the DSL\n\n' +
  '03/09/24  T late x2. Mum not answering phone. DSL logged.\n' +
  `${line}\n`;

describe('who speaks after a semicolon', () => {
  it('gives a quote to the adult whose clause follows a semicolon, not to the child who opened the sentence', () => {
    for (const line of [
      '14/01/25  Review held. Tomas back in the choir; the conductor says he is "a natural".',
      '21/01/25  Good week. Tomas in the chess club now; organiser says he is "the sharpest player we have".',
      '28/01/25  Tomas in the rugby squad; coach says he is kind to the younger ones and "never misses a session".',
    ]) expect(voice(runLines(chronology(line))), line).toMatchObject({ status: 'absent', quotes: 0 });
  });

  it('still gives the quote to the child when the clause after the semicolon has no subject of its own', () => {
    for (const line of [
      '14/01/25  Review held. Tomas picked for the team; said "best day ever".',
      '21/01/25  Quiet week. Tomas in isolation p3; when asked, said "I am just tired".',
      '28/01/25  After lunch. Tomas came in upset and said "I hate this school".',
    ]) expect(voice(runLines(chronology(line))), line).toMatchObject({ status: 'present', quotes: 1 });
  });
});
