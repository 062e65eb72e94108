import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, type Finding, type LintOptions } from '@carelint/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures, type Fixture } from '../../../fixtures/load.js';
import { buildServer } from './support/build.js';

// A real editor: Debian's Neovim (0.7.2 in bookworm) with its built-in LSP client. CI installs it; without it
// these tests fail rather than pass silently.
const NVIM = process.env.NVIM ?? '/usr/bin/nvim';
const SCENARIO = fileURLToPath(new URL('./nvim/scenario.lua', import.meta.url));
const fixtures = loadFixtures();
const fixture = (name: string) => fixtures.find((f) => f.name.startsWith(name))!;

interface Seen {
  line: number;
  col: number;
  code: string;
  severity: number;
  source: string;
  text: string | null;
}
interface Step {
  name: string;
  diagnostics: Seen[];
  lines: string[];
  offered?: string[];
  first_ms?: number;
  first_count?: number;
}

let server: string;

beforeAll(async () => {
  if (!existsSync(NVIM)) throw new Error(`Neovim is not installed at ${NVIM}: apt-get install -y neovim (CI does this in .ci/run)`);
  server = await buildServer();
}, 60000);

/** Opens a copy of the record in headless Neovim inside a fresh workspace and runs the plan's steps. */
function runNeovim(record: Fixture, plan: object[]): { root: string; filetype: string; steps: Step[] } {
  const root = mkdtempSync(join(tmpdir(), 'carelint-nvim-'));
  const name = `record.${record.file.split('.').pop()}`;
  copyFileSync(record.file, join(root, name));
  // The record's children, as a writer would record them in the team config.
  const children = (record.expected.options?.childNames ?? []).map((child) => ({ name: child }));
  writeFileSync(join(root, 'carelint.config.yaml'), `# team config\nchildren:\n${children.map((c) => `  - name: ${c.name}\n`).join('')}`);
  writeFileSync(join(root, 'plan.json'), JSON.stringify(plan));
  execFileSync(NVIM, ['--headless', '--clean', '-c', `luafile ${SCENARIO}`, name], {
    cwd: root,
    env: { ...process.env, SERVER: server, PLAN: join(root, 'plan.json'), OUT: join(root, 'out.json') },
    timeout: 60000,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return { root, ...(JSON.parse(readFileSync(join(root, 'out.json'), 'utf8')) as { filetype: string; steps: Step[] }) };
}

/** What Neovim should show for a text: core's findings, with the words each covers. */
function expected(text: string, options: LintOptions): string[] {
  return lint(text, options).messages.map((f: Finding) => describeSeen({ line: f.place.start.line, col: f.place.start.column, code: f.ruleId, severity: { error: 1, warning: 2, info: 3 }[f.severity], source: 'carelint', text: f.place.start.line === f.place.end.line ? f.actual : null }));
}

function describeSeen(d: Seen): string {
  return `${d.line}:${d.col} ${d.code} ${d.severity} ${d.source}${d.text === null ? '' : ` ${d.text}`}`;
}

const sorted = (lines: string[]) => [...lines].sort();

describe('headless Neovim with its built-in LSP client', () => {
  it('opens a record, shows the expected findings, updates after an edit, and applies quick fixes', () => {
    const record = fixture('01-cin-home-visit');
    const options: LintOptions = { format: 'text', children: [{ name: 'Kacper' }, { name: 'Zofia' }] };
    const lines = record.text.split('\n');
    const contactLine = lines.findIndex((l) => l.startsWith('Contact with Dad')) + 1;
    const siblingsLine = lines.findIndex((l) => l.startsWith('The siblings')) + 1;
    const saturday = lines[contactLine - 1]!.indexOf('Saturday');
    const { root, filetype, steps } = runNeovim(record, [
      { do: 'open', name: 'open' },
      { do: 'edit', name: 'edit', line: contactLine, col: saturday, end_col: saturday + 'Saturday'.length, text: 'Saturday at the contact centre' },
      { do: 'action', name: 'replace', line: contactLine, col: 0, title: 'Replace with “Family time”' },
      { do: 'action', name: 'ignore', line: siblingsLine, col: 4, title: 'Ignore this finding in this workspace' },
    ]);
    expect(filetype).toBe('text');
    const [open, edit, replace, ignore] = steps as [Step, Step, Step, Step];

    // On open: the fixture's expected findings, at their line:column, covering their words.
    const seen = open.diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.text}`);
    for (const want of record.expected.findings?.['care-jargon'] ?? []) expect(seen).toContain(want);
    expect(sorted(open.diagnostics.map(describeSeen))).toEqual(sorted(expected(record.text, options)));

    // After a one-word edit: the new jargon is shown, and the rest still matches a fresh lint.
    const edited = edit.lines.join('\n');
    expect(edited).toContain('on Saturday at the contact centre.');
    expect(edit.first_ms).toBeLessThan(2000);
    expect(edit.diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.text}`)).toContain(`${contactLine}:${saturday + 17} contact-centre contact centre`);
    expect(sorted(edit.diagnostics.map(describeSeen))).toEqual(sorted(expected(edited, options)));

    // The preferred quick fix replaces "Contact" with the first alternative, written to start the sentence.
    expect(replace.offered?.[0]).toBe('Replace with “Family time”');
    expect(replace.offered).toContain('Allow “Contact” in this workspace');
    expect(replace.lines[contactLine - 1]).toBe(`Family time with Dad went well on Saturday at the contact centre.${lines[contactLine - 1]!.slice(saturday + 'Saturday.'.length)}`);
    expect(replace.diagnostics.some((d) => d.line === contactLine && d.code === 'contact-family')).toBe(false);
    expect(sorted(replace.diagnostics.map(describeSeen))).toEqual(sorted(expected(replace.lines.join('\n'), options)));

    // "Ignore" keeps the fingerprint in the workspace config (the YAML one here, comments kept), and the finding goes.
    const config = readFileSync(join(root, 'carelint.config.yaml'), 'utf8');
    const siblings = lint(replace.lines.join('\n'), options).messages.find((f) => f.ruleId === 'siblings')!;
    expect(config).toBe(`# team config\nchildren:\n  - name: Kacper\n  - name: Zofia\nignore:\n  - ${siblings.fingerprint}\n`);
    expect(ignore.diagnostics.map((d) => d.code)).not.toContain('siblings');
    expect(sorted(ignore.diagnostics.map(describeSeen))).toEqual(sorted(expected(ignore.lines.join('\n'), { ...options, ignore: [siblings.fingerprint] })));
  });

  it.each(['05-child-protection-plan', '09-iro-review-report'])('%s: Markdown and HTML records show their expected findings', (name) => {
    const record = fixture(name);
    const { filetype, steps } = runNeovim(record, [{ do: 'open', name: 'open' }]);
    expect(filetype).toBe(record.format === 'html' ? 'html' : 'markdown');
    const children = (record.expected.options?.childNames ?? []).map((child) => ({ name: child }));
    const seen = steps[0]!.diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.text}`);
    for (const want of record.expected.findings?.['care-jargon'] ?? []) expect(seen).toContain(want);
    expect(sorted(steps[0]!.diagnostics.map(describeSeen))).toEqual(sorted(expected(record.text, { format: record.format, children })));
  });
});
