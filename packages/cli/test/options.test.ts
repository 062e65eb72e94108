import { describe, expect, it } from 'vitest';
import { checkHelp } from '../src/check/help.js';
import { checkOptionSpec, parseCheckArgs } from '../src/check/options.js';
import { UsageError } from '../src/usage-error.js';

/** The message of the UsageError that parsing `argv` throws. */
function usageError(argv: string[]): string {
  try {
    parseCheckArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected ${argv.join(' ')} to be refused`);
}

describe('carelint check options', () => {
  it('has defaults a team can rely on', () => {
    expect(parseCheckArgs(['records'])).toEqual({
      paths: ['records'],
      stdin: false,
      format: 'stylish',
      failOn: 'warning',
      childNames: [],
      quiet: false,
      verbose: false,
      color: undefined,
      help: false,
    });
  });

  it('reads every option, long and short', () => {
    expect(
      parseCheckArgs([
        '-f', 'sarif', '--fail-on', 'info', '--preset', 'family-facing', '-c', 'conf.json', '--document-type', 'plan',
        '--child', 'Jamie', '--child=Ava Smith', '-q', '--verbose', '--no-color', 'a.txt', 'b',
      ]),
    ).toEqual({
      paths: ['a.txt', 'b'],
      stdin: false,
      format: 'sarif',
      failOn: 'info',
      preset: 'family-facing',
      config: 'conf.json',
      documentType: 'plan',
      childNames: ['Jamie', 'Ava Smith'],
      quiet: true,
      verbose: true,
      color: false,
      help: false,
    });
  });

  it('reads stdin options only with -', () => {
    expect(parseCheckArgs(['-', '--stdin-format', 'html', '--stdin-filename', 'x/note.html'])).toMatchObject({
      paths: [],
      stdin: true,
      stdinFormat: 'html',
      stdinFilename: 'x/note.html',
    });
    expect(usageError(['a.txt', '--stdin-format', 'html'])).toContain("'--stdin-format' only applies when reading stdin");
    expect(usageError(['-', 'a.txt'])).toContain('cannot be combined with paths');
  });

  it('lets the last of --color / --no-color win', () => {
    expect(parseCheckArgs(['--no-color', '--color', 'a']).color).toBe(true);
    expect(parseCheckArgs(['--color', '--no-color', 'a']).color).toBe(false);
  });

  it('refuses unknown options, missing values and bad values, naming the option', () => {
    expect(usageError(['--frail', 'a'])).toBe("unknown option '--frail'. Run 'carelint check --help' for the options.");
    expect(usageError(['-x', 'a'])).toContain("unknown option '-x'");
    expect(usageError(['a', '--format'])).toContain("option '--format' needs a value");
    expect(usageError(['--format', 'xml', 'a'])).toBe("option '--format' must be one of stylish, json, sarif, github (got 'xml').");
    expect(usageError(['--fail-on', 'warn', 'a'])).toContain('error, warning, info, none');
    expect(usageError(['--preset', 'lax', 'a'])).toContain("'--preset'");
    expect(usageError(['--document-type', 'note', 'a'])).toContain('visit, plan, assessment, review, letter, other');
    expect(usageError(['--quiet=yes', 'a'])).toContain("'--quiet' takes no value");
  });

  it('needs an input unless asking for help', () => {
    expect(usageError([])).toContain('no input');
    expect(parseCheckArgs(['--help']).help).toBe(true);
  });

  it('documents every option in the help', () => {
    for (const [name, option] of Object.entries(checkOptionSpec)) {
      expect(checkHelp).toContain(`--${name}`);
      if ('short' in option) expect(checkHelp).toContain(`-${option.short}, --${name}`);
    }
  });
});
