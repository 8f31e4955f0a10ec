import { findAgency } from '../agencies.ts';
import type { ManifestEntry } from '../manifestEntrySchema.ts';
import { communityApps } from './communityApps.ts';
import type { SeedApp } from './defineApp.ts';
import { governmentApps } from './governmentApps.ts';
import { publicServiceApps } from './publicServiceApps.ts';
import { regionalApps } from './regionalApps.ts';

export interface SeedOptions {
  /**
   * Origins of the sample apps this repository builds and serves, by app id (`{ pengumuman:
   * 'http://127.0.0.1:4101' }`): federated remotes and legacy iframe apps. Their entries point there; every other
   * app keeps its production URL.
   */
  sampleApps?: Readonly<Record<string, string>>;
}

/** Every seed application, in catalog order. */
export const seedApps: readonly SeedApp[] = [
  ...governmentApps,
  ...publicServiceApps,
  ...communityApps,
  ...regionalApps,
];

// Stable, varied versions: a catalog where every app is 1.0.0 hides version bugs.
function versionOf(id: string): string {
  const sum = [...id].reduce((total, char) => total + char.charCodeAt(0), 0);
  return `${1 + (sum % 3)}.${sum % 10}.${sum % 4}`;
}

function toEntry(seed: SeedApp, options: SeedOptions): ManifestEntry {
  const agency = findAgency(seed.agency);
  if (agency === undefined) throw new Error(`Seed app "${seed.id}" names an unknown agency "${seed.agency}"`);
  const home = seed.url ?? `https://${seed.id}.kotabogor.go.id/`;
  const base = {
    id: seed.id,
    name: { id: seed.name[0], en: seed.name[1] },
    description: { id: seed.description[0], en: seed.description[1] },
    agency: seed.agency,
    category: seed.category,
    ...(seed.lifeEvents === undefined ? {} : { lifeEvents: [...seed.lifeEvents] }),
    role: seed.role,
    ...(seed.requiresLogin === undefined ? {} : { requiresLogin: seed.requiresLogin }),
    ...(seed.audience === undefined
      ? {}
      : {
          audience: {
            ...(seed.audience.agencies === undefined ? {} : { agencies: [...seed.audience.agencies] }),
            ...(seed.audience.roles === undefined ? {} : { roles: [...seed.audience.roles] }),
          },
        }),
    route: seed.id,
    version: versionOf(seed.id),
    status: seed.status ?? 'active',
    keywords: seed.keywords.split(' '),
    icon: seed.icon,
    owner: { name: agency.name, email: `${agency.code.replaceAll('-', '')}@kotabogor.go.id` },
    spbe: {
      serviceType: seed.indicator <= 41 ? ('administrative' as const) : ('public' as const),
      indicator: seed.indicator,
      applicationType: seed.applicationType,
    },
  };
  const sample = options.sampleApps?.[seed.id];
  if (seed.kind !== 'federated') {
    return { ...base, kind: seed.kind, url: sample === undefined ? home : `${sample}/` };
  }
  return {
    ...base,
    kind: 'federated',
    entry:
      sample === undefined
        ? `https://apps.kotabogor.go.id/${seed.id}/mf-manifest.json`
        : `${sample}/mf-manifest.json`,
    exposedModule: './App',
    sdkVersion: '1.0.0',
    standaloneUrl: sample === undefined ? home : `${sample}/`,
  };
}

/**
 * The Kota Bogor seed catalog: over 200 applications of every agency, public and internal, federated, iframe and
 * link. Federated apps other than the sample remotes point at production hosts and carry no integrity hash yet,
 * so the catalog validates in the `development` environment.
 *
 * @example
 * const entries = seedCatalog({ sampleApps: { pengumuman: 'http://127.0.0.1:4101' } });
 */
export function seedCatalog(options: SeedOptions = {}): ManifestEntry[] {
  return seedApps.map((seed) => toEntry(seed, options));
}
