import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { VFile } from 'vfile';
import { readFileSync } from 'node:fs';
import { analyse } from '@carelint/text';
import { dictionary } from '@carelint/dictionaries';
import { compileLexicons } from './src/lexicons.ts';
import { unitsOf } from './src/units.ts';
import { findPeople } from './src/people.ts';
import { MentionIndex } from './src/mentions.ts';
import { findVoice } from './src/voice.ts';
const [,, path, opts] = process.argv;
const text = readFileSync(path!, 'utf8');
const o = opts ? JSON.parse(opts) : {};
const file = new VFile({ value: text });
const tree = unified().use(retextEnglish).parse(file);
const a = analyse(tree as any, file);
const lex = compileLexicons(dictionary.lexicons);
const units = unitsOf(a);
const people = findPeople(a, lex, o.childNames ?? [], o.documentType);
console.log('children', [...people.children.values()].map(c => `${c.name}:${c.age}:${c.baby}`), 'adults', [...people.adults.keys()], 'letter', people.letter, people.writtenToChild, people.addressee);
const index = new MentionIndex(units, people, lex, () => undefined);
for (const u of units) {
  const ms = index.byUnit[u.index]!.map(m => `${u.words.slice(m.first, m.last+1).map(w=>w.value).join(' ')}=${m.role}${m.pronoun ? '->' + (m.resolved ? m.resolved.role + ':' + m.resolved.children.join('+') : '?') : ''}${m.children.length ? '[' + m.children.join('+') + ']' : ''}`);
  console.log(u.index, JSON.stringify(a.text.slice(u.start, u.end).slice(0, 70)), ms.join(', '));
}
const v = findVoice(a, units, index, lex, () => undefined, () => false);
for (const i of v.items) console.log(i.kind, i.unit, i.children, JSON.stringify(a.text.slice(i.start, i.end)));
