// Every rule package, and the shared text layer, has a README whose "Use" section shows a record (`example.txt`),
// a module (`example.js`) and what running the module prints. Here each module runs as it would in a workspace
// package that depends on the one documented, and must print exactly what its README shows, so the examples
// cannot drift from what the plugins do. The modules import the packages' built dist, as any user's code does.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
/** Every rule package (each must have a README that shows its use alone) and the shared text layer. */
const packages = [
  ...readdirSync(join(root, 'rules'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `rules/${entry.name}`),
  'packages/text',
];
const work = mkdtempSync(join(tmpdir(), 'carelint-readme-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Example {
  document: string;
  module: string;
  output: string;
}

/** The three blocks of a README's "## Use" section: the record, the module, and what it prints. */
function exampleIn(readme: string): Example {
  const section = /^## Use\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme)?.[1];
  if (section === undefined) throw new Error('no "## Use" section');
  const blocks = [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(([, language = '', body = '']) => ({ language, body }));
  const languages = blocks.map((block) => block.language).join(', ');
  if (languages !== 'txt, js, txt') throw new Error(`the "Use" section's code blocks are ${languages || 'none'}; expected txt (example.txt), js (example.js), txt (its output)`);
  return { document: blocks[0]!.body, module: blocks[1]!.body, output: blocks[2]!.body };
}

/**
 * A project that depends on the package as a workspace package would: its node_modules links the package under
 * its name and the package's own dependencies (unified, retext-english, vfile) beside it.
 */
function project(folder: string, name: string, example: Example): string {
  const dir = join(work, folder.replace(/\//g, '-'));
  const modules = join(dir, 'node_modules');
  mkdirSync(modules, { recursive: true });
  const link = (target: string, as: string) => {
    mkdirSync(join(as, '..'), { recursive: true });
    if (!existsSync(as)) symlinkSync(target, as);
  };
  const own = join(root, folder, 'node_modules');
  for (const entry of readdirSync(own)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) for (const scoped of readdirSync(join(own, entry))) link(join(own, entry, scoped), join(modules, entry, scoped));
    else link(join(own, entry), join(modules, entry));
  }
  link(join(root, folder), join(modules, name));
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'readme-example', private: true, type: 'module' })}\n`);
  writeFileSync(join(dir, 'example.txt'), example.document);
  writeFileSync(join(dir, 'example.js'), example.module);
  return dir;
}

/** Runs `node example.js` in the folder. */
function run(dir: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['example.js'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('the "Use" example of each package README', () => {
  for (const folder of packages) {
    // Concurrent tests use their own `expect`, so each failure is told against its own README.
    it.concurrent(`${folder}/README.md prints what it shows`, async ({ expect }) => {
      const readme = join(root, folder, 'README.md');
      expect(existsSync(readme), `${folder} has no README.md`).toBe(true);
      const example = exampleIn(readFileSync(readme, 'utf8'));
      const { name } = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')) as { name: string };
      expect(example.module, `${folder}/README.md: the example does not import ${name}`).toContain(`from '${name}'`);
      const result = await run(project(folder, name, example));
      expect(result.stderr, `${folder}/README.md: node example.js wrote to stderr`).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout, `${folder}/README.md: node example.js printed something else`).toBe(example.output);
    }, 60_000);
  }
});
