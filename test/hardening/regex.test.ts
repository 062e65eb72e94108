/**
 * Every regular expression in carelint's own code, checked for catastrophic backtracking.
 *
 * Regex literals are read from the sources (packages/*\/src, rules/*\/src, dictionaries/src) with the TypeScript
 * parser. Expressions built at run time with `new RegExp(...)` are caught as they are built, while core and every
 * rule lint the fixture records; each `new RegExp` call site in the sources must be seen at least once. Then each
 * distinct pattern is analysed by recheck (automata + fuzzing) and timed against pathological inputs.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkRegExp, retextEnglish, unified, VFile } from '../../bench/hardening.js';
import { loadFixtures } from '../../fixtures/load.js';
import { findRegExps, reviewedPolynomial, type Found } from './regexps.js';

const root = new URL('../../', import.meta.url).pathname;
const verdictsFile = new URL('./regex-verdicts.json', import.meta.url).pathname;

/** recheck's verdict on a pattern, as stored. */
interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: 'exponential' | 'polynomial';
  /** recheck's attack: each prefix then its pump repeated, then the suffix. */
  attack?: { pumps: Array<{ prefix: string; pump: string }>; suffix: string };
}

const verdicts = new Map<Pattern, Verdict>();
const results: Array<{ pattern: Pattern; diagnostics: Verdict }> = [];

/** One distinct pattern and where it appears. */
interface Pattern {
  source: string;
  flags: string;
  where: string[];
}

const patterns = new Map<string, Pattern>();
function add(source: string, flags: string, where: string): void {
  const key = `/${source}/${flags}`;
  const pattern = patterns.get(key) ?? { source, flags, where: [] };
  if (!pattern.where.includes(where)) pattern.where.push(where);
  patterns.set(key, pattern);
}

let sites: Found['constructed'] = [];
const builtAt = new Set<string>();

beforeAll(async () => {
  const found = findRegExps(root);
  for (const literal of found.literals) add(literal.source, literal.flags, `${literal.file}:${literal.line}`);
  sites = found.constructed;

  // Catch `new RegExp(...)` made by our code (not by dependencies) while everything lints every fixture.
  const Original = RegExp;
  const ours = new RegExp(`^\\s*at .*?${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}((?:packages|rules)/[^/]+/src/[^:]+|dictionaries/src/[^:]+):(\\d+):\\d+`);
  /** Records a pattern built by our code; `stack` is taken in the trap, so its third line is the caller. */
  const record = (made: RegExp, stack: string): RegExp => {
    const caller = stack.split('\n')[2] ?? '';
    const match = caller.includes('/node_modules/') ? null : ours.exec(caller);
    if (match) {
      add(made.source, made.flags, `${match[1]}:${match[2]}`);
      builtAt.add(`${match[1]}:${match[2]}`);
    }
    return made;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as RegExp, new Error().stack ?? ''),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp, new Error().stack ?? ''),
  });
  try {
    const { lint } = await import('../../packages/core/src/index.js');
    const fixtures = loadFixtures();
    for (const fixture of fixtures) {
      const { documentType, childNames } = fixture.expected.options ?? {};
      lint(fixture.text, { format: fixture.format, ...(documentType ? { documentType: documentType as never } : {}), ...(childNames ? { childNames } : {}) });
    }
    // Rules not (yet) run by core are run on their own, on the raw text of every record.
    for (const name of readdirSync(join(root, 'rules'))) {
      const entry = join(root, 'rules', name, 'src/index.ts');
      if (!statSync(entry, { throwIfNoEntry: false })) continue;
      const plugin = (await import(/* @vite-ignore */ entry)).default;
      const processor = unified().use(retextEnglish).use(plugin).freeze();
      for (const fixture of fixtures) {
        const { documentType, childNames } = fixture.expected.options ?? {};
        const file = new VFile({ value: fixture.text, data: { carelint: { childNames: childNames ?? [], ...(documentType ? { documentType } : {}) } } });
        processor.runSync(processor.parse(file), file);
      }
    }
    // The labelled corpus reaches what the golden fixtures do not (a care leaver's record, header fields).
    const corpus = join(root, 'fixtures/corpus/dev/texts');
    for (const name of readdirSync(corpus)) lint(readFileSync(join(corpus, name), 'utf8'), { format: name.endsWith('.md') ? 'markdown' : 'text' });
    // child-voice's anchored patterns build their global form only when asked for (its tests ask): ask here too.
    const voice = await import('../../rules/retext-child-voice/src/patterns.js');
    for (const value of Object.values(voice)) if (value && typeof value === 'object' && 'pattern' in value) void (value as { pattern: RegExp }).pattern;
    // The audit's report masks children's names in the reasons it shows.
    const { withoutNames } = await import('../../packages/audit/src/report/rows.js');
    withoutNames("Amira's own words are missing.", ['Amira']);
  } finally {
    globalThis.RegExp = Original;
  }
}, 60_000);

beforeAll(async () => {
  // Verdicts are kept in regex-verdicts.json by the pattern's exact text, so an unchanged pattern is not analysed
  // again on every run (recheck takes seconds on the large alternations); a new or changed one is analysed now.
  // UPDATE_REGEX_VERDICTS=1 re-analyses every pattern with a longer time limit and rewrites the file.
  // UPDATE_REGEX_VERDICTS=new keeps the stored verdicts, analyses only new patterns and adds them to the file.
  const update = process.env.UPDATE_REGEX_VERDICTS === '1';
  const addNew = process.env.UPDATE_REGEX_VERDICTS === 'new';
  const stored: Record<string, Verdict> = update || !existsSync(verdictsFile) ? {} : JSON.parse(readFileSync(verdictsFile, 'utf8'));
  const queue = [...patterns.entries()];
  // Two checks at a time: recheck's native checker runs outside the JS thread.
  await Promise.all([0, 1].map(async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [key, pattern] = next;
      let verdict = stored[key];
      if (!verdict) {
        const diagnostics = await checkRegExp(pattern.source, pattern.flags, { timeout: update ? 20_000 : 2500, randomSeed: 1 });
        verdict = diagnostics.status === 'vulnerable'
          ? {
              status: 'vulnerable',
              complexity: diagnostics.complexity.type,
              attack: { pumps: diagnostics.attack.pumps.map(({ prefix, pump }) => ({ prefix, pump })), suffix: diagnostics.attack.suffix },
            }
          : { status: diagnostics.status };
      }
      results.push({ pattern, diagnostics: verdict });
      verdicts.set(pattern, verdict);
    }
  }));
  if (update || addNew) {
    const sorted = Object.fromEntries(results.map((r) => [`/${r.pattern.source}/${r.pattern.flags}`, r.diagnostics] as const).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(verdictsFile, `${JSON.stringify(sorted, null, 1)}\n`);
  }
}, process.env.UPDATE_REGEX_VERDICTS ? 3_600_000 : 300_000);

describe('regular expressions in carelint code', () => {
  it('finds the expressions: literals in the sources and every `new RegExp` call site run at least once', () => {
    expect(patterns.size).toBeGreaterThan(20);
    const unseen = sites.filter((site) => ![...builtAt].some((at) => {
      const [file, line] = at.split(/:(?=\d+$)/);
      return file === site.file && Number(line) >= site.line && Number(line) <= site.endLine;
    }));
    expect(unseen.map((site) => `${site.file}:${site.line}`), 'new RegExp call sites that no fixture exercised').toEqual([]);
  });

  it('recheck finds no exponential backtracking, and the reviewed list is current', () => {
    const name = (r: { pattern: Pattern }) => `/${r.pattern.source}/${r.pattern.flags} at ${r.pattern.where.join(', ')}`;
    if (process.env.REGEX_DEBUG) for (const r of results) if (r.diagnostics.status !== 'safe') console.log(r.diagnostics.status, r.diagnostics.complexity ?? '', name(r));
    const exponential = results.filter((r) => r.diagnostics.complexity === 'exponential');
    expect(exponential.map(name), 'exponential backtracking').toEqual([]);
    // Polynomial verdicts are timed on recheck's own attack string in the next test, unless regexps.ts says why the
    // code never hands the pattern a long input.
    const stale = reviewedPolynomial.filter((reviewed) => !results.some((r) => r.pattern.source === reviewed.source && r.diagnostics.status !== 'safe'));
    expect(stale.map((r) => r.source), 'reviewed entries no longer in the code, or now safe: remove them').toEqual([]);
    const unknown = results.filter((r) => r.diagnostics.status === 'unknown');
    // recheck gives up (time limit) on some very large alternations of names and roles; the timing test below
    // still scans every one of them. Most patterns must get a verdict, or the analysis is not doing its job.
    expect(unknown.length, unknown.map(name).join('\n')).toBeLessThan(results.length / 3);
  });

  it('every expression scans pathological inputs in near-linear time', { timeout: 120_000 }, () => {
    const shapes = [
      (n: number) => 'a'.repeat(n),
      (n: number) => `${'a'.repeat(n)}!`,
      (n: number) => `${' '.repeat(n)}x`,
      (n: number) => `${'\t'.repeat(n)}x`,
      (n: number) => `${'\n'.repeat(n)}x`,
      (n: number) => '\r\n'.repeat(n / 2),
      (n: number) => 'A'.repeat(n),
      (n: number) => 'aA1 '.repeat(n / 4),
      (n: number) => 'Ab. '.repeat(n / 4),
      (n: number) => '1'.repeat(n),
      (n: number) => '"'.repeat(n),
      (n: number) => '\u2019'.repeat(n),
      (n: number) => "a'".repeat(n / 2),
      (n: number) => '- '.repeat(n / 2),
      (n: number) => 'Mr '.repeat(n / 3),
      (n: number) => 'Amy (aged '.repeat(n / 10),
      (n: number) => 'the '.repeat(n / 4),
      (n: number) => '#'.repeat(n),
      (n: number) => '&amp'.repeat(n / 4),
      (n: number) => 'x\u200b'.repeat(n / 2),
      (n: number) => ' | '.repeat(n / 3),
    ];
    const scan = (regex: RegExp, input: string): number => {
      const started = performance.now();
      regex.lastIndex = 0;
      let count = 0;
      for (let match = regex.exec(input); match && count < input.length; match = regex.exec(input)) {
        count++;
        if (match[0] === '') regex.lastIndex++;
      }
      return performance.now() - started;
    };
    const slow: string[] = [];
    for (const pattern of patterns.values()) {
      const regex = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
      const reviewed = reviewedOf(pattern.source);
      // Known slow ones are not run: an exponential pattern fails the test above and would hang this one.
      if (reviewed?.pending || verdicts.get(pattern)?.complexity === 'exponential') continue;
      const limit = reviewed?.maxInput ?? Infinity;
      const attack = verdicts.get(pattern)?.attack;
      const attackShape = attack && ((n: number) => {
        const unit = attack.pumps.reduce((sum, p) => sum + p.pump.length, 0) || 1;
        const times = Math.max(1, Math.round(n / unit));
        return attack.pumps.map((p) => p.prefix + p.pump.repeat(times)).join('') + attack.suffix;
      });
      for (const shape of attackShape ? [...shapes, attackShape] : shapes) {
        // Small first; a pattern already slow on 2,000 characters (or any attack recheck found) is timed on 8,000
        // to see how it grows. A pattern the code only ever hands short strings is timed at that length alone.
        const small = Math.min(2000, limit);
        const t1 = scan(regex, shape(small));
        if (small < 2000) continue;
        const isAttack = shape === attackShape;
        if (t1 < 2 && !isAttack) continue;
        const tooSlow = (t: number) => (isAttack && t > 50) || (t > 20 && t / t1 > 8);
        let t4 = scan(regex, shape(8000));
        // Once more before calling it slow: a garbage collection or a busy machine can stretch one scan.
        if (tooSlow(t4)) t4 = Math.min(t4, scan(regex, shape(8000)));
        if (tooSlow(t4)) {
          slow.push(`/${pattern.source.slice(0, 80)}/${pattern.flags}: ${t1.toFixed(1)} ms on 2,000 chars, ${t4.toFixed(0)} ms on 8,000 (${JSON.stringify(shape(8000).slice(0, 8))}…${isAttack ? ", recheck's attack" : ''}) at ${pattern.where.join(', ')}`);
        }
      }
    }
    expect(slow, 'super-linear on pathological input').toEqual([]);
  });
});

function reviewedOf(source: string): (typeof reviewedPolynomial)[number] | undefined {
  return reviewedPolynomial.find((reviewed) => reviewed.source === source);
}
