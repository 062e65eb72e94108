// src/generated.ts and the docs/rules tables are generated from the YAML: regenerate in memory and compare.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionary } from '../src/index.js';
import { loadDictionaries } from '../src/validate.js';
import { readDataFiles, repoRoot } from '../scripts/data-files.js';
import { renderOutputs } from '../scripts/outputs.js';
import { endMarker, renderRulePage, startMarker } from '../scripts/render-docs.js';

const fix = 'run `pnpm --filter @carelint/dictionaries generate` and commit the result';
const loaded = loadDictionaries(readDataFiles());

describe('generated files', () => {
  it.each(renderOutputs(loaded).map((output) => [relative(repoRoot, output.path), output] as const))('%s is up to date', (_name, output) => {
    expect(readFileSync(output.path, 'utf8'), fix).toBe(output.text);
  });

  it('exports the same dictionary the data loads to', () => {
    expect(dictionary).toEqual(loaded);
  });

  it('notices a change in the data', () => {
    const [first, ...rest] = loaded.entries;
    if (!first) throw new Error('no entries');
    const changed = { ...loaded, entries: [{ ...first, rationale: 'Changed.' }, ...rest] };
    const [module] = renderOutputs(changed);
    expect(module?.text).not.toBe(readFileSync(module?.path ?? '', 'utf8'));
  });

  it('keeps the hand-written intro and anchors every entry by its id', () => {
    const page = renderRulePage('jargon', loaded, `# Intro\n\nWords.\n\n${startMarker}\nold\n${endMarker}\n\nAfter.\n`);
    expect(page.startsWith('# Intro\n\nWords.\n\n<!-- generated:start -->\n')).toBe(true);
    expect(page.endsWith('<!-- generated:end -->\n\nAfter.\n')).toBe(true);
    expect(page).not.toContain('\nold\n');
    expect(page).toContain('<a id="contact-family"></a>\n\n### contact\n');
  });

  it('refuses a page without the markers', () => {
    expect(() => renderRulePage('jargon', loaded, '# Intro\n')).toThrow(/generated:start/);
  });
});
