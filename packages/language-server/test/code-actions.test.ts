import { lint } from '@carelint/core';
import { describe, expect, it } from 'vitest';
import { matchCase } from '../src/code-actions.js';
import { formatOf } from '../src/language.js';
import { RuleDocs, findDocsRoot } from '../src/rule-docs.js';

const finding = (text: string, ruleId: string) => lint(text).messages.find((f) => f.ruleId === ruleId)!;

describe('matchCase', () => {
  it('capitalises an alternative where the words it replaces start a sentence or were capitalised', () => {
    const text = 'Contact with Dad went well. The YP enjoyed it. Next week YP will go. Sibling contact is weekly.';
    expect(matchCase('family time', finding(text, 'contact-family'), text)).toBe('Family time');
    const yp = lint(text).messages.filter((f) => f.ruleId === 'acr-yp');
    expect(matchCase('young person', yp[0]!, text)).toBe('young person');
    expect(matchCase('Jade', yp[0]!, text)).toBe('Jade');
  });

  it('leaves lower-case words and alternatives that already start with a capital alone', () => {
    const text = 'We talked about contact with Dad.';
    expect(matchCase('family time', finding(text, 'contact-family'), text)).toBe('family time');
    expect(matchCase('Time with Dad', finding(text, 'contact-family'), text)).toBe('Time with Dad');
  });
});

describe('formatOf', () => {
  it('maps LSP language ids to core formats, then the file extension, then plain text', () => {
    expect(formatOf('plaintext', 'file:///a')).toBe('text');
    expect(formatOf('text', 'file:///a')).toBe('text');
    expect(formatOf('markdown', 'file:///a.txt')).toBe('markdown');
    expect(formatOf('html', 'file:///a')).toBe('html');
    expect(formatOf('mdx', 'file:///notes/a.md')).toBe('markdown');
    expect(formatOf('xhtml', 'file:///a.HTM')).toBe('html');
    expect(formatOf('latex', 'untitled:Untitled-1')).toBe('text');
  });
});

describe('RuleDocs', () => {
  it('links a finding’s docs/rules page as a file:// URI with its anchor, only when the page exists', () => {
    const docs = new RuleDocs(findDocsRoot());
    expect(docs.href('docs/rules/jargon.md#contact-family')).toMatch(/^file:\/\/\/.+\/docs\/rules\/jargon\.md#contact-family$/);
    expect(docs.href('docs/rules/nope.md#x')).toBeUndefined();
    expect(docs.href('docs/rules/../../package.json')).toBeUndefined();
    expect(docs.href('https://example.org/rules')).toBeUndefined();
    expect(new RuleDocs(undefined).href('docs/rules/jargon.md')).toBeUndefined();
  });
});
