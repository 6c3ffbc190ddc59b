import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Each test starts its own browser and the machine has two cores: one test at a time per
  // browser, with the Chromium and Firefox suites running side by side (much of either is waiting
  // for a clock, an alarm or a browser to start), which keeps the whole run well within its budget.
  workers: 2,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  projects: [
    { name: 'chromium', testMatch: /.*\.chromium\.spec\.ts/, workers: 1 },
    { name: 'package', testMatch: /package\.spec\.ts/, workers: 1 },
    { name: 'firefox', testMatch: /.*\.firefox\.spec\.ts/, workers: 1 },
    { name: 'screenshots', testMatch: /screenshots\.ts/, workers: 1 },
    // The store listing's pictures (docs/store/), from `npm run store`.
    { name: 'store', testMatch: /e2e\/store\.ts$/, workers: 1 },
  ],
});
