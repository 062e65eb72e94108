/** Runs the plugin alone on a text, as the tests and the fixtures check do. */
import { getMetrics } from '@carelint/text';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import retextBalancedTone, { type Options } from '../src/index.js';

/** Lints `text` with the rule alone and returns the file (messages, metrics). */
export function run(text: string, options: Options = {}, facts: Record<string, unknown> = {}): VFile {
  const file = new VFile({ value: text, data: { carelint: facts } });
  const processor = unified().use(retextEnglish).use(retextBalancedTone, options);
  processor.runSync(processor.parse(file), file);
  return file;
}

/** "line:column ruleId actual" for each message in document order, as core sorts them and the fixtures write them. */
export function lines(file: VFile): string[] {
  const start = (m: VFile['messages'][number]) => (m.place && 'start' in m.place ? m.place.start : undefined);
  return [...file.messages]
    .sort((a, b) => (start(a)?.offset ?? 0) - (start(b)?.offset ?? 0))
    .map((m) => `${start(m)?.line ?? 1}:${start(m)?.column ?? 1} ${m.ruleId}${m.actual ? ` ${m.actual}` : ''}`);
}

/** The tone metrics the rule set. */
export function tone(file: VFile): unknown {
  return getMetrics(file).tone;
}
