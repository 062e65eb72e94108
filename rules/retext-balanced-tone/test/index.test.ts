import { describe, expect, it } from 'vitest';
import retextBalancedTone from '../src/index.js';
import { lines, run, tone } from './run.js';

/** Counts for one text, with the rule's default thresholds. */
function counts(text: string): { critical: number; positive: number } {
  const { critical, positive } = tone(run(text)) as { critical: number; positive: number };
  return { critical, positive };
}

describe('retext-balanced-tone', () => {
  it('is a unified plugin', () => {
    expect(typeof retextBalancedTone).toBe('function');
    expect(typeof retextBalancedTone()).toBe('function');
  });

  it('reports deficit phrasing with every field of the message contract', () => {
    const file = run('Mum refused to let me see the bedroom.');
    expect(file.messages).toHaveLength(1);
    const message = file.messages[0]!;
    expect(message.source).toBe('retext-balanced-tone');
    expect(message.ruleId).toBe('refused');
    expect(message.actual).toBe('refused');
    expect(message.place).toMatchObject({ start: { line: 1, column: 5, offset: 4 }, end: { line: 1, column: 12, offset: 11 } });
    // The fix shares the text's own "to": "Mum chose not to let me see", never "chose not to to let me see".
    expect(message.expected).toContain('chose not');
    expect(message.expected).not.toContain('chose not to');
    expect(message.reason).toMatch(/“refused”/);
    expect(message.reason).not.toMatch(/Unexpected/);
    expect(message.note).toMatch(/Source: /);
    expect(message.url).toBe('docs/rules/deficit.md#refused');
    expect(message.fatal).toBeUndefined();
    expect((message as unknown as { data: Record<string, unknown> }).data).toMatchObject({ category: 'deficit' });
  });

  it('writes alternatives with a capital at the start of a sentence', () => {
    const [message] = run('Refused to come to the door.').messages;
    expect(message!.expected?.[0]).toMatch(/^[A-Z]/);
  });

  it('leaves quoted speech, negated labels and descriptions of harm alone', () => {
    const text = [
      'Kai said, "I refused to go because the staff are hostile."',
      'Mum has never been hostile with me and did not refuse the visit.',
      'Dad was violent towards Mum in front of the children.',
      'The domestic violence was witnessed by both girls.',
    ].join(' ');
    expect(lines(run(text))).toEqual([]);
  });

  it('leaves ordinary senses alone: hospital admissions, refused applications, declined offers', () => {
    const text =
      'Olivia was admitted to hospital on Tuesday. Her claim for Universal Credit was refused. ' +
      'Mum declined the offer of a support worker. The drug test came back negative.';
    expect(lines(run(text))).toEqual([]);
    expect(counts(text)).toEqual({ critical: 0, positive: 0 });
  });

  it('suggests wording that keeps the facts when the match runs past the headword', () => {
    const [message] = run('Leanne failed to attend the core group.').messages;
    expect(message!.ruleId).toBe('failed-to');
    expect(message!.actual).toBe('failed to attend');
    expect(message!.expected).toEqual(['did not attend', 'was not able to attend', 'chose not to attend']);
    expect(message!.reason).toBe('Check “failed to attend”: “did not attend” or “was not able to attend” may say the same facts without judging.');
  });

  it('asks for a description where there is no word to substitute', () => {
    const [message] = run('The house was chaotic.').messages;
    expect(message!.expected).toEqual([]);
    expect(message!.reason).toBe(
      'Instead of “chaotic”, describe the circumstances, for example “you moved house three times this year”: the facts say more than the label.',
    );
  });

  it('leaves medical terms and harm by adults alone', () => {
    const text =
      'The paediatrician ruled out failure to thrive. Dean has been violent towards Kerry, and he was aggressive towards Tyler. ' +
      'Ryan has manipulated her into sending photos.';
    expect(lines(run(text))).toEqual([]);
  });

  it('flags a label in a heading but does not count the heading', () => {
    const file = run('Non-engagement:\nMum did not come to the meeting on 3 May.');
    expect(lines(file)).toEqual(['1:1 non-engagement Non-engagement']);
    expect(tone(file)).toMatchObject({ critical: 0 });
  });

  it('flags each deficit phrase it finds, where it stands', () => {
    const text = 'Leanne was hostile and uncooperative. The house was chaotic. Jayden is manipulative.';
    expect(lines(run(text))).toEqual([
      '1:1 tone-balance',
      '1:12 hostile hostile',
      '1:24 uncooperative uncooperative',
      '1:53 chaotic chaotic',
      '1:72 manipulative manipulative',
    ]);
  });
});

describe('a denied opinion', () => {
  it('negates the clause it opens, not one after it', () => {
    expect(lines(run('I do not think this is a chaotic home.'))).toEqual([]);
    expect(lines(run("I don't believe Dad was ever aggressive to the children."))).toEqual([]);
    expect(lines(run('I would not describe Mum as hostile.'))).toEqual([]);
    expect(lines(run('I do not think Mum sees how chaotic the home is.'))).toEqual(['1:29 chaotic chaotic']);
    expect(lines(run('Dad did not think before he was aggressive to Mum.'))).toEqual(['1:33 aggressive aggressive']);
    expect(lines(run('I think this is a chaotic home.'))).toEqual(['1:19 chaotic chaotic home']);
  });

  it('reaches to the end of its clause, six words on, where "not" reaches three', () => {
    expect(lines(run("I don't think we can call this disguised compliance on what we know."))).toEqual([]);
    expect(lines(run('I would not say that Dad has been uncooperative with us.'))).toEqual([]);
    expect(lines(run("I don't believe that Mum has ever been hostile to staff."))).toEqual([]);
    // "not" alone, a comma or a "but" in between, or a clause further on: the label stands.
    expect(lines(run('Dad did not come to the meeting and was uncooperative on the phone.'))).toEqual(['1:41 uncooperative uncooperative']);
    expect(lines(run("I don't think so, and Mum was hostile at the door."))).toEqual(['1:31 hostile hostile']);
    expect(lines(run("I don't think Mum was at the door but Dad was hostile."))).toEqual(['1:47 hostile hostile']);
  });
});

describe('counting critical and positive expressions', () => {
  it.each([
    // A negated criticism said of the family reads as a strength, once per negation; harm stays a fact.
    ['Kai was not aggressive today.', 0, 1],
    ['There are no concerns about the home.', 0, 1],
    ['Dad has never refused a visit and was not hostile with me.', 0, 2],
    ['Mum was not angry or rude when we talked about school.', 0, 1],
    ['Dad did not hurt her.', 0, 0],
    ['Mum was no longer angry by the time I left.', 0, 1],
    // Not said of the family: a thing, or the writer and other professionals.
    ['The boiler has not failed since it was fixed.', 0, 0],
    ['The staff were not unkind to him.', 0, 0],
    ['Mum did not say why she refused.', 1, 0],
    ['Kai is not happy at school.', 1, 0],
    ['The bedroom is not safe.', 1, 0],
    ['The children were safe and the home was clean.', 0, 0],
    ['She did not seem to enjoy the session.', 1, 0],
    ['Mum did not drink, but she was angry.', 1, 0],
    ['There is no evidence that Kai was aggressive.', 0, 1],
    ['Ellie was not angry or upset.', 0, 1],
    ['Kai was not only angry but frightened.', 1, 0],
    ['Kai was happy and proud.', 0, 2],
    ['Kai said "I hate it here and I am angry."', 0, 0],
    ['There were bruises on her arm and signs of neglect.', 0, 0],
    ['The injuries are consistent with a slap.', 0, 0],
    ['No-one was angry.', 0, 1],
    // A relative clause that says what someone is not: the label is denied; otherwise it is given.
    ['Kai was never a baby who had tantrums.', 0, 1],
    ["Ellie isn't someone who is aggressive.", 0, 1],
    ['Kai was frightened of a man who was aggressive.', 1, 0],
    // A strength hoped for, or a condition, is not yet one; the same words said of what is (or was) so are.
    ['Mum will feel less tired and more confident.', 0, 0],
    ['Staff will sit with Kai until he is calm.', 0, 0],
    ['Staff sat with Kai until he was calm.', 0, 1],
    ['Kai is close to his nan and very protective of his sister.', 0, 1],
    ['Mum felt less tired and more confident after the course.', 0, 1],
  ])('%s', (text, critical, positive) => {
    expect(counts(text)).toEqual({ critical, positive });
  });

  it('counts deficit phrasing as critical language', () => {
    expect(counts('Mum refused and was hostile.')).toEqual({ critical: 2, positive: 0 });
  });

  it('flags a label for a need but does not count it as criticism', () => {
    const file = run('Zainab has complex needs and needs double handling for transfers. Mum was hostile.');
    expect(file.messages.filter((m) => m.ruleId !== 'tone-balance').map((m) => m.actual)).toEqual(['complex needs', 'double handling', 'hostile']);
    expect(counts('Zainab has complex needs and needs double handling for transfers. Mum was hostile.')).toEqual({ critical: 1, positive: 0 });
  });

  it('quotes a negated strength from its negation', () => {
    const file = run('Kai is not happy. Dad is not kind. Mum was angry.');
    const [message] = file.messages.filter((m) => m.ruleId === 'tone-balance');
    expect(message!.reason).toContain('(“not happy”, “not kind” and “angry”)');
  });

  it('sets the tone metrics: ratio to one decimal place, null with nothing critical', () => {
    expect(tone(run('Kai was happy, proud and kind. Mum was angry. Nan was dismissive. Dad was rude.'))).toEqual({
      critical: 3,
      positive: 3,
      ratio: 1,
      target: 5,
    });
    expect(tone(run('Kai was happy and kind, and proud of his work. Mum was angry. Dad was rude. Nan was evasive.'))).toMatchObject({ ratio: 1 });
    expect(tone(run('Kai was happy. Mum was rude. Dad was rude. Nan was rude.'))).toMatchObject({ ratio: 0.3 });
    expect(tone(run('Kai was happy.'))).toEqual({ critical: 0, positive: 1, ratio: null, target: 5 });
  });
});

describe('the balance message', () => {
  const heavy = 'Dad was evasive. Mum was rude and angry. Kai was proud of his drawing.';

  it('says the counts, quotes the first critical phrases and asks for strengths, not softening', () => {
    const messages = run(heavy).messages;
    expect(messages).toHaveLength(1);
    const message = messages[0]!;
    expect(message.ruleId).toBe('tone-balance');
    expect(message.place).toMatchObject({ start: { line: 1, column: 1 } });
    expect(message.actual).toBe('');
    expect(message.expected).toEqual([]);
    expect(message.reason).toBe(
      'This record has 3 critical expressions (“evasive”, “rude” and “angry”) and 1 positive one, where the aim is 5 positive for each critical: ' +
        'add the strengths that stand beside the concerns (what is going well, what the family does that helps) and keep the concerns as frank as they are.',
    );
    expect(message.note).toMatch(/Gottman/);
    expect(message.url).toBe('docs/rules/balanced-tone.md#tone-balance');
    expect((message as unknown as { data: Record<string, unknown> }).data).toMatchObject({ category: 'tone', scope: 'document', critical: 3, positive: 1 });
  });

  it('is a warning below 1 : 1 and information above it', () => {
    expect(run(heavy).messages[0]!.fatal).toBe(false);
    const some = 'Dad was evasive. Mum was rude and angry. Kai was proud, happy, kind and funny.';
    expect(run(some).messages[0]!.fatal).toBeUndefined();
  });

  it('says nothing when the strengths meet the target', () => {
    const text = 'Mum was angry. Kai was happy, proud, kind, funny and brave, and he enjoyed school.';
    expect(counts(text)).toEqual({ critical: 1, positive: 6 });
    expect(run('Dad was evasive. Mum was rude and angry. ' + 'Kai was happy, proud, kind, funny and brave. '.repeat(3)).messages).toEqual([]);
  });

  it('does not cry wolf over a record with few critical words (minCritical, default 3)', () => {
    const text = 'Dad was evasive and Mum was rude.';
    expect(run(text).messages).toEqual([]);
    expect(lines(run(text, { minCritical: 2 }))).toEqual(['1:1 tone-balance']);
  });

  it('takes the target as an option', () => {
    expect(run(heavy, { target: 0.3 }).messages).toEqual([]);
    expect(tone(run(heavy, { target: 3 }))).toMatchObject({ target: 3 });
  });
});

describe('sections', () => {
  const record = [
    'What is working well?',
    'Mason is happy and proud of his football. Lily loves nursery and is confident. Dad is warm, kind and patiently teaches Mason to ride his bike.',
    '',
    'What are we worried about?',
    'Dad was angry and the house was dirty. There was a lack of food. The police heard shouting.',
    '',
    'Education:',
    'Mason’s attendance is poor and he is disruptive in class. He has been unsettled since Christmas.',
    '',
    'Family time:',
    'Mason and Lily enjoy seeing Mum, and Mum is loving with them.',
  ].join('\n');

  it('leaves "worries" sections out of the balance message (not the figures) and points at the section out of balance', () => {
    const file = run(record);
    expect(lines(file)).toEqual(['7:1 tone-balance Education:']);
    expect(file.messages[0]!.reason).toMatch(/^The “Education” section has 3 critical expressions \(“poor”, “disruptive” and “unsettled”\) and no positive ones/);
    // The figures are the whole record's, worries included: "angry", "lack of", "shouting" beside the three.
    expect(tone(file)).toEqual({ critical: 6, positive: 9, ratio: 1.5, target: 5 });
  });

  it('reports the whole document when the sections are not reported on their own', () => {
    expect(lines(run(record, { sections: false }))).toEqual(['1:1 tone-balance']);
  });

  it('reports the document once when the imbalance is spread across sections', () => {
    const spread = ['Home:', 'Ruby was rude to her mum and angry.', '', 'School:', 'Attendance is poor.', '', 'Friends:', 'Ruby enjoys drama club.'].join('\n');
    expect(lines(run(spread))).toEqual(['1:1 tone-balance']);
  });
});
