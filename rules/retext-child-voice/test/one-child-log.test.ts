import { describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { runLines, voice } from './run.js';

/** The children the rule reports as unheard beside a brother or sister who was heard. */
function unheard(file: VFile): string[] {
  return file.messages.filter((m) => m.ruleId === 'missing-sibling-voice').map((m) => m.actual ?? '');
}

// A carer's or a residential worker's log about one child: the title or a header names the child, other children
// come up in passing ("with our Gethin"), and the entries say "he" or "she" for the log's child.
describe('a log about one child', () => {
  it('gives the quote to the log’s child, not to a child named in passing before it', () => {
    const log =
      'Weekly log - Elis (8)\nCarer: Sian Pritchard\n\nMon\nWalked to school with our Gethin (10). He sang me the song from assembly in the car.\n\n' +
      'Tue\nDentist 4pm. After he said "I don’t like people looking in my mouth".\n';
    const file = runLines(log);
    expect(voice(file)).toMatchObject({ status: 'present', quotes: 1 });
    // Gethin, named in passing, is not the log's subject: no note that his voice is missing.
    expect(unheard(file)).toEqual([]);
  });

  it('does not give "he" to the carer a header line names', () => {
    const log =
      'Weekly log - Elis (8)\nCarer: Sian Pritchard\n\nMon\nWalked to school with our Gethin (yr 6). He sang me the song in the car.\n\n' +
      'Tue\nDentist 4pm. After he said "I don’t like people looking in my mouth".\n';
    expect(voice(runLines(log))).toMatchObject({ status: 'present', quotes: 1 });
  });

  it('gives a residential record’s "he" to its young person over another resident he played with', () => {
    const log =
      'Daily record - YP: RW (15)\nStaff: Huw, Dani\n\nAfternoon\nHome from school at 4, straight up to his room.\nKicked a ball about with Tyler (14) till tea.\n' +
      'He asked me if Nan is "still poorly".\n';
    const file = runLines(log);
    expect(voice(file)).toMatchObject({ status: 'present', quotes: 1 });
    expect(unheard(file)).not.toContain('RW');
  });

  it('gives "she" to the log’s child when no one else is named in the lines before it', () => {
    const log =
      'Daily log - Cerys (6)\nCarer: Dafydd Morgan\n\nSaturday\nSwimming in the morning.\nChippy for tea.\nBath and bed by 8.\n' +
      'She told me she wants a sleepover at Nan’s next weekend.\n';
    expect(voice(runLines(log))).toMatchObject({ status: 'present', reportedViews: 1 });
  });

  it('leaves "he" with another child who was the subject just before it', () => {
    // Gethin is the one who came in: what he said is his, and Elis's voice is still missing.
    const log = 'Weekly log - Elis (8)\nCarer: Sian Pritchard\n\nWed\nElis at football club till 6.\nGethin (10) came in from school. He said he was hungry.\n';
    const file = runLines(log);
    expect(voice(file)).toMatchObject({ status: 'present', reportedViews: 1 });
    expect(unheard(file)).toEqual(['Elis']);
  });

  it('leaves "she" with a girl named in passing in a boy’s log, and a log about two children alone', () => {
    const girl =
      'Weekly log - Elis (8)\nCarer: Sian Pritchard\n\nMon\nElis was tired after school and went up to his room early.\n\n' +
      'Sat\nPlayed in the park with Ffion (9) from next door. She told me she wants a dog.\n';
    expect(unheard(runLines(girl))).toEqual(['Elis']);
    const two = 'Weekly log - Elis (8) and Gethin (10)\nCarer: Sian Pritchard\n\nMon\nWalked to school with Gethin. He said he liked the song from assembly.\n';
    expect(unheard(runLines(two))).toEqual(['Elis']);
  });

  it('leaves "he" with the other child the writer was talking to', () => {
    const log = 'Weekly log - Elis (8)\nCarer: Sian Pritchard\n\nFri\nI had a chat with Gethin (10) about the school trip. He said he is nervous about the coach.\n';
    const file = runLines(log);
    expect(voice(file)).toMatchObject({ status: 'present', reportedViews: 1 });
    expect(unheard(file)).toEqual(['Elis']);
  });

  it('leaves a log where the child says nothing without a voice', () => {
    const log =
      'Weekly log - Elis (8)\nCarer: Sian Pritchard\n\nMon\nWalked Elis to school with our Gethin (10). Elis had swimming after school.\n\n' +
      'Tue\nDentist 4pm for Elis, no fillings. He was in bed by 7.\n';
    expect(voice(runLines(log))).toMatchObject({ status: 'absent', quotes: 0, reportedViews: 0 });
  });

  it('leaves an adult’s account with the adult', () => {
    const mum =
      'Weekly log - Elis (8)\nCarer: Sian Pritchard\n\nSun\nElis had family time with Mum at the centre. Took Elis there for 2.\n' +
      'Mum said he was tired and had a cold.\n';
    expect(voice(runLines(mum))).toMatchObject({ status: 'absent', reportedViews: 0 });
    const dad =
      'Weekly log - Elis (8)\nCarer: Sian Pritchard\n\nThu\nElis walked to school with our Gethin (10). Elis had tea at 5.\nDad rang at 6. He said "I will be late on Saturday".\n';
    expect(voice(runLines(dad))).toMatchObject({ status: 'absent', quotes: 0 });
    // The GP, named before "he", may be the one who spoke: too unclear to give to the child.
    const gp = 'Weekly log - Elis (8)\nCarer: Sian Pritchard\n\nTue\nElis off school with a temperature.\nWent to the GP at 4. He said "it is just a virus".\n';
    expect(voice(runLines(gp))).toMatchObject({ quotes: 0 });
  });
});
