/** The extension's pure parts, and the built bundles checked for what they must not hold. */
import { lint, type Finding, type Metrics } from '@carelint/core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, forbiddenIn, type BuildResult } from '../src/build/build.js';
import { manifestFor } from '../src/build/manifest.js';

import { zipFolder } from '../src/build/zip.js';
import { lintOptions } from '../src/content/lint-options.js';
import { countLabel, findingsByKind, summaryRows } from '../src/content/labels.js';
import { matchCase } from '../src/content/match-case.js';
import { splitNote } from '../src/content/popover.js';
import { DEFAULT_SETTINGS, normaliseSettings } from '../src/settings.js';
import { patternOf, siteOf } from '../src/sites.js';
import { extraEntries, formatExtraWords, parseAllowList, parseExtraWords } from '../src/word-lists.js';

describe('word lists from the options page', () => {
  it('reads the allow list one phrase a line', () => {
    expect(parseAllowList('  siblings \n\nContact  centre\nSIBLINGS\n')).toEqual(['siblings', 'Contact centre']);
  });

  it('reads extra words as "term = alternatives" and names the lines it cannot read', () => {
    const { words, problems } = parseExtraWords('service user = the person’s name, the young person\nkiddo =\n= nothing\na = b = c\nkiddo = again');
    expect(words).toEqual([
      { term: 'service user', alternatives: ['the person’s name', 'the young person'] },
      { term: 'kiddo', alternatives: [] },
    ]);
    expect(problems.map((p) => p.slice(0, 7))).toEqual(['Line 3:', 'Line 4:', 'Line 5:']);
    expect(formatExtraWords(words)).toBe('service user = the person’s name, the young person\nkiddo =');
  });

  it('turns extra words into entries lint() flags, with the alternatives offered', () => {
    const report = lint('The kiddo was seen at home.', lintOptions({ ...DEFAULT_SETTINGS, extraWords: [{ term: 'kiddo', alternatives: ['Sam'] }] }, []));
    const finding = report.messages.find((m) => m.ruleId === 'local-kiddo');
    expect(finding?.actual).toBe('kiddo');
    expect(finding?.expected).toEqual(['Sam']);
    expect(extraEntries([{ term: 'a b', alternatives: [] }, { term: 'A-B', alternatives: [] }]).map((e) => e.id)).toEqual(['local-a-b', 'local-a-b-2']);
  });

  it('passes the preset, allow list and ignored fingerprints to lint()', () => {
    const text = 'Contact with Dad went well and the siblings played.';
    const all = lint(text, lintOptions(DEFAULT_SETTINGS, []));
    expect(all.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['contact-family', 'siblings']));
    const siblings = all.messages.find((m) => m.ruleId === 'siblings')!;
    const ignored = lint(text, lintOptions(DEFAULT_SETTINGS, [siblings.fingerprint]));
    expect(ignored.messages.map((m) => m.ruleId)).not.toContain('siblings');
    const allowed = lint(text, lintOptions({ ...DEFAULT_SETTINGS, allow: ['contact'] }, []));
    expect(allowed.messages.map((m) => m.ruleId)).not.toContain('contact-family');
    const strict = lint(text, lintOptions({ ...DEFAULT_SETTINGS, preset: 'family-facing' }, []));
    expect(strict.messages.find((m) => m.ruleId === 'siblings')?.severity).toBe('error');
  });

  it('keeps only well-formed settings from storage', () => {
    expect(normaliseSettings({ preset: 'nonsense', allow: ['a', 3], extraWords: [{ term: 'x', alternatives: ['y', null] }, { nope: 1 }] })).toEqual({
      preset: 'recommended',
      allow: ['a'],
      extraWords: [{ term: 'x', alternatives: ['y'] }],
    });
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('sites', () => {
  it('turns a page address into a site key and a match pattern for every port', () => {
    expect(siteOf('https://records.example.gov.uk:8443/case/12?x=1')).toBe('https://records.example.gov.uk');
    expect(siteOf('chrome://extensions')).toBeUndefined();
    expect(siteOf('not a url')).toBeUndefined();
    expect(patternOf('http://127.0.0.1')).toBe('http://127.0.0.1/*');
  });
});

describe('what the overlay says', () => {
  it('fits an alternative to where it goes', () => {
    expect(matchCase('family time', 'Contact', '')).toBe('Family time');
    expect(matchCase('family time', 'contact', 'the ')).toBe('family time');
    expect(matchCase('child in need plan', 'CIN', 'the ')).toBe('child in need plan');
    expect(matchCase('child in need plan', 'CIN', 'went. ')).toBe('Child in need plan');
    expect(matchCase('Mum', 'MGM', 'the ')).toBe('Mum');
  });

  it('folds a note’s sources away from its reason', () => {
    expect(splitNote('Children find it cold. Sources: A guide (2019); another.')).toEqual({ why: 'Children find it cold.', sources: 'A guide (2019); another.' });
    expect(splitNote('No sources here.')).toEqual({ why: 'No sources here.', sources: undefined });
  });

  it('summarises the metrics in plain words', () => {
    const metrics: Metrics = {
      words: 120,
      sentences: 1,
      jargon: { count: 0, per1000: 0, terms: [] },
      tone: { critical: 4, positive: 1, ratio: 0.3, target: 5 },
      childVoice: { status: 'present', quotes: 1, reportedViews: 2, observations: 0, methods: [] },
      plan: { actions: 3, complete: 2, vague: 1 },
      readability: { age: 11.4, grade: 6, longestSentences: [] },
      verdict: 'warn',
    };
    expect(summaryRows(metrics).map((row) => `${row.label}: ${row.value}`)).toEqual([
      'Child’s voice: Present: 1 quote, 2 views reported',
      'Tone balance: 1 positive, 4 critical (aim: 5 positive for each critical)',
      'Plan: 2 of 3 actions say who, what and by when; 1 vague phrase',
      'Reading age: About 11',
      'Length: 120 words, 1 sentence',
    ]);
    const { tone: _tone, childVoice: _voice, plan: _plan, readability: _readability, ...bare } = metrics;
    expect(summaryRows(bare).map((row) => row.key)).toEqual(['words']);
    expect(countLabel(1)).toBe('1 suggestion');
    const finding = (category: Finding['data']['category']) => ({ data: { category } }) as Finding;
    expect(findingsByKind([finding('jargon'), finding('acronym'), finding('jargon')])).toBe('2 care jargon, 1 acronym');
    expect(findingsByKind([finding('deficit'), finding('acronym'), finding('acronym')])).toBe('2 acronyms, 1 judging word');
  });
});

describe('the built extension', () => {
  let dir: string;
  let chromium: BuildResult;
  let firefox: BuildResult;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'carelint-build-'));
    [chromium, firefox] = await Promise.all([
      buildExtension({ target: 'chromium', outDir: join(dir, 'chromium') }),
      buildExtension({ target: 'firefox', outDir: join(dir, 'firefox') }),
    ]);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('asks for no site at install and lets its pages connect nowhere', () => {
    const manifest = JSON.parse(readFileSync(join(chromium.outDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab']);
    expect((manifest.content_security_policy as { extension_pages: string }).extension_pages).toContain("connect-src 'none'");
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
    for (const file of ['content.js', 'background.js', 'popup.js', 'options.js', 'popup.html', 'options.html', 'icons/icon-128.png']) {
      expect(chromium.sizes[file], file).toBeGreaterThan(0);
    }
  });

  it('has a Firefox variant with background scripts and a gecko id', () => {
    const manifest = JSON.parse(readFileSync(join(firefox.outDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
    expect((manifest.browser_specific_settings as { gecko: { id: string } }).gecko.id).toBe('browser-extension@carelint');
    expect(manifest.minimum_chrome_version).toBeUndefined();
    expect(manifestFor('test', '1.0.0').host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  });

  it('bundles core for the browser: no Node built-ins, no ajv, no markdown or HTML parsers', () => {
    const inputs = chromium.contentInputs.join('\n');
    expect(inputs).toContain('packages/core/src/lint.ts');
    expect(inputs).toContain('compromise');
    expect(inputs).not.toMatch(/(^|\n)node:/);
    expect(inputs).not.toMatch(/ajv/);
    expect(inputs).not.toMatch(/parse5|micromark/);
    // The content script is most of the extension; compromise's lexicon is most of it.
    expect(chromium.sizes['content.js']).toBeLessThan(1_000_000);
  });

  it('holds nothing that reaches the network or runs strings as code', () => {
    for (const build of [chromium, firefox]) {
      for (const file of ['content.js', 'background.js', 'popup.js', 'options.js']) {
        expect(forbiddenIn(readFileSync(join(build.outDir, file), 'utf8')), file).toEqual([]);
      }
    }
    // …and the check does catch them.
    expect(forbiddenIn('x.innerHTML = y; fetch("/a"); new Function("return 1")')).toEqual(['fetch()', 'new Function', 'innerHTML']);
  });

  it('zips the unpacked extension with manifest.json at the root', () => {
    const zip = join(dir, 'chromium.zip');
    zipFolder(chromium.outDir, zip);
    const entries = readZip(readFileSync(zip));
    expect([...entries.keys()]).toEqual(expect.arrayContaining(['manifest.json', 'content.js', 'icons/icon-16.png']));
    expect(entries.get('manifest.json')!.equals(readFileSync(join(chromium.outDir, 'manifest.json')))).toBe(true);
    expect(entries.get('content.js')!.equals(readFileSync(join(chromium.outDir, 'content.js')))).toBe(true);
  });
});

/** Reads a zip from its central directory, as an unzip tool does, checking every entry's CRC. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = inflateRawSync(zip.subarray(dataStart, dataStart + size));
    expect(crc32(data), name).toBe(zip.readUInt32LE(at + 16));
    entries.set(name, data);
    at += 46 + nameLength + extra;
  }
  return entries;
}
