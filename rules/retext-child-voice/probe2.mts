import { run, voice, lines } from './test/run.ts';
const V = { documentType: 'visit' };
for (const [text, facts] of [
  ['I visited Amira (7). Amira was able to tell me that she feels safe.', V],
  ["I visited Amira (7). Amira's wish is to live with Nan.", V],
  ['I visited Amira (7). Her biggest worry is Mum.', V],
  ['I visited Amira (7). Amira reported that Dad hit her.', V],
  ['School reported that Amira (7) is settled. Mum confirmed Amira wants to stay.', V],
  ['I visited Amira (7). She nodded when I asked if she felt safe.', V],
] as Array<[string, any]>) {
  const f = run(text, facts);
  console.log(JSON.stringify(voice(f)), lines(f).join(' | '), '::', text);
}
