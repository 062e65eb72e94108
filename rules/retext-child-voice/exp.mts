import { readFileSync } from 'node:fs';
import { loadDictionaries } from '@carelint/dictionaries/validate';
const dir = '/work/main/dictionaries/data/';
const d = loadDictionaries(['sources.yaml','child-voice.yaml'].map(f => ({ file: 'dictionaries/data/'+f, text: readFileSync(dir+f,'utf8') })));
console.log(d.lexicons.length, d.lexicons.map(l=>l.id).join(' '));
