import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Site builds and the browser take seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Eleventy imports .eleventy.ts with Node's own loader: tsx teaches it TypeScript.
    execArgv: ['--import', 'tsx'],
  },
});
