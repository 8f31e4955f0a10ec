import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sampleApps } from './sampleSites.ts';

const remotesDir = fileURLToPath(new URL('../../remotes/', import.meta.url));

describe('the list of sample apps', () => {
  it('names every sample folder under apps/remotes, with its package', () => {
    const folders = readdirSync(remotesDir, { withFileTypes: true })
      .filter((found) => found.isDirectory() && existsSync(`${remotesDir}${found.name}/package.json`))
      .map((found) => found.name);
    expect(sampleApps.map((app) => app.id).sort()).toEqual(folders.sort());
    for (const app of sampleApps) {
      const manifest = JSON.parse(readFileSync(`${remotesDir}${app.id}/package.json`, 'utf8')) as {
        name: string;
      };
      expect(manifest.name, app.id).toBe(app.package);
    }
  });

  it('is served by the dev stack, which depends on every sample package it imports by name', () => {
    const devStack = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(sampleApps.filter((app) => devStack.dependencies[app.package] === undefined)).toEqual([]);
  });

  it('gives each federated sample its catalog entry, and a mock API only where the app has one', () => {
    for (const app of sampleApps.filter((candidate) => candidate.kind === 'federated')) {
      expect(existsSync(`${remotesDir}${app.id}/bas-remote.json`), app.id).toBe(true);
      expect(existsSync(`${remotesDir}${app.id}/src/mocks/handlers.ts`), app.id).toBe(app.mockApi === true);
    }
  });
});
