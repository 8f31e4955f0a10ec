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
        'pinnedRemotes.spec.ts',
      ],
      use: { baseURL: portals.devIdp },
    },
    {
      // A cheap Android phone: the portal, its failures and its journeys at 360 x 740.
      name: 'portal-mobile',
      testMatch: ['portal.spec.ts', 'failures.spec.ts', 'journeys.spec.ts', 'accessibility.spec.ts'],
      use: { baseURL: portals.devIdp, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
    },
    // The portal's own parts failing: processes killed, hung and restarted under a phone's browser.
    {
      name: 'chaos',
      testMatch: ['chaos.spec.ts', 'chaosPostgres.spec.ts'],
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
    },
    // The portal's journeys over a national catalog of 27,000 apps, on a portal of its own.
    {
      name: 'national',
      testMatch: ['national.spec.ts'],
    },
    {
      name: 'national-mobile',
      testMatch: ['national.spec.ts'],
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
    },
    // The SPBE report over a portal of its own, with a year's history and screenshots (minutes).
    {
      name: 'evidence',
      testMatch: ['evidence.spec.ts'],
    },
    // Sign-in and the trust boundary, against each identity provider.
    {
      name: 'sso-dev-idp',
      testMatch: [
        'sso.spec.ts',
        'hostileRemote.spec.ts',
        'console.spec.ts',
        'monitoring.spec.ts',
        'realUserMonitoring.spec.ts',
      ],
      use: { baseURL: portals.devIdp },
    },
    {
      name: 'sso-keycloak',
      testMatch: ['sso.spec.ts', 'hostileRemote.spec.ts', 'console.spec.ts'],
      use: { baseURL: portals.keycloak },
    },
  ],
  globalSetup: './support/globalSetup.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: process.env.CI === 'true',
  // Under CI a failed browser test is tried once more, and one that passes then is named as flaky in the closing
  // lines. A rare one (portal-mobile, returning home after a remote crashed: the page stops painting) is not yet
  // understood; it must not decide alone whether a change lands, and it must stay visible.
  retries: process.env.CI === 'true' ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/results.json' }], ['./support/chaosReporter.ts']],
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
