/** Runs the plugin alone on a text, as the tests and the fixtures check do. */
import { getMetrics } from '@carelint/text';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { toVirtual } from '../../../packages/core/src/input/index.js';
import retextChildVoice, { type ChildVoiceMetrics, type Options } from '../src/index.js';

/** Facts core puts on a file: the kind of record, the children's names, headings known from markup. */
export interface Facts {
  documentType?: string;
  childNames?: string[];
  headings?: Array<{ start: number; end: number }>;
}

/** Lints `text` with the rule alone and returns the file (messages, metrics). */
export function run(text: string, facts: Facts = {}, options: Options = {}): VFile {
  const file = new VFile({ value: text, data: { carelint: facts } });
  const processor = unified().use(retextEnglish).use(retextChildVoice, options);
  processor.runSync(processor.parse(file), file);
  return file;
}

/**
 * Lints a plain-text record as core reads it: a line that starts with a capital is a paragraph of its own (a title,
 * a header field, a day of a log), not part of the sentence on the line above.
 */
export function runLines(text: string, facts: Facts = {}, options: Options = {}): VFile {
  return run(toVirtual(text, 'text').text, facts, options);
}

/** The rule's figures for a file. */
export function voice(file: VFile): ChildVoiceMetrics {
  return getMetrics(file).childVoice as ChildVoiceMetrics;
}

/** Messages as the fixtures write them: "line:column ruleId actual". */
export function lines(file: VFile): string[] {
  const offset = (m: VFile['messages'][number]) => (m.place && 'start' in m.place ? m.place.start.offset ?? 0 : 0);
  return [...file.messages].sort((a, b) => offset(a) - offset(b)).map((m) => `${m.line ?? 1}:${m.column ?? 1} ${m.ruleId}${m.actual ? ` ${m.actual}` : ''}`);
}

/** Rule ids of the messages, in order. */
export function ids(file: VFile): string[] {
  return file.messages.map((m) => m.ruleId ?? '');
}

/** Markdown `#` headings of a source, as the text ranges core would give (the words after the hashes). */
export function markdownHeadings(source: string): Array<{ start: number; end: number }> {
  const headings: Array<{ start: number; end: number }> = [];
  for (const match of source.matchAll(/^(#{1,6}[ \t]+)(.+?)[ \t]*$/gm)) {
    const start = match.index + match[1]!.length;
    headings.push({ start, end: start + match[2]!.length });
  }
  return headings;
}
