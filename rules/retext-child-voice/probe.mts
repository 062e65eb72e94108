import { run, voice, lines } from './test/run.ts';
const cases: Array<[string, any]> = [
  ['Mum told me that Amira (7) said "I hate school". I visited Amira at home.', {}],
  ['I visited Amira (7). "I like school. My teacher is nice," said Amira.', {}],
  ['Voice of the child:\n"I want to go home."\n', { documentType: 'visit', childNames: ['Amira'] }],
  ['Wishes and feelings:\nAmira was asleep when I visited.\n', { documentType: 'visit', childNames: ['Amira'] }],
  ['I visited Kai (6). Kai was upset and would not talk to me. Kai did not want to talk about Dad.', {}],
  ['I visited Kai (6) and his mum. Kai\'s mum said he loves football. His brother Josh (17) said "he is fine".', {}],
  ['Strategy meeting. Present: DS Jones (police), Sarah Green (school nurse). DS Jones said the child will be interviewed on Monday. The child has a bruise on her arm.', {}],
  ['Core group meeting. Mum, Dad, school and health attended. School said Amira (7) is happy and settled. Mum said "things are better". Amira did not attend.', {}],
  ['Visit to Ruby (4) and Jack (2). Ruby showed me her drawing and said "that\'s Mummy". Jack babbled and pointed at the dog.', {}],
  ['I saw Tommy (12) at school with his teacher. Tommy said he is being bullied and wants to move classes.', {}],
  ['Telephone call from Mrs Brown (grandmother). She said the children are staying with her this week. She told me "Amira cried all night".', { childNames: ['Amira'] }],
  ['Dear Mrs Khan,\n\nThank you for meeting me. Amira told me she would like to see you more.', { documentType: 'letter', childNames: ['Amira'] }],
  ['The child\'s views: Sam said "I want to stay with Nan".', { documentType: 'visit', childNames: ['Sam'] }],
  ['I visited Amira. She said she was happy. The young person attends college.', { documentType: 'visit' }],
];
for (const [text, facts] of cases) {
  const f = run(text, facts);
  console.log(JSON.stringify(voice(f)), lines(f).join(' | '), '\n   ', text.slice(0, 110).replace(/\n/g, ' / '));
}
