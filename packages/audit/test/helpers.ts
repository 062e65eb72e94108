// Shared by the audit tests: a fresh build of the worker (piscina needs compiled JS), captured IO, temporary folders,
// a tiny .docx writer, and the generated export.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { build } from 'esbuild';
import { runAuditCommand, type AuditHooks } from '../src/index.js';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const repoDir = fileURLToPath(new URL('../../..', import.meta.url));

let built: Promise<void> | undefined;

/**
 * Builds dist/index.js and dist/worker.js from the current sources (no type declarations, so it takes well under
 * a second), into a temporary folder first and then renamed into dist, so test files building at once never see
 * half a file.
 */
export function buildAudit(): Promise<void> {
  built ??= (async () => {
    // Inside dist (ignored by git), so a run stopped mid-build leaves nothing to commit.
    mkdirSync(join(packageDir, 'dist'), { recursive: true });
    const out = mkdtempSync(join(packageDir, 'dist', '.test-build-'));
    try {
      for (const name of ['index', 'worker']) {
        // esbuild directly: tsup's programmatic API require()s an ES module, which trips a Node 20 crash
        // (CreateRequiredModuleFacade) now and then inside a test worker.
        await build({
          entryPoints: [join(packageDir, 'src', `${name}.ts`)],
          bundle: true,
          format: 'esm',
          platform: 'node',
          target: 'es2022',
          outfile: join(out, `${name}.js`),
          logLevel: 'silent',
          // Bare imports stay imports, resolved from this package's node_modules as in the real build.
          packages: 'external',
        });
      }
      for (const name of ['index', 'worker']) renameSync(join(out, `${name}.js`), join(packageDir, 'dist', `${name}.js`));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  })();
  return built;
}

export function temporaryDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `carelint-audit-${prefix}-`));
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `carelint audit …argv` in process, with captured output and `stdin` as its input. */
export async function audit(argv: string[], { cwd, stdin = '', hooks, tty = false }: { cwd: string; stdin?: string; hooks?: AuditHooks; tty?: boolean }): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runAuditCommand(
    argv,
    {
      stdout: { write: (chunk: string) => (stdout += chunk), isTTY: tty },
      stderr: { write: (chunk: string) => (stderr += chunk), isTTY: tty },
      stdin: Readable.from([Buffer.from(stdin, 'utf8')]),
      cwd,
      env: {},
    },
    hooks,
  );
  return { code, stdout, stderr };
}

/** A minimal Word document (stored zip, no compression) whose body has these paragraphs. */
export function writeDocx(path: string, paragraphs: string[]): void {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const files: Array<[string, string]> = [
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`],
  ];
  // Stored, not deflated: the smallest valid .docx, as a test input for the Word reader.
  writeFileSync(path, zipSync(Object.fromEntries(files.map(([name, text]) => [name, [strToU8(text), { level: 0 }]]))));
}

/** The known figures of one group, as fixtures/generate-export.mjs counts them while generating. */
export interface KnownCounts {
  records: number;
  linted: number;
  errors: number;
  words: number;
  jargon: number;
  critical: number;
  positive: number;
  quotes: number;
  terms: Record<string, number>;
}

export interface Expected {
  seed: number;
  count: number;
  map: string;
  overall: KnownCounts;
  byTeam: Record<string, KnownCounts>;
  byMonth: Record<string, KnownCounts>;
  byAuthor: Record<string, KnownCounts>;
}

export interface Snippet {
  text: string;
  words: number;
  terms: string[];
  critical?: number;
  positive?: number;
  quote?: boolean;
}

/** fixtures/generate-export.mjs, typed (it is plain JS so it runs with node alone). */
export interface Generator {
  snippets: Record<string, Snippet[]>;
  map: string;
  generateExport(options: { count: number; seed?: number; format?: 'csv' | 'jsonl' }): { lines: Iterable<string>; expected: Expected };
  writeExport(file: string, options: { count: number; seed?: number; format?: 'csv' | 'jsonl' }): Promise<Expected>;
}

// A computed specifier: the generator is JavaScript without type declarations.
const generatorUrl = new URL('../../../fixtures/generate-export.mjs', import.meta.url).href;
export const generator = (await import(generatorUrl)) as Generator;
