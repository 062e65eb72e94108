import { defineConfig } from 'tsup';

export default defineConfig({
  // The worker is its own entry: piscina loads it by file name in each thread, and it must be compiled JS.
  entry: ['src/index.ts', 'src/worker.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts'] },
  clean: true,
  target: 'es2022', // not 'node20': esbuild turns \p{…} regex literals into new RegExp() calls for engine targets
});
