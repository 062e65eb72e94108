import { defineConfig } from 'vitest/config';

const conditions = ['source', 'module', 'node', 'import', 'default'];

/** The real-client tests (`npm run test:clients`): large applications, so kept out of the quick `npm test`. */
export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['test/clients/**/*.clients.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Each look at a page is a WebDriver BiDi round trip to a large application: give `expect.poll` 5 s, not 1 s.
    expect: { poll: { timeout: 5_000 } },
  },
});
