import { describe, expect, it } from 'vitest';
import { run } from './run.js';

/** The deficit findings (rule ids) of a text, with the rule's defaults. */
function deficits(text: string): string[] {
  return run(text).messages.filter((m) => m.ruleId !== 'tone-balance').map((m) => `${m.ruleId} ${m.actual}`);
}

// Each mechanism that decides whether a deficit word describes a person: three sentences it must flag and
// three it must leave alone, written for these tests.
describe('whom a deficit word describes', () => {
  it.each([
    'Match on TV (kick off 17:30) so Corey watched the second half.',
    'The cup final is on Saturday. Kick off 3pm.',
    'We left early for the game, kick off 2.30pm.',
  ])('a clock time that ends the clause names when something starts: %s', (text) => {
    expect(deficits(text)).toEqual([]);
  });

  it.each([
    ['Mia kicked off at 20:15 when she was asked to come off the Xbox.', 'kicking-off kicked off'],
    ['Corey refused 8pm meds and went to his room.', 'refused refused'],
    ['Kai kicked off 3 times this week at bedtime.', 'kicking-off kicked off'],
  ])('a time that goes on to what was done, or a count, is not a start: %s', (text, finding) => {
    expect(deficits(text)).toEqual([finding]);
  });

  it.each([
    ['Dad failed to bring the inhaler on Monday.', 'failed-to failed to'],
    ['The young person refused to get out of the car.', 'refused refused'],
    ['Mum has been refusing to open the door to the health visitor.', 'refused refusing'],
  ])('a person as the subject of a verb: %s', (text, finding) => {
    expect(deficits(text)).toEqual([finding]);
  });

  it.each([
    'The washing machine failed to drain again, so the kitchen floor was wet.',
    'The lift refused to move past the second floor.',
    'Her phone has failed to charge since Friday.',
  ])('a thing as the subject of a verb: %s', (text) => {
    expect(deficits(text)).toEqual([]);
  });

  it.each([
    ['Dad was hostile when I arrived.', 'hostile hostile'],
    ['School report more aggressive behaviour at lunchtime.', 'aggressive aggressive'],
    ['Dad has a violent temper when he has been drinking.', 'violent violent'],
    ['The household remains chaotic most evenings.', 'chaotic chaotic'],
  ])('an adjective describing a person or their conduct: %s', (text, finding) => {
    expect(deficits(text)).toEqual([finding]);
  });

  it.each([
    'Gran gave the hedge an aggressive trim in the spring.',
    'The traffic on the bypass was chaotic after the accident.',
    'The bathroom has a chaotic mix of old tiles.',
  ])('an adjective describing a thing: %s', (text) => {
    expect(deficits(text)).toEqual([]);
  });

  it.each([
    ['Jade denied that she had been drinking.', 'claims denied'],
    ['Kai admitted taking the money from the tin.', 'claims admitted'],
    ['Mum refused the offer of a nursery place.', 'refused refused'],
  ])('an active verb: %s', (text, finding) => {
    expect(deficits(text)).toEqual([finding]);
  });

  it.each([
    'Mum was refused a tenancy by the housing association.',
    'Dad will be admitted on Thursday for his knee operation.',
    'Jade was denied a place on the college course.',
  ])('a passive, done to the person: %s', (text) => {
    expect(deficits(text)).toEqual([]);
  });

  it.each([
    ['Dad claimed the bruise came from football.', 'claims claimed'],
    ['Mum claims that she was at work all day.', 'claims claims'],
    ['Leo claimed to have eaten his tea already.', 'claims claimed'],
  ])('a report verb followed by what was said: %s', (text, finding) => {
    expect(deficits(text)).toEqual([finding]);
  });

  it.each([
    'Mum claims Personal Independence Payment for her back.',
    'Gran is claiming Pension Credit now.',
    'Dad claims for his travel costs each month.',
  ])('a claim for something: %s', (text) => {
    expect(deficits(text)).toEqual([]);
  });

  it.each([
    ['Her refusal to attend school has gone on since March.', 'refused refusal'],
    ["Dad's refusal to let staff in worried the nurse.", 'refused refusal'],
    ["Kai's refusal to speak to staff lasted all evening.", 'refused refusal'],
  ])('a refusal to do something: %s', (text, finding) => {
    expect(deficits(text)).toEqual([finding]);
  });

  it.each([
    'His asylum refusal letter arrived in the post.',
    'The solicitor will appeal against the refusal.',
    'Omar was frightened that it would be a refusal.',
  ])('a refusal decided by others: %s', (text) => {
    expect(deficits(text)).toEqual([]);
  });

  it.each([
    ['Sam kicked off when the television was switched off.', 'kicking-off kicked off'],
    ['YP kicking off in the lounge after tea.', 'kicking-off kicking off'],
    ['Staff said Ellie will kick off if she is told no.', 'kicking-off kick off'],
  ])('kicking off as a person’s distress: %s', (text, finding) => {
    expect(deficits(text)).toEqual([finding]);
  });

  it.each([
    'The match had a 2pm kick-off, so we left early.',
    'Kick-off was delayed by the rain.',
    'The film night was about to kick off when the lights went out.',
  ])('a kick-off or an event starting: %s', (text) => {
    expect(deficits(text)).toEqual([]);
  });

  it.each([
    'Jade came in soaked and kicked off her boots by the radiator.',
    'He kicked off his trainers and lay on the sofa.',
    'The boys kicked off their wellies at the back door.',
  ])('shoes or covers kicked off: %s', (text) => {
    expect(deficits(text)).toEqual([]);
  });

  it.each([
    ['Jade kicked off at her nan when the tablet was taken.', 'kicking-off kicked off'],
    ['He kicked off, his face red, when told no.', 'kicking-off kicked off'],
    ['The boys kicked off in the car on the way home.', 'kicking-off kicked off'],
  ])('kicking off said of a person, with a pronoun nearby: %s', (text, finding) => {
    expect(deficits(text)).toEqual([finding]);
  });

  it.each([
    '12/05 Mum admitted to Eastbrook General after a fall.',
    'Dad admitted overnight with chest pains, home Tuesday.',
    'Nan admitted to the Royal Infirmary on Sunday.',
  ])('a hospital admission, in a log\'s shorthand too: %s', (text) => {
    expect(deficits(text)).toEqual([]);
  });

  it.each([
    ['Mum admitted she had missed the appointment.', 'claims admitted'],
    ['Dad admitted to me that he had been drinking.', 'claims admitted'],
    ['Mum admitted that the house had been cold for weeks.', 'claims admitted'],
  ])('an admission of something done: %s', (text, finding) => {
    expect(deficits(text)).toEqual([finding]);
  });

  it.each([
    ['Dad was uncooperative at the meeting.', 'uncooperative uncooperative'],
    ['Mum was hostile on the phone.', 'hostile hostile'],
    ['At the meeting Dad was aggressive.', 'aggressive aggressive'],
  ])('criticism in the writer’s voice: %s', (text, finding) => {
    expect(deficits(text)).toEqual([finding]);
  });

  it.each([
    'At no point has Dad been uncooperative with the school.',
    'At no time was Mum hostile on the phone.',
    'Dad said, "I was never aggressive, I was scared."',
  ])('negated or quoted criticism: %s', (text) => {
    expect(deficits(text)).toEqual([]);
  });
});

describe('texts that are not care records', () => {
  const newsletter = [
    'Welcome back to the garden centre blog! This month the weather turned, and the borders are looking a bit chaotic.',
    'Buddleia needs an aggressive prune back to about 30cm, and the old roses can go the same way. The shed door refused',
    'to open after the frost, so we gave it a coat of oil. Our Saturday seed swap will kick off the season at 10am in the',
    'café, and there will be cake, coffee and a talk about composting. Some bags of compost make big claims about being',
    '"peat free", so check the label before you buy. The spring bulbs failed to show last year in the wet corner, so we',
    'are trying tulips in pots instead. Bring your own seeds, bring a friend, and tell us what grew well for you this',
    'summer. We will post photographs of the best entries on the noticeboard by the till and on our page next week.',
  ].join(' ');

  it('gives no deficit or balance findings on a text that does not read as a care record', () => {
    expect(run(newsletter).messages).toEqual([]);
  });

  it('trusts a document type the caller gives, "other" included (a care record of another kind)', () => {
    const record = 'Transfer summary. The family has been known to children\'s services since 2019. Mum was hostile at the core group and refused to let the social worker in.';
    expect(deficits(record)).toEqual(['hostile hostile', 'refused refused']);
    expect(run(record, {}, { documentType: 'other' }).messages.map((m) => m.ruleId)).toEqual(['hostile', 'refused']);
    // A caller that names a document type says it is a care record (core uses "other" for daily notes and
    // chronologies); only a text with no type given is judged by its words.
    expect(run(newsletter, {}, {}).messages).toEqual([]);
  });

  it('gives them on the same words in a care record', () => {
    const record = 'Social worker visit. Mum was hostile at the door and refused entry. Kai (7) was chaotic at bedtime.';
    expect(deficits(record)).toEqual(['hostile hostile', 'refused refused', 'chaotic chaotic']);
  });
});
