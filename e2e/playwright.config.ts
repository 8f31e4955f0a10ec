import { defineConfig } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '@bas/chromium';
import { portals } from './support/testPortal.ts';

export default defineConfig({
  testDir: './tests',
  projects: [
    {
      name: 'portal',
      testMatch: [
        'portal.spec.ts',
        'budget.spec.ts',
        'failures.spec.ts',
        'journeys.spec.ts',
        'accessibility.spec.ts',
        'sampleApps.spec.ts',
        'developerKit.spec.ts',
      ],
      use: { baseURL: portals.devIdp },
    },
    {
      // A cheap Android phone: the portal, its failures and its journeys at 360 x 740.
      name: 'portal-mobile',
      testMatch: ['portal.spec.ts', 'failures.spec.ts', 'journeys.spec.ts', 'accessibility.spec.ts'],
      use: { baseURL: portals.devIdp, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
    },
    { name: 'sso-dev-idp', testMatch: 'sso.spec.ts', use: { baseURL: portals.devIdp } },
    { name: 'sso-keycloak', testMatch: 'sso.spec.ts', use: { baseURL: portals.keycloak } },
  ],
  globalSetup: './support/globalSetup.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: process.env.CI === 'true',
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/results.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download does not work here.
      executablePath: chromiumPath(),
      args: [...chromiumFlags],
    },
    trace: 'retain-on-failure',
  },
});
