import { defineConfig } from '@playwright/test';

// The tests drive the built extension (.output/chrome-mv3) in the system Chromium; see
// tests/e2e/fixtures.ts. Two workers match CI's two cores; tests wait on conditions,
// never on sleeps, so they hold under load.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
});
