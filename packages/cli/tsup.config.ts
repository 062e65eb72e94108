import { chmod, readFile, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

const shebang = '#!/usr/bin/env node\n';

export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022', // not 'node20': esbuild turns \p{…} regex literals into new RegExp() calls for engine targets
  // tsup's `banner` would go on every entry; only the bin should start with a shebang, and be executable.
  async onSuccess() {
    const bin = new URL('./dist/bin.js', import.meta.url);
    const code = await readFile(bin, 'utf8');
    if (!code.startsWith('#!')) await writeFile(bin, shebang + code);
    await chmod(bin, 0o755);
  },
});
