import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { ManifestEntry } from '../manifestEntrySchema.ts';
import { cities, ministries, provinces, regencies } from './nationalGovernments.ts';
import { seedCatalog, type SeedOptions } from './seedCatalog.ts';

export interface NationalCatalogOptions extends SeedOptions {
  /** How many entries in all, Kota Bogor's own seed included (27,000 for the national figure). */
  count: number;
  /** The generator's seed: the same seed and count give the same catalog, entry for entry. */
  seed?: number;
}

interface Government {
  /** As it styles itself in text: "Kabupaten Sleman", "Kementerian Kesehatan". */
  name: string;
  /** Its part of addresses and ids: "kab-sleman", "kemenkes". */
  slug: string;
}

const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Every regional government and ministry, in a fixed order: what the generated entries belong to. */
const governments: readonly Government[] = [
  ...provinces.map((name) => ({ name: `Provinsi ${name}`, slug: `prov-${slugOf(name)}` })),
  // Kota Bogor's own catalog is the seed, which comes first.
  ...cities
    .filter((name) => name !== 'Bogor')
    .map((name) => ({ name: `Kota ${name}`, slug: `kota-${slugOf(name)}` })),
  ...regencies.map((name) => ({ name: `Kabupaten ${name}`, slug: `kab-${slugOf(name)}` })),
  ...ministries.map(({ code, name }) => ({ name, slug: code })),
];

/** `text` cut to `max` characters at a word, for names and descriptions that grew with a government's name. */
function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).trimEnd()}…`;
}

/** The template's text, Kota Bogor's own words made the government's. */
function retitle(text: string, government: Government): string {
  return text.replace(/Kota Bogor|Bogor/g, government.name);
}

/** The template's name made the government's: its own words where it names the city, else followed by them. */
function rename(name: string, government: Government, between: (name: string) => string): string {
  return fit(name.includes('Bogor') ? retitle(name, government) : between(name), 80);
}

/** The template's address moved to the government's domain (`<slug>.go.id`). */
function rehost(url: string, government: Government): string {
  return url.replaceAll('kotabogor.go.id', `${government.slug}.go.id`);
}

/** A unique id of at most 50 characters, ending in a letter or digit, from the template's and the government's. */
function uniqueId(base: string, taken: Set<string>): string {
  const stem = base.slice(0, 44).replace(/-+$/, '');
  let id = stem;
  for (let n = 2; taken.has(id); n += 1) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}

function generatedEntry(template: ManifestEntry, government: Government, id: string): ManifestEntry {
  const {
    evidence: _evidence,
    integrity: _integrity,
    openingFiles: _openingFiles,
    ...rest
  } = template as ManifestEntry & {
    integrity?: string;
    openingFiles?: unknown;
  };
  const common = {
    ...rest,
    id,
    route: id,
    name: {
      id: rename(template.name.id, government, (name) => `${name} ${government.name}`),
      en: rename(template.name.en, government, (name) => `${name} (${government.name})`),
    },
    description: {
      id: fit(retitle(template.description.id, government), 400),
      en: fit(retitle(template.description.en, government), 400),
    },
    keywords: [...template.keywords.slice(0, 19), fit(government.name.toLowerCase(), 40)],
    owner: {
      ...template.owner,
      name: fit(retitle(template.owner.name, government), 120),
      email: `layanan@${government.slug}.go.id`,
    },
  };
  if (template.kind !== 'federated')
    return { ...common, kind: template.kind, url: rehost(template.url, government) };
  return {
    ...common,
    kind: 'federated',
    manifestUrl: `https://apps.${government.slug}.go.id/${id}/mf-manifest.json`,
    standaloneUrl: `https://apps.${government.slug}.go.id/${id}/`,
    ...(template.apiOrigins === undefined ? {} : { apiOrigins: [`https://api.${government.slug}.go.id`] }),
  } as ManifestEntry;
}

/**
 * A national catalog of `count` entries, for tests and the benchmark: Kota Bogor's seed catalog first, then
 * entries of Indonesia's provinces, cities, regencies and ministries, each a seed entry made that government's
 * (its name, addresses and owner), chosen at random so kinds, roles and categories keep the seed's proportions.
 * Deterministic: generated from `seed` every time, never stored. Node only, as `seedCatalog` is.
 *
 * @example
 * const entries = nationalCatalog({ count: 27_000 });
 */
export function nationalCatalog(options: NationalCatalogOptions): ManifestEntry[] {
  const { count, seed = 2026 } = options;
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`A national catalog of ${count} entries: give a whole number of at least 1.`);
  }
  const own = seedCatalog(options);
  const templates = own.filter((entry) => entry.status !== 'disabled');
  const taken = new Set(own.map((entry) => entry.id));
  const random = xoroshiro128plus(seed);
  const entries = own.slice(0, count);
  for (let index = entries.length; index < count; index += 1) {
    const government = governments[index % governments.length] as Government;
    const template = templates[uniformInt(random, 0, templates.length - 1)] as ManifestEntry;
    entries.push(generatedEntry(template, government, uniqueId(`${template.id}-${government.slug}`, taken)));
  }
  return entries;
}
