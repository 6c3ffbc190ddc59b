import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Each test starts its own browser; the machine has two cores.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  projects: [
    { name: 'chromium', testMatch: /.*\.chromium\.spec\.ts/ },
    { name: 'package', testMatch: /package\.spec\.ts/ },
    { name: 'firefox', testMatch: /.*\.firefox\.spec\.ts/ },
    { name: 'screenshots', testMatch: /screenshots\.ts/ },
    // The store listing's pictures (docs/store/), from `npm run store`.
    { name: 'store', testMatch: /e2e\/store\.ts$/ },
  ],
});
