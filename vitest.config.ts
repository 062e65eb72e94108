import { defineConfig } from 'vitest/config';

const conditions = ['source', 'module', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'rules/*/test/**/*.test.ts', 'dictionaries/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30000,
  },
});
