/**
 * The accuracy gate: carelint on the labelled development corpus (fixtures/corpus/dev, records written and
 * labelled independently of the rules). Each measure has a floor a little under what the code reaches, so a
 * change that makes findings wrong more often fails the test run. Figures, not timings: speed is bench/'s job.
 */
import { lintFile } from '../../packages/core/src/node.js';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatSummary, readLabels, score, type Summary } from './score.js';

const corpus = new URL('../../fixtures/corpus/dev/', import.meta.url).pathname;
const fresh = new URL('../../fixtures/corpus/fresh/', import.meta.url).pathname;

/** Floors: a little under what the code reaches on the dev half; raise them as accuracy improves. */
const FLOORS = {
  // reached: P 0.994, warnings 0.996, R 0.989, traps 0.5 %, controls 0.0
  languagePrecision: 0.97,
  languageWarningPrecision: 0.98,
  languageRecall: 0.97,
  trapShareMax: 0.01,
  controlsPer1000Max: 1,
  // reached: voice 0.984; plan P 0.978, R 0.958, quiet 220/221 = 0.995; tone 0.823
  voiceAccuracy: 0.95,
  planPrecision: 0.95,
  planRecall: 0.93,
  planQuiet: 0.98,
  toneAccuracy: 0.78,
};

let summary: Summary;
let freshSummary: Summary;

beforeAll(() => {
  const labels = readLabels(corpus);
  summary = score(corpus, labels, (record) => lintFile(join(corpus, record.file)));
  console.log(`carelint on the dev corpus (${labels.length} records):\n${formatSummary(summary)}`);
  // `npm run score` sets this: every miss by measure, to learn failure modes from (never to special-case them).
  if (process.env.CARELINT_SCORE_DETAILS) {
    for (const [measure, lines] of Object.entries(summary.misses)) if (lines.length) console.log(`\n${measure} (${lines.length}):\n  ${lines.join('\n  ')}`);
  }
  const freshLabels = readLabels(fresh);
  freshSummary = score(fresh, freshLabels, (record) => lintFile(join(fresh, record.file)));
  console.log(`carelint on the fresh check set (${freshLabels.length} records, never tuned on):\n${formatSummary(freshSummary)}`);
}, 120_000);

describe('accuracy on the labelled dev corpus', () => {
  it('language findings are right, and find the labelled uses', () => {
    expect(summary.language.precision).toBeGreaterThanOrEqual(FLOORS.languagePrecision);
    expect(summary.language.warningPrecision).toBeGreaterThanOrEqual(FLOORS.languageWarningPrecision);
    expect(summary.language.recall).toBeGreaterThanOrEqual(FLOORS.languageRecall);
    expect(summary.language.trapShare).toBeLessThanOrEqual(FLOORS.trapShareMax);
  });

  it('texts that are not care records get almost no findings', () => {
    expect(summary.controls.findingsPer1000Words).toBeLessThanOrEqual(FLOORS.controlsPer1000Max);
  });

  it("the child's voice is judged right, and never absent on a text about no child", () => {
    expect(summary.childVoice.accuracy).toBeGreaterThanOrEqual(FLOORS.voiceAccuracy);
    expect(summary.childVoice.notApplicableCalledAbsent).toBe(0);
  });

  it('plan actions are judged right', () => {
    expect(summary.plan.precision).toBeGreaterThanOrEqual(FLOORS.planPrecision);
    expect(summary.plan.recall).toBeGreaterThanOrEqual(FLOORS.planRecall);
    expect(summary.plan.quietLeftAlone).toBeGreaterThanOrEqual(FLOORS.planQuiet);
  });

  it('tone is read right', () => {
    expect(summary.tone.accuracy).toBeGreaterThanOrEqual(FLOORS.toneAccuracy);
  });

  it('the gains carry over to records written after the rules were tuned (fresh set, looser floors)', () => {
    // reached on 138 records (115 care records): language P 0.977 R 0.948, voice 0.983, plan P 0.897 R 0.875 (left
    // alone 630/653), tone 0.640, controls 0.0 per 1,000 words. Batches seven to eleven brought shapes no earlier
    // batch had (see the corpus README); on the records already in the set the figures did not fall. Tone sits far
    // below its dev figure (0.823): the floor records where it is, so that a loss shows, not where it should be.
    expect(freshSummary.language.precision).toBeGreaterThanOrEqual(0.96);
    expect(freshSummary.language.recall).toBeGreaterThanOrEqual(0.93);
    expect(freshSummary.childVoice.accuracy).toBeGreaterThanOrEqual(0.96);
    expect(freshSummary.plan.precision).toBeGreaterThanOrEqual(0.88);
    expect(freshSummary.plan.recall).toBeGreaterThanOrEqual(0.85);
    expect(freshSummary.plan.quietLeftAlone).toBeGreaterThanOrEqual(0.95);
    expect(freshSummary.tone.accuracy).toBeGreaterThanOrEqual(0.6);
    expect(freshSummary.controls.findingsPer1000Words).toBeLessThanOrEqual(1);
  });
});
