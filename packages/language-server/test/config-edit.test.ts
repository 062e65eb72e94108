import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@carelint/core';
import { readConfigFile } from '@carelint/core/node';
import { describe, expect, it } from 'vitest';
import { addToConfigList } from '../src/config-edit.js';

const dir = () => mkdtempSync(join(tmpdir(), 'carelint-edit-'));

describe('addToConfigList', () => {
  it('creates .carelintrc.json where asked when there is no config', () => {
    const root = dir();
    expect(addToConfigList(undefined, root, 'ignore', 'siblings:0a1b2c3d')).toEqual({ file: join(root, '.carelintrc.json'), created: true, changed: true });
    expect(readFileSync(join(root, '.carelintrc.json'), 'utf8')).toBe('{\n  "ignore": [\n    "siblings:0a1b2c3d"\n  ]\n}\n');
    expect(readConfigFile(join(root, '.carelintrc.json')).config).toEqual({ ignore: ['siblings:0a1b2c3d'] });
  });

  it('keeps a JSON config’s other keys and its indentation, and does not add a phrase twice', () => {
    const file = join(dir(), 'carelint.config.json');
    writeFileSync(file, '{\n    "preset": "strict",\n    "allow": ["placement order"]\n}\n');
    addToConfigList(file, '/nowhere', 'allow', 'LAC');
    expect(readFileSync(file, 'utf8')).toBe('{\n    "preset": "strict",\n    "allow": [\n        "placement order",\n        "LAC"\n    ]\n}\n');
    expect(addToConfigList(file, '/nowhere', 'allow', 'lac')).toMatchObject({ changed: false });
  });

  it('edits the "carelint" key of package.json and nothing else', () => {
    const file = join(dir(), 'package.json');
    writeFileSync(file, JSON.stringify({ name: 'records', private: true, carelint: { preset: 'audit' } }, null, 2));
    addToConfigList(file, '/nowhere', 'ignore', 'acr-lac:12345678');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ name: 'records', private: true, carelint: { preset: 'audit', ignore: ['acr-lac:12345678'] } });
  });

  it('edits .carelintrc as JSON when it holds JSON, else as YAML with its comments', () => {
    const json = join(dir(), '.carelintrc');
    writeFileSync(json, '{"preset": "strict"}');
    addToConfigList(json, '/nowhere', 'allow', 'respite');
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual({ preset: 'strict', allow: ['respite'] });
    const yaml = join(dir(), '.carelintrc');
    writeFileSync(yaml, '# ours\npreset: strict # agreed\nallow: [respite]\n');
    addToConfigList(yaml, '/nowhere', 'allow', 'short breaks');
    expect(readFileSync(yaml, 'utf8')).toBe('# ours\npreset: strict # agreed\nallow: [ respite, short breaks ]\n');
    expect(readConfigFile(yaml).config.allow).toEqual(['respite', 'short breaks']);
  });

  it('refuses to guess when the list is not a list or the file is broken', () => {
    const file = join(dir(), '.carelintrc.yaml');
    writeFileSync(file, 'allow: placement\n');
    expect(() => addToConfigList(file, '/nowhere', 'allow', 'LAC')).toThrow(ConfigError);
    writeFileSync(file, 'allow: [\n');
    expect(() => addToConfigList(file, '/nowhere', 'allow', 'LAC')).toThrow(/not valid YAML/);
    expect(readFileSync(file, 'utf8')).toBe('allow: [\n');
  });
});
