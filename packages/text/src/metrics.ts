import type { VFile } from 'vfile';

/** Figures a rule reports for the whole document, keyed by rule (`tone`, `childVoice`, `plan`, `readability`). */
export type RuleMetrics = Record<string, unknown>;

/** Records a rule's document figures on the file, where core collects them into the Report. */
export function setMetrics(file: VFile, key: string, value: unknown): void {
  const data = file.data as { carelintMetrics?: RuleMetrics };
  data.carelintMetrics = { ...data.carelintMetrics, [key]: value };
}

/** The figures rules recorded on the file. */
export function getMetrics(file: VFile): RuleMetrics {
  return (file.data as { carelintMetrics?: RuleMetrics }).carelintMetrics ?? {};
}
