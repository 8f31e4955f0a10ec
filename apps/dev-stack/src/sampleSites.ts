import { readFileSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { RequestHandler } from 'msw';
import type { RemoteSite } from './startRemoteSites.ts';

/** One sample app as `apps/remotes/sample-apps.json` lists it; its folder is `apps/remotes/<id>`. */
export interface SampleApp {
  id: string;
  /** Its workspace package: `<package>/mocks` exports `createHandlers()` where `mockApi` is set. */
  package: string;
  /** A federated remote built to `dist/`, or a legacy server-rendered app (`createLegacyApp()`). */
  kind: 'federated' | 'legacy';
  mockApi?: boolean;
}

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** The one list of this repository's sample apps, read by the dev stack, the test configs and the benchmark. */
export const sampleApps = JSON.parse(
  readFileSync(repo('apps/remotes/sample-apps.json'), 'utf8'),
) as SampleApp[];

/** Where each sample's build lands. */
export const sampleDir = (id: string) => repo(`apps/remotes/${id}/dist`);

/**
 * The sample apps as sites to serve, in the list's order (ports follow that order): each federated remote's build
 * with its agency API mocked by the same msw handlers its tests use, and the legacy app's own server.
 */
export async function sampleSites(): Promise<RemoteSite[]> {
  return Promise.all(
    sampleApps.map(async (app): Promise<RemoteSite> => {
      if (app.kind === 'legacy') {
        const { createLegacyApp } = (await import(app.package)) as { createLegacyApp(): RequestListener };
        return { name: app.id, app: createLegacyApp() };
      }
      if (app.mockApi !== true) return { name: app.id, dir: sampleDir(app.id) };
      const { createHandlers } = (await import(`${app.package}/mocks`)) as {
        createHandlers(): RequestHandler[];
      };
      return { name: app.id, dir: sampleDir(app.id), mockApi: createHandlers() };
    }),
  );
}
