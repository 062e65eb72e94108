import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, findConfig, loadConfig, validateConfig } from '../src/node.js';

describe('validateConfig', () => {
  it('accepts a full config', () => {
    const config = {
      preset: 'family-facing',
      rules: { 'contact-family': 'error', acronym: 'off' },
      allow: ['placement order'],
      ignore: ['contact-family:0a1b2c3d'],
      tone: { target: 3 },
      readability: { age: 12 },
      verdict: { fail: ['error'], warn: ['warning'] },
      children: [{ name: 'Amira', words: { 'contact-family': ['time with Dad'] }, allow: ['placement'] }],
    };
    expect(validateConfig(config)).toEqual(config);
  });

  it.each([
    [{ presett: 'strict' }, '"presett" is not a setting (did you mean "preset"?)'],
    [{ preset: 'loose' }, '"preset" must be one of: recommended, family-facing, audit, strict'],
    [{ rules: { 'contact-family': 'loud' } }, '"rules.contact-family" must be one of: error, warning, info, off'],
    [{ allow: 'placement' }, '"allow" must be a list of strings'],
    [{ tone: { target: -1 } }, '"tone.target" must be a number from 0.1 to 100'],
    [{ tone: { goal: 5 } }, '"tone.goal" is not a setting; expected one of: target, minCritical'],
    [{ children: [{ words: {} }] }, '"children[0].name" must be the child’s name'],
  ])('rejects %j naming the key', (raw, message) => {
    expect(() => validateConfig(raw)).toThrow(ConfigError);
    expect(() => validateConfig(raw)).toThrow(message);
  });
});

describe('config discovery', () => {
  const root = mkdtempSync(join(tmpdir(), 'carelint-config-'));
  const nested = join(root, 'team', 'records');
  mkdirSync(nested, { recursive: true });

  it('finds the nearest config upwards and reads YAML', () => {
    writeFileSync(join(root, '.carelintrc.yaml'), 'preset: strict\nallow:\n  - placement order\n');
    expect(findConfig(nested)).toBe(join(root, '.carelintrc.yaml'));
    expect(loadConfig(nested).config).toEqual({ preset: 'strict', allow: ['placement order'] });
  });

  it('prefers a closer config, including package.json#carelint', () => {
    writeFileSync(join(root, 'team', 'package.json'), JSON.stringify({ name: 'x', carelint: { preset: 'audit' } }));
    expect(loadConfig(nested).config).toEqual({ preset: 'audit' });
  });

  it('names the file and the key when a config is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'carelint-bad-'));
    writeFileSync(join(dir, 'carelint.config.json'), JSON.stringify({ rules: { 'contact-famly': 'off' } }));
    expect(() => loadConfig(dir)).toThrow(/carelint\.config\.json: "rules\.contact-famly" is not a rule id.*did you mean "contact-family"/);
  });

  it('reports broken syntax with the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'carelint-syntax-'));
    writeFileSync(join(dir, '.carelintrc.yaml'), 'preset: strict\nallow: [unclosed\n');
    expect(() => loadConfig(dir)).toThrow(/\.carelintrc\.yaml: is not valid YAML at line \d/);
  });
});
