import { defineConfig } from '@playwright/test';

/** Chromium tests that spend most of their time waiting for the browser's clock to reach a moment. */
const WAITING = /(reminder|clock-option)\.chromium\.spec\.ts/;

export default defineConfig({
  testDir: 'tests/e2e',
  // Each test starts its own browser and the machine has two cores: one test at a time in each
  // project, the projects side by side. Firefox's tests and the Chromium tests that mostly wait for
  // the clock (a reminder's alarm, the clock's next minute) run beside the rest of Chromium's.
  workers: 3,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  projects: [
    { name: 'chromium', testMatch: /.*\.chromium\.spec\.ts/, testIgnore: WAITING, workers: 1 },
    { name: 'chromium-waiting', testMatch: WAITING, workers: 1 },
    { name: 'package', testMatch: /package\.spec\.ts/, workers: 1 },
    { name: 'firefox', testMatch: /.*\.firefox\.spec\.ts/, workers: 1 },
    { name: 'screenshots', testMatch: /screenshots\.ts/, workers: 1 },
    // The store listing's pictures (docs/store/), from `npm run store`.
    { name: 'store', testMatch: /e2e\/store\.ts$/, workers: 1 },
  ],
});
