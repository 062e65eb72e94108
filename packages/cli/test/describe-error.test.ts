import { describe, expect, it } from 'vitest';
import { describeError, stackFrames } from '../src/describe-error.js';

const secret = 'Jamie told me his dad hit him';

describe('describeError', () => {
  it('turns file system errors into a problem and an action, by path', () => {
    const error = Object.assign(new Error(`ENOENT: open '${secret}'`), { code: 'ENOENT' });
    expect(describeError(error, 'records/x.txt')).toBe("'records/x.txt' does not exist. Check the path.");
    expect(describeError(Object.assign(new Error('x'), { code: 'EACCES' }), 'a.md')).toBe(
      "'a.md' cannot be read: permission denied. Check the file permissions.",
    );
  });

  it('passes on a ConfigError, which names the file and key', () => {
    const error = Object.assign(new Error('/x/.carelintrc.json: "rulez" is not a setting (did you mean "rules"?).'), {
      name: 'ConfigError',
      key: 'rulez',
      file: '/x/.carelintrc.json',
    });
    expect(describeError(error, 'a.txt')).toBe('/x/.carelintrc.json: "rulez" is not a setting (did you mean "rules"?).');
    expect(describeError(error, 'a.txt', '/x/notes')).toBe('../.carelintrc.json: "rulez" is not a setting (did you mean "rules"?).');
  });

  it("never shows an unexpected error's message, which may quote the record", () => {
    const error = new TypeError(`cannot split "${secret}"`);
    const line = describeError(error, 'records/x.txt');
    expect(line).toBe(
      "internal error (TypeError) while checking 'records/x.txt'. Please report it; the record's text is not shown. Set CARELINT_DEBUG=1 for a stack trace.",
    );
    expect(stackFrames(error)).not.toContain(secret);
    expect(stackFrames(error)).toMatch(/^\s+at /);
  });
});
