import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../src/check/collect.js';

describe('collect', () => {
  let root: string;
  const write = (path: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), 'x');
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'carelint-collect-'));
    for (const path of [
      'records/b.md', 'records/a.txt', 'records/A.html', 'records/z/deep.markdown', 'records/notes.docx',
      'records/page.HTM', 'records/node_modules/x.txt', 'records/.git/y.md', 'records/.hidden/z.txt', 'loose.csv',
    ]) write(path);
    symlinkSync(join(root, 'records/a.txt'), join(root, 'records/link.txt'));
    symlinkSync(join(root, 'records'), join(root, 'records/z/loop'));
    mkdirSync(join(root, 'empty'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('walks folders in sorted order, keeping record extensions and skipping node_modules and dot-folders', () => {
    const { files, errors } = collect(['records'], root);
    expect(errors).toEqual([]);
    expect(files.map((file) => file.display)).toEqual([
      'records/A.html', 'records/a.txt', 'records/b.md', 'records/link.txt', 'records/page.HTM', 'records/z/deep.markdown',
    ]);
    expect(files[0]?.absolute).toBe(join(root, 'records/A.html'));
  });

  it('checks a file named explicitly whatever its extension, and each file once', () => {
    const { files } = collect(['loose.csv', 'records/b.md', 'records', join(root, 'loose.csv')], root);
    expect(files.map((file) => file.display).slice(0, 3)).toEqual(['loose.csv', 'records/b.md', 'records/A.html']);
    expect(files.filter((file) => file.display === 'records/b.md')).toHaveLength(1);
    expect(files.filter((file) => file.display === 'loose.csv')).toHaveLength(1);
  });

  it('reports missing paths and empty folders, and still collects the rest', () => {
    const { files, errors } = collect(['nope.txt', 'empty', 'records/a.txt'], root);
    expect(files.map((file) => file.display)).toEqual(['records/a.txt']);
    expect(errors).toEqual([
      "'nope.txt' does not exist. Check the path.",
      "no .txt, .md, .markdown, .html, .htm files in 'empty'. Check the folder, or name the files to check.",
    ]);
  });

  it('shows paths outside the working folder relative to it', () => {
    const { files } = collect([join(root, 'records/b.md')], join(root, 'empty'));
    expect(files[0]?.display).toBe('../records/b.md');
  });
});
