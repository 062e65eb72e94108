// Scratch: runs retext-child-voice the way core does (input formats, facts, positions in the source) over fixtures.
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { VFile } from 'vfile';
import { getMetrics } from '@carelint/text';
import { loadFixtures } from '../../fixtures/load.ts';
import { toVirtual, toSource } from '../../packages/core/src/input/index.ts';
import plugin from './src/index.ts';
const filter = process.argv[2];
const processor = unified().use(retextEnglish).use(plugin as any).freeze();
let bad = 0;
for (const fx of loadFixtures()) {
  if (filter && !fx.name.startsWith(filter)) continue;
  const o: any = fx.expected.options ?? {};
  const virtual = toVirtual(fx.text, fx.format);
  const facts: any = { ...(virtual.headings.length ? { headings: virtual.headings } : {}), ...(o.documentType ? { documentType: o.documentType } : {}), childNames: o.childNames ?? [] };
  const file = new VFile({ value: virtual.text, data: { carelint: facts } });
  processor.runSync(processor.parse(file), file);
  const toPoint = (offset: number) => { const before = fx.text.slice(0, offset).split('\n'); return { line: before.length, column: before[before.length - 1]!.length + 1 }; };
  const lines = file.messages.map((m) => {
    const vs = m.place && 'start' in m.place ? m.place.start.offset ?? 0 : 0;
    const ve = m.place && 'end' in m.place ? m.place.end.offset ?? vs : vs;
    const { start, end } = toSource(virtual, vs, ve);
    const p = toPoint(start);
    const actual = fx.text.slice(start, end);
    return { start, line: `${p.line}:${p.column} ${m.ruleId}${actual ? ' ' + actual : ''}`, reason: m.reason, expected: m.expected };
  }).sort((a, b) => a.start - b.start);
  const metrics = (getMetrics(file) as any).childVoice;
  const exp = fx.expected.findings?.['child-voice'];
  const expM = (fx.expected.metrics as any)?.childVoice;
  const got = lines.map((l) => l.line);
  let status = '';
  if (exp) status += JSON.stringify(exp) === JSON.stringify(got) ? ' findings-OK' : ' findings-DIFF';
  if (expM) status += Object.entries(expM).every(([k, v]) => JSON.stringify(metrics[k]) === JSON.stringify(v)) ? ' metrics-OK' : ' metrics-DIFF';
  if (status.includes('DIFF')) bad++;
  console.log(`== ${fx.name} ${JSON.stringify(o)}${status}`);
  console.log('   ', JSON.stringify(metrics));
  for (const l of lines) console.log('   ', l.line, '->', JSON.stringify(l.expected), '::', process.env.V ? l.reason : '');
  if (status.includes('DIFF')) console.log('    EXPECTED', JSON.stringify(exp), JSON.stringify(expM));
}
console.log('diffs:', bad);
