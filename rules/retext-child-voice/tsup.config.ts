import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022', // not 'node20': esbuild turns \p{…} regex literals into new RegExp() calls for engine targets
});
