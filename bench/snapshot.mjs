// Findings and metrics of lint() on generated records, written as JSON, so a speed change can be checked to
// change nothing else:  node bench/snapshot.mjs out.json [--records 300]  then  diff two outputs (or --compare a b).
import { readFileSync, writeFileSync } from 'node:fs';
import { lint } from '@carelint/core';
import { generateRecord } from './corpus.mjs';

if (process.argv[2] === '--compare') {
  const [a, b] = [JSON.parse(readFileSync(process.argv[3], 'utf8')), JSON.parse(readFileSync(process.argv[4], 'utf8'))];
  let differ = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [JSON.stringify(a[i]), JSON.stringify(b[i])];
    if (x === y) continue;
    differ++;
    if (differ <= 10) {
      const before = new Set(a[i]?.findings ?? []);
      const after = new Set(b[i]?.findings ?? []);
      console.log(`record ${i} (seed ${a[i]?.seed ?? b[i]?.seed}):`);
      for (const f of before) if (!after.has(f)) console.log(`  - ${f}`);
      for (const f of after) if (!before.has(f)) console.log(`  + ${f}`);
      if (JSON.stringify(a[i]?.metrics) !== JSON.stringify(b[i]?.metrics)) console.log(`  metrics: ${JSON.stringify(a[i]?.metrics)}\n        -> ${JSON.stringify(b[i]?.metrics)}`);
    }
  }
  console.log(`${differ} of ${Math.max(a.length, b.length)} records differ`);
  process.exit(differ ? 1 : 0);
}
const out = process.argv[2];
const at = process.argv.indexOf('--records');
const records = at > 0 ? Number(process.argv[at + 1]) : 300;
const sizes = [80, 500, 500, 500, 1500, 3000];
const result = [];
for (let i = 0; i < records; i++) {
  const seed = 90_000 + i;
  const report = lint(generateRecord({ words: sizes[i % sizes.length], seed }));
  result.push({
    seed,
    findings: report.messages.map((m) => `${m.place.start.offset}-${m.place.end.offset} ${m.severity} ${m.ruleId} ${m.reason} => ${m.expected.join(' | ')}`),
    metrics: report.metrics,
  });
}
writeFileSync(out, JSON.stringify(result));
console.log(`${records} records, ${result.reduce((n, r) => n + r.findings.length, 0)} findings -> ${out}`);
