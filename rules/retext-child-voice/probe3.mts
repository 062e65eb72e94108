import { run, voice, lines } from './test/run.ts';
for (const [text, facts] of [
  ["I visited Olivia (9) at Sue's. Olivia said she wants to stay with Sue.", { documentType: 'review' }],
  ['Was the child seen alone?\nYes, I saw Olivia (9) alone in her room. Olivia said she is happy.', { documentType: 'visit' }],
  ["I visited Amira (7). The child's room was tidy. Amira told me she likes it.", { documentType: 'visit' }],
  ['I visited the family at home. Tyler was in the living room. Gemma said Tyler has been sleeping better, and Dean told me Tyler loves football.', {}],
  ['I visited the family at home. Tyler was in the living room. Tyler told me he likes his new bedtime.', {}],
  ['Grace (15) chaired the first part of the meeting herself. She said she wants a Saturday job.', { documentType: 'review' }],
  ['I visited baby Leo (4 months) and his mum at home. Mum said Leo has been teething.', { documentType: 'visit' }],
] as Array<[string, any]>) {
  const f = run(text, facts);
  console.log(JSON.stringify(voice(f)), lines(f).join(' | '), f.messages.map((m) => m.reason + ' ' + JSON.stringify(m.expected)).join(' || '), '\n   ::', text.slice(0, 90));
}
