/**
 * `pnpm --filter @carelint/browser-extension build`: dist/ (Chromium), dist-firefox/ (Firefox), and a zip of
 * each in release/. Prints the sizes.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension, packageDir } from './build.js';
import { zipFolder } from './zip.js';

const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
const release = join(packageDir, 'release');
mkdirSync(release, { recursive: true });

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
for (const [target, folder] of [['chromium', 'dist'], ['firefox', 'dist-firefox']] as const) {
  const started = Date.now();
  const result = await buildExtension({ target, outDir: join(packageDir, folder) });
  const zip = join(release, `carelint-${version}-${target}.zip`);
  const zipped = zipFolder(result.outDir, zip);
  const total = Object.values(result.sizes).reduce((a, b) => a + b, 0);
  console.log(`${target}: ${folder}/ ${kb(total)} (content.js ${kb(result.sizes['content.js'] ?? 0)}), ${zip.slice(packageDir.length + 1)} ${kb(zipped)}, ${Date.now() - started} ms`);
}
