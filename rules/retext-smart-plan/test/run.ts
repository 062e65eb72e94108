/** Runs the rule alone in a plain retext pipeline, as a caller outside carelint would. */
import { getMetrics } from '@carelint/text';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import retextSmartPlan, { type Options } from '../src/index.js';
import { baseOptions } from './data.js';

const processors = new Map<string, ReturnType<typeof build>>();

function build(options: Options) {
  return unified().use(retextEnglish).use(retextSmartPlan, options).freeze();
}

/** Lints `text` with the rule alone; facts as core would set them. */
export function run(text: string, facts: { documentType?: string; childNames?: string[]; headings?: Array<{ start: number; end: number }> } = {}, options: Options = {}) {
  const key = JSON.stringify(options);
  let processor = processors.get(key);
  if (!processor) {
    processor = build({ ...baseOptions, ...options });
    processors.set(key, processor);
  }
  const file = new VFile({ value: text, data: { carelint: facts } });
  processor.runSync(processor.parse(file), file);
  return { file, messages: file.messages, metrics: getMetrics(file).plan as { actions: number; complete: number; vague: number } | undefined };
}

/** Messages as "line:column ruleId actual", the fixtures' format. */
export function lines(messages: ReturnType<typeof run>['messages']): string[] {
  return messages.map((m) => `${m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}` : '?'} ${m.ruleId} ${m.actual ?? ''}`.trim());
}

/** "line:column ruleId actual" for the first `needle` in `text` (after `after`, when given): expectations by search, not by eye. */
export function at(text: string, ruleId: string, needle: string, after = ''): string {
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  if (offset === -1) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, offset);
  return `${before.split('\n').length}:${offset - (before.lastIndexOf('\n') + 1) + 1} ${ruleId} ${needle}`;
}
