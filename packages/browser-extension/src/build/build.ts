/**
 * Builds the unpacked extension: four bundles (content script, background, popup, options) with esbuild, the
 * pages, icons and manifest; then checks the bundles hold nothing that could reach the network or run
 * strings as code. `@carelint/core` is bundled from source, so no other package has to be built first.
 */
import { build, type Plugin } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ICON_SIZES, iconPng } from './icons.js';
import { manifestFor, type Target } from './manifest.js';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const src = join(packageDir, 'src');

export interface BuildOptions {
  target: Target;
  outDir: string;
  minify?: boolean;
}

export interface BuildResult {
  outDir: string;
  /** File (relative to outDir) -> bytes. */
  sizes: Record<string, number>;
  /** Every module bundled into the content script, for the checks. */
  contentInputs: string[];
}

/**
 * The extension lints plain text read from the page, so core's markdown and HTML readers (micromark, parse5:
 * two thirds of the bundle) are left out; asking for those formats throws.
 */
const plainTextOnly: Plugin = {
  name: 'carelint-plain-text-only',
  setup(b) {
    b.onResolve({ filter: /^(parse5|hast-util-from-html|mdast-util-from-markdown)$/ }, (args) => ({ path: args.path === 'parse5' ? 'html-parser' : args.path, namespace: 'carelint-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'carelint-stub' }, (args) => ({
      contents: `const no = () => { throw new Error('The browser extension checks plain text only (${args.path} is not bundled).'); };
export const fromHtml = no; export const fromMarkdown = no; export const parse = no; export const parseFragment = no;`,
      loader: 'js',
    }));
  },
};

/** Patterns that must not appear in any bundle: network, strings run as code, HTML parsing of strings. */
export const FORBIDDEN: ReadonlyArray<[string, RegExp]> = [
  ['fetch()', /\bfetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['EventSource', /EventSource/],
  ['sendBeacon', /sendBeacon/],
  ['importScripts', /importScripts/],
  ['eval()', /\beval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['innerHTML', /\.innerHTML\s*=/],
  ['outerHTML', /\.outerHTML\s*=/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
];

/** What a bundle holds that it must not. */
export function forbiddenIn(code: string): string[] {
  return FORBIDDEN.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
}

function sizesUnder(dir: string, base = dir): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(sizes, sizesUnder(path, base));
    else sizes[path.slice(base.length + 1)] = statSync(path).size;
  }
  return sizes;
}

export async function buildExtension(options: BuildOptions): Promise<BuildResult> {
  const { target, outDir, minify = true } = options;
  const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'icons'), { recursive: true });
  const result = await build({
    entryPoints: {
      content: join(src, 'content', 'index.ts'),
      background: join(src, 'background.ts'),
      popup: join(src, 'popup', 'popup.ts'),
      options: join(src, 'options', 'options.ts'),
    },
    outdir: outDir,
    bundle: true,
    // MV3 content scripts are classic scripts; an IIFE also serves as Firefox's background script.
    format: 'iife',
    platform: 'browser',
    // ES2022 (Chrome 94+, Firefox 93+), not engine names: for engines esbuild rewrites every \p{…} regex literal
    // as a new RegExp() call, compiled again each time the code runs.
    target: 'es2022',
    conditions: ['source'],
    minify,
    charset: 'utf8',
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
    plugins: [plainTextOnly],
  });
  for (const page of ['popup/popup.html', 'popup/popup.css', 'options/options.html', 'options/options.css']) {
    copyFileSync(join(src, page), join(outDir, page.split('/')[1]!));
  }
  for (const size of ICON_SIZES) writeFileSync(join(outDir, 'icons', `icon-${size}.png`), iconPng(size));
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifestFor(target, version), null, 2)}\n`);

  const problems: string[] = [];
  for (const file of ['content.js', 'background.js', 'popup.js', 'options.js']) {
    const found = forbiddenIn(readFileSync(join(outDir, file), 'utf8'));
    if (found.length > 0) problems.push(`${file} contains ${found.join(', ')}`);
  }
  const contentOutput = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith('content.js'))?.[1];
  const contentInputs = Object.keys(contentOutput?.inputs ?? {});
  const bad = contentInputs.filter((input) => /(^|\/)node:|\/ajv\/|\/ajv@/.test(input));
  if (bad.length > 0) problems.push(`content.js bundles ${bad.join(', ')}`);
  if (problems.length > 0) throw new Error(`The extension bundle failed its checks: ${problems.join('; ')}`);
  return { outDir, sizes: sizesUnder(outDir), contentInputs };
}
