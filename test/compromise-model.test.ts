// The bundled CLI carries compromise's tagger model ready-made (scripts/compromise-model.mjs) instead of building it
// at start-up. This bundles compromise with and without that plugin and checks that the two worlds are the same,
// value for value and key order for key order, and that they tag the fixture records alike.
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, without types
import { compromiseModel, decodeModel, encodeModel } from '../scripts/compromise-model.mjs';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'carelint-compromise-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Nlp {
  world(): { model: unknown; methods: unknown; compute: unknown; hooks: unknown };
  tokenize(text: string): { compute(steps: string[]): { json(options: object): Array<{ terms: Array<{ text: string; tags: string[] }> }> } };
}

/** compromise as the CLI bundles it, with or without the ready-made model; each bundle is its own instance. */
async function bundled(name: string, plugins: object[]): Promise<Nlp> {
  const fromTsup = createRequire(createRequire(join(root, 'package.json')).resolve('tsup/package.json'));
  const esbuild = (await import(fromTsup.resolve('esbuild'))) as { build(options: object): Promise<unknown> };
  const compromise = join(realpathSync(join(root, 'packages', 'text', 'node_modules', 'compromise')), 'src', 'three.js');
  const entry = join(work, `${name}-entry.mjs`);
  writeFileSync(entry, `export { default } from ${JSON.stringify(compromise)};\n`);
  const outfile = join(work, `${name}.mjs`);
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'es2022', plugins, logLevel: 'warning' });
  return ((await import(pathToFileURL(outfile).href)) as { default: Nlp }).default;
}

/**
 * Every difference between two values: keys and their order, regular expressions, shared objects; functions only by
 * their number of parameters (each bundle renames clashing identifiers its own way).
 */
function differences(a: unknown, b: unknown, path = '', out: string[] = [], seen = new Map<object, string>()): string[] {
  if (out.length > 20) return out;
  if (typeof a !== typeof b) out.push(`${path}: ${typeof a} / ${typeof b}`);
  else if (typeof a === 'function') {
    if ((a as () => void).length !== (b as () => void).length) out.push(`${path}: different functions`);
  } else if (a instanceof RegExp || b instanceof RegExp) {
    if (String(a) !== String(b)) out.push(`${path}: ${String(a)} / ${String(b)}`);
  } else if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    // The same object met twice must be the same object met twice in the other world too (shared arrays).
    const first = seen.get(a);
    if (first !== undefined) {
      if (seen.get(b) !== first) out.push(`${path}: shared with ${first} in one world only`);
      return out;
    }
    seen.set(a, path);
    seen.set(b, path);
    if (Array.isArray(a) !== Array.isArray(b)) out.push(`${path}: array / object`);
    const keysA = Reflect.ownKeys(a).map(String);
    const keysB = Reflect.ownKeys(b).map(String);
    if (keysA.join('\u0000') !== keysB.join('\u0000')) out.push(`${path}: keys differ (${keysA.length} / ${keysB.length})`);
    for (const key of keysA) differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`, out, seen);
  } else if (!Object.is(a, b)) out.push(`${path}: ${String(a)} / ${String(b)}`);
  return out;
}

const STEPS = ['alias', 'machine', 'index', 'id', 'freeze', 'typeahead', 'lexicon', 'preTagger', 'contractionTwo', 'postTagger'];

describe("compromise's ready-made model", () => {
  it('round-trips regular expressions, undefined values and key order', () => {
    const shared = ['Possessive', 'Pronoun'];
    const model = { b: { x: /a+b/giu, y: undefined, z: [1, /c/, null] }, a: 'tag', 10: 'number-like key', her: shared, his: shared };
    const { json, specials } = encodeModel(model) as { json: string; specials: unknown[] };
    expect(differences(decodeModel(json, specials), model)).toEqual([]);
  });

  it('gives the world compromise builds for itself, and the same tags', async () => {
    const plain = await bundled('plain', []);
    const ready = await bundled('ready', [compromiseModel]);
    expect(plain).not.toBe(ready);
    for (const part of ['model', 'methods', 'compute', 'hooks'] as const) {
      expect(differences(plain.world()[part], ready.world()[part], part)).toEqual([]);
    }
    const folder = join(root, 'fixtures', 'records');
    const texts = readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(folder, name), 'utf8'));
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) {
      const tags = (nlp: Nlp) => nlp.tokenize(text).compute(STEPS).json({ offset: true, terms: { offset: true } }).map((s) => s.terms.map((t) => `${t.text}/${t.tags.join(',')}`));
      expect(tags(ready)).toEqual(tags(plain));
    }
  }, 120_000);
});
