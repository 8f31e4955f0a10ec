import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** The sample remotes under apps/remotes, each tested in a DOM like the shell's. */
const remotes = ['pengumuman', 'dokumen-kependudukan', 'aduan-warga', 'cuti-online', 'skm', 'cek-izin'];

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
        test: { name: 'izin-pemakaman', root: 'apps/remotes/izin-pemakaman', environment: 'node' },
      },
      {
        test: { name: 'gateway', root: 'apps/gateway', environment: 'node' },
      },
      {
        test: { name: 'manifest', root: 'packages/manifest', environment: 'node' },
      },
      {
        test: { name: 'dev-idp', root: 'apps/dev-idp', environment: 'node' },
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
