import { describe, expect, it } from 'vitest';
import retextChildVoice, { ruleIds } from '../src/index.js';
import { ids, lines, run, voice } from './run.js';

const VISIT = { documentType: 'visit' };

describe('retext-child-voice', () => {
  it('is a unified plugin and names its rule ids', () => {
    expect(typeof retextChildVoice).toBe('function');
    expect(typeof retextChildVoice()).toBe('function');
    expect(ruleIds).toEqual(['missing-child-voice', 'missing-method', 'missing-sibling-voice', 'empty-child-views-section', 'depersonalising-reference']);
  });

  it('reports a record with no child voice once, with every field of the message contract', () => {
    const file = run('I visited Tyler (8) at home. Mum said Tyler is doing well at school.');
    expect(file.messages).toHaveLength(1);
    const message = file.messages[0]!;
    expect(message.source).toBe('retext-child-voice');
    expect(message.ruleId).toBe('missing-child-voice');
    expect(message.actual).toBe('');
    expect(message.place).toMatchObject({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } });
    expect(message.expected).toEqual([]);
    expect(message.reason).toBe(
      'Tyler’s own words and views are not in this record: add what Tyler said, in quotation marks where you can, and how you heard it (seen alone or not, where, and through talking, play, drawing, a direct-work tool or an interpreter).',
    );
    expect(message.note).toMatch(/Sources: Ofsted/);
    expect(message.url).toBe('docs/rules/child-voice.md#missing-child-voice');
    expect(message.fatal).toBe(false);
    expect((message as unknown as { data: Record<string, unknown> }).data).toMatchObject({ category: 'child-voice', children: ['Tyler'] });
    expect(voice(file)).toEqual({ status: 'absent', quotes: 0, reportedViews: 0, observations: 0, methods: ['place'] });
  });

  describe('finds the child’s words', () => {
    it('counts a quote attributed to the child, in the same sentence or beside it', () => {
      expect(voice(run('"I like my new school," Amira said.', { childNames: ['Amira'] })).quotes).toBe(1);
      expect(voice(run('Amira said, "I like my new school."', { childNames: ['Amira'] })).quotes).toBe(1);
      expect(voice(run('"I like my new school," said Amira.', { childNames: ['Amira'] })).quotes).toBe(1);
      expect(voice(run('Amira told me about her week. "We went swimming on Saturday."', { childNames: ['Amira'] })).quotes).toBe(1);
      expect(voice(run('I spoke with Amira. She said: "I miss my dad."', { childNames: ['Amira'] })).quotes).toBe(1);
    });

    it('does not count adults’ quotes, the writer’s, or words in quotes that nobody said', () => {
      const text =
        'I visited Amira (7). Mum said, "She has been brilliant." I said "well done" to Mum. ' +
        'The school called it a "blip". Her teacher, Mr Shaw, told me: "Amira is a joy."';
      const file = run(text);
      expect(voice(file).quotes).toBe(0);
      expect(voice(file).status).toBe('absent');
    });

    it('counts reported views and feelings whose subject is the child', () => {
      const file = run('Kai (10) told me he wants to see his dad more. He said he feels safe at home. Kai does not like the dark.');
      expect(voice(file)).toMatchObject({ status: 'present', quotes: 0, reportedViews: 3 });
    });

    it('does not count a child’s view inside an adult’s account or the writer’s opinion', () => {
      const text =
        'I visited Kai (10) at home. Mum said Kai wants to move to his dad’s. His teacher feels he likes school. ' +
        'I think Kai would like more time with his dad. Kai was told by his teacher that he could be a buddy. ' +
        'Kai is happy at school, Mum said. According to Nan, Kai wants a dog.';
      expect(voice(run(text))).toMatchObject({ status: 'absent', reportedViews: 0 });
    });

    it('counts the child again after a new clause starts', () => {
      const file = run('I asked Kai (10) what he wanted for his birthday, and he said he would like a bike.');
      expect(voice(file).reportedViews).toBe(1);
      expect(voice(run('I asked Kai (10) what he wanted for his birthday.')).reportedViews).toBe(0);
    });

    it('reads common ways of reporting a child’s words', () => {
      for (const text of [
        'I visited Amira (7). Amira was able to tell me that she feels safe.',
        'I visited Amira (7). Amira’s wish is to live with Nan.',
        'I visited Amira (7). Her biggest worry is Mum.',
        'I visited Amira (7). Amira reported that Dad hit her.',
        'I visited Amira (7). Amira stated that she wants to go home.',
      ]) {
        expect(voice(run(text, VISIT)).reportedViews, text).toBe(1);
      }
    });

    it('does not take a child’s words passed on by an adult for the child’s voice', () => {
      const file = run('Mum told me that Amira (7) said "I hate school". School reported that Amira is settled.', VISIT);
      expect(voice(file)).toMatchObject({ status: 'absent', quotes: 0, reportedViews: 0 });
    });

    it('leaves conditions and questions alone ("whenever you want", "if he wants")', () => {
      const file = run('Dear Josh, you can ring me whenever you want. If you want, we can meet at school.');
      expect(voice(file).reportedViews).toBe(0);
    });
  });

  describe('babies and children who do not speak', () => {
    it('counts what was observed of a baby as their voice', () => {
      const file = run('I visited Leo (9 months). Leo smiled when I spoke to him and reached for his mum. He settled quickly when she held him.', VISIT);
      expect(voice(file)).toMatchObject({ status: 'present', observations: 2, methods: ['observation'] });
      expect(file.messages).toEqual([]);
    });

    it('does not count observations alone for a child who talks, and says so', () => {
      const file = run('I visited Amira (7) at home. Amira smiled and showed me her bedroom.');
      expect(voice(file)).toMatchObject({ status: 'absent', observations: 1 });
      expect(file.messages[0]!.reason).toMatch(/^You describe what you saw of Amira but not her own words/);
    });

    it('counts observations for a child who uses signs or symbols', () => {
      const file = run('I visited Noah (9), who uses Makaton and does not speak. Noah laughed and pointed to the swing.');
      expect(voice(file)).toMatchObject({ status: 'present', methods: ['communication-aid', 'observation'] });
    });

    it('gives a verb after "and" the subject that opens its clause, not one inside a "when" clause', () => {
      const took = run('I visited Leo (9 months) at home. When Mum sang, Leo took the spoon from her and smiled.', VISIT);
      expect(voice(took)).toMatchObject({ status: 'present', observations: 1 });
      const when = run('I visited Leo (9 months) and his sister Amira (7) at home. Mum laughed when Amira tickled Leo and reached for the camera.', VISIT);
      expect(voice(when)).toMatchObject({ status: 'absent', observations: 0 });
    });

    it('asks a baby’s record for what was seen', () => {
      const file = run('I visited baby Leo and his mum at home. Mum said Leo has been teething.', VISIT);
      expect(file.messages[0]!.reason).toMatch(/^Leo’s voice is not in this record: describe what you saw of Leo/);
    });
  });

  describe('a letter to the child about when they were a baby', () => {
    it('counts what was seen of "you" when the letter puts them under three at the time', () => {
      // The child is eight now: only the age the letter gives in that paragraph makes them a baby there.
      const noah =
        'Later life letter for Noah (8)\n\nDear Noah,\n\nI was your social worker from the day you were born until your adoption. ' +
        'I am writing this so you know about your first year.\n\n' +
        'When you were nine months old you went to live with Mandy and Steve. You used to grab Steve’s beard and giggle, ' +
        'and at bedtime you fell asleep on Mandy’s shoulder.\n\nWith love,\nPriya';
      expect(voice(run(noah))).toMatchObject({ status: 'present', quotes: 0, reportedViews: 0, observations: 1 });
      const ruby =
        'Dear Ruby,\n\nThis letter is for your life story book, about the months you lived with Jan.\n\n' +
        'When you were ten months old I came to see you at Jan’s house every month. ' +
        'You took the spoon from Jan and smiled at me. You kicked your legs when Jan sang to you.';
      expect(voice(run(ruby))).toMatchObject({ status: 'present', quotes: 0, reportedViews: 0, observations: 2 });
      const kai =
        'Dear Kai,\n\nThis is a letter about your time with us, for your life story work.\n\n' +
        'When you were a baby you would wave at the buses from your buggy and clap when Grandad came in.';
      expect(voice(run(kai))).toMatchObject({ status: 'present', quotes: 0, reportedViews: 0, observations: 1 });
    });

    it('does not count what was seen of "you" when "you" is older, a parent, or nothing of the child was seen', () => {
      // A letter to a fifteen-year-old: her first cot is a baby word, but she was fifteen when she smiled at court.
      const jade =
        'Dear Jade,\n\nYou are fifteen now and this letter is about what happened at court. ' +
        'You were very brave at court and you smiled when the judge thanked you. ' +
        'When you were two you lived with your nan, who still keeps your first cot.';
      expect(voice(run(jade)).status).toBe('absent');
      // A letter to a young mother: "you" is the parent and the baby is "she".
      const kayleigh =
        'Dear Kayleigh,\n\nThank you for coming to the family centre on Tuesday. ' +
        'You were a very young mum when Ruby was born, and you laughed a lot when we talked about that time.\n\n' +
        'When she was three days old Ruby went to live with foster carers. At family time you gave her a bottle and cuddled her.';
      expect(voice(run(kayleigh)).status).not.toBe('present');
      // The letter makes "you" a baby, but says nothing of what was seen of them.
      const leo =
        'Dear Leo,\n\nI was your social worker when you were a baby. When you were a baby, your mum was unwell and you ' +
        'lived with your nan for a while. Nan looked after you and took you to nursery every morning.';
      expect(voice(run(leo))).toMatchObject({ status: 'absent', observations: 0 });
    });
  });

  describe('who the children are', () => {
    it('uses the caller’s names, names with ages, sibling lists and relations', () => {
      for (const text of [
        'I saw Amira (7) at school. Amira said she is happy.',
        'I saw Amira, aged 7, at school. Amira said she is happy.',
        'I saw the children, Amira and Kai, at school. Amira said she is happy.',
        'I saw her daughter Amira at school. Amira said she is happy.',
        'I saw 7-year-old Amira at school. Amira said she is happy.',
      ]) {
        expect(voice(run(text)).status, text).toBe('present');
      }
      expect(voice(run('I saw Amira at school. Amira said she is happy.', { childNames: ['Amira'] })).status).toBe('present');
    });

    it('takes a name written with a role or an adult age as an adult’s', () => {
      const text = 'I visited Amira (7). Sarah (Mum) said she is tired. Sally, maternal Nan, said she can help. Dean (34) said he will leave.';
      expect(voice(run(text))).toMatchObject({ status: 'absent', reportedViews: 0 });
    });

    it('reads a record written to the child: "Dear Millie" makes "you" the child', () => {
      const file = run('Dear Millie,\n\nToday I visited you at home. You told me, "I love my room." You said you would like a dog.');
      expect(voice(file)).toMatchObject({ status: 'present', quotes: 1, reportedViews: 1 });
    });

    it('does not take a letter to a parent for a letter to the child', () => {
      const file = run('Dear Sarah,\n\nThank you for meeting me about your son Kai. You said you would like more help.', { documentType: 'letter' });
      expect(voice(file).status).toBe('not-applicable');
      expect(file.messages).toEqual([]);
    });
  });

  describe('whether the record is about a child', () => {
    it('is not applicable to an adult-only record, with no message', () => {
      const text =
        'Phone call with the landlord about the damp in the flat where Ms Khan lives with her children, Amira (7) and Kai (4). ' +
        'He said "it will be fixed by Friday". I will visit Amira and Kai next week.';
      const file = run(text);
      expect(voice(file).status).toBe('not-applicable');
      expect(file.messages).toEqual([]);
    });

    it('does not take a professional named with a rank or a role for the child', () => {
      const text = 'Strategy meeting. Present: DS Jones (police), Sarah Green (school nurse). DS Jones said the interview is on Monday.';
      expect(voice(run(text)).status).toBe('not-applicable');
    });

    it('is not applicable when the caller says the record is of another kind', () => {
      const file = run('I visited Amira (7). Mum said she is fine.', { documentType: 'other' });
      expect(voice(file).status).toBe('not-applicable');
      expect(file.messages).toEqual([]);
    });

    it('stays quiet when the record explains the child was not seen', () => {
      const file = run('I visited the family at home. Tyler (8) was at school. Mum said he is doing well.', VISIT);
      expect(voice(file).status).toBe('absent');
      expect(file.messages).toEqual([]);
    });

    it('makes the message about a plan information, asking how the plan responds to the child', () => {
      const file = run('Mum will take Ruby (6) to the dentist by 14 May.', { documentType: 'plan', childNames: ['Ruby'] });
      expect(file.messages[0]!.fatal).toBeUndefined();
      expect(file.messages[0]!.reason).toBe(
        'This plan does not say what Ruby thinks or wants: add Ruby’s views, in their own words where you can, and how the plan responds to them.',
      );
    });
  });

  describe('the child’s-views section', () => {
    it('points the message at the section when it holds only adults’ views', () => {
      const text = 'Visit to Jayden (6)\n\nChild’s views:\nMum said Jayden is happy and wants to stay at home.\n';
      const file = run(text, VISIT);
      expect(lines(file)).toEqual(['3:1 missing-child-voice Child’s views:']);
      expect(file.messages[0]!.reason).toMatch(/^The “Child’s views” section holds what adults said, not Jayden’s own words/);
    });

    it('counts unattributed quotes and verb-first lines in the section as the child’s', () => {
      const text = 'Amira’s views:\n"I want to stay with Nan."\nWants to see Dad at weekends.\n';
      expect(voice(run(text, VISIT))).toMatchObject({ status: 'present', quotes: 1, reportedViews: 1 });
    });

    it('notes an empty section when the views are elsewhere', () => {
      const text = 'I spoke with Amira (7) alone. Amira told me she likes school.\n\nChild’s views:\nN/A\n';
      expect(ids(run(text, VISIT))).toEqual(['empty-child-views-section']);
    });

    it('does not treat a heading for adults’ or the writer’s views as the child’s', () => {
      const text = 'I spoke with Amira (7) alone. Amira told me she likes school.\n\nMum’s views:\nMum said it is going well.\n\nMy view:\nThings are better.\n';
      expect(ids(run(text, VISIT))).toEqual([]);
    });
  });

  describe('how views were gathered', () => {
    it('finds the methods, as labels', () => {
      const text =
        'I saw Amira (7) alone in her bedroom. We did the three houses and she drew her family. ' +
        'We played Uno. An interpreter helped Amira. Amira told me she is happy.';
      expect(voice(run(text, VISIT)).methods).toEqual(['conversation', 'direct-work', 'drawing', 'interpreter', 'place', 'play', 'seen-alone']);
    });

    it('does not count denied, adult-only or liked activities', () => {
      const text =
        'Amira (7) was not seen alone. Seen alone: no. Mum used an interpreter. Amira loves drawing and misses playing football. ' +
        'Amira said she is happy.';
      expect(voice(run(text, VISIT)).methods).toEqual([]);
    });

    it('reports views recorded with nothing about how they were gathered', () => {
      const file = run('Review of Olivia (9). Olivia said she wants to stay with Sue.', { documentType: 'review' });
      expect(ids(file)).toEqual(['missing-method']);
      expect(file.messages[0]!.fatal).toBeUndefined();
      expect(file.messages[0]!.reason).toBe(
        'You record Olivia’s views but not how you heard them: say whether Olivia was seen alone, where, and how (talking, play, drawing, a direct-work tool or an interpreter).',
      );
    });

    it('can leave the method check out', () => {
      const file = run('Review of Olivia (9). Olivia said she wants to stay with Sue.', { documentType: 'review' }, { missingMethod: false });
      expect(file.messages).toEqual([]);
    });
  });

  describe('sibling groups', () => {
    it('names the child whose voice is missing when a brother’s or sister’s is recorded', () => {
      const text = 'I visited Ruby (11) and Mason (8). Ruby told me she is happy here. Mason sat with us.';
      const file = run(text, VISIT);
      expect(lines(file)).toEqual(['1:25 missing-sibling-voice Mason']);
      expect(file.messages[0]!.reason).toBe('Ruby’s voice is recorded but not Mason’s: add what Mason said, or say why Mason was not seen or did not want to talk.');
    });

    it('stays quiet when it cannot tell whose words they are, or the child was not seen', () => {
      expect(ids(run('I visited Ruby (11) and Mason (8). The child told me she is happy.', VISIT))).not.toContain('missing-sibling-voice');
      expect(ids(run('I visited Ruby (11) and Mason (8). Ruby told me she is happy. Mason was at school.', VISIT))).toEqual([]);
    });
  });

  describe('depersonalising references', () => {
    it('suggests the child’s name for "the child", "the subject", "Child A" and "the LAC"', () => {
      const text = 'I visited Olivia (9). The child said she is happy. The subject was seen at school. Child A attends well. The LAC attended.';
      const file = run(text, VISIT);
      const references = file.messages.filter((m) => m.ruleId === 'depersonalising-reference');
      expect(references.map((m) => m.actual)).toEqual(['The child', 'The subject', 'Child A', 'The LAC']);
      expect(references[0]!.expected).toEqual(['Olivia']);
      expect(references[0]!.reason).toBe('Call Olivia by name instead of “The child”.');
      expect(references[0]!.fatal).toBeUndefined();
    });

    it('leaves compounds, concepts, quotes, headings and other senses alone', () => {
      const text =
        'The child’s views:\nOlivia (9) told me she is happy. The child protection plan ended. The child in need meeting was moved. ' +
        'We talked about the voice of the child. Dad said "the child is fine". The meeting changed the subject. ' +
        'Olivia is the subject of a plan. She had a minor injury. The LAC review is on Monday.';
      expect(ids(run(text, VISIT)).filter((id) => id === 'depersonalising-reference')).toEqual([]);
    });

    it('does not cover an apostrophe-s, and suggests "you" in a letter to the child', () => {
      const file = run('Dear Millie,\n\nToday I visited you. You told me you like school. The child’s room was tidy.');
      const reference = file.messages.find((m) => m.ruleId === 'depersonalising-reference')!;
      expect(reference.actual).toBe('The child');
      expect(reference.expected).toEqual(['you', 'Millie']);
    });

    it('flags "the young person" only when the name is known', () => {
      expect(ids(run('I visited Jade (15). Jade told me she is fine. The young person attends college.', VISIT))).toEqual(['depersonalising-reference']);
      expect(ids(run('I visited the young person at home. The young person told me she is fine.', VISIT))).toEqual([]);
    });
  });

  it('reads its word lists from the dictionary and names a missing one', () => {
    expect(() => retextChildVoice({ lexicons: [] })).toThrow(/child-voice-speech-verbs/);
  });
});
