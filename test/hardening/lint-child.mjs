// Lints one generated record in a child process and prints what happened as one JSON line (never the text).
//   node lint-child.mjs <core bundle> <characters>
import { generateRecord } from '../../bench/corpus.mjs';

const [bundle, size] = process.argv.slice(2);
const { lint } = await import(bundle);
const target = Number(size);
let text = '';
for (let seed = 1; text.length < target; seed++) text += `${generateRecord({ words: 50_000, seed })}\n`;
text = text.slice(0, target);
const started = performance.now();
try {
  const report = lint(text);
  console.log(JSON.stringify({ ok: true, characters: text.length, words: report.metrics.words, ms: Math.round(performance.now() - started), peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.log(JSON.stringify({ ok: false, characters: text.length, ms: Math.round(performance.now() - started), name: error?.name, message, limit: error?.limit, leaksText: message.includes(text.slice(0, 40)) }));
}
