import { defineConfig } from 'tsup';
import { buildAssets } from './src/build/assets.js';

export default defineConfig({
  entry: ['src/index.ts', 'src/browser.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022', // not 'node20': esbuild turns \p{…} regex literals into new RegExp() calls for engine targets
  // The browser build of core, the page's script and the lint worker (esbuild; fails on Node built-ins).
  async onSuccess() {
    const built = await buildAssets();
    console.log(`carelint.browser.js ${(built.browserBytes / 1024).toFixed(0)} KB`);
  },
});
