import { lint } from '@carelint/core';
import { readFileSync, readdirSync } from 'node:fs';
const dir = '/work/main/fixtures/records/';
const files = readdirSync(dir).filter(f => /\.(txt)$/.test(f));
let text = '';
for (const f of files) { text += readFileSync(dir + f, 'utf8') + '\n\n'; if (text.split(/\s+/).length > 3000) break; }
for (let i = 0; i < 10; i++) lint(text + ' x' + i, { format: 'text' });
const t = performance.now();
for (let i = 0; i < 30; i++) lint(text + ' y' + i, { format: 'text' });
console.log('avg', (performance.now() - t) / 30);
