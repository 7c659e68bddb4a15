import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Site builds and the browser take seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The browser is found once (Debian's, CHROMIUM_PATH, or the one @sparticuz/chromium ships).
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Eleventy imports .eleventy.ts with Node's own loader: tsx teaches it TypeScript.
    execArgv: ['--import', 'tsx'],
  },
});
