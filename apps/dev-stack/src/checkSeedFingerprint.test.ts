import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedCatalog } from '@bas/manifest/seed';
import { describe, expect, it } from 'vitest';
import { checkSeedFingerprint } from './checkSeedFingerprint.ts';

describe('checkSeedFingerprint', () => {
  const today = seedCatalog({ sampleApps: { pengumuman: 'http://127.0.0.1:4101' } });

  it('starts a new data folder, and the same folder again with the same seed', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'bas-seed-')), '.data');
    checkSeedFingerprint(dir, today);
    writeFileSync(join(dir, 'registry.sqlite'), '');
    expect(() => checkSeedFingerprint(dir, today)).not.toThrow();
  });

  it('stops on a folder seeded from another catalog, saying how to start afresh', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bas-seed-'));
    checkSeedFingerprint(dir, seedCatalog({ sampleApps: { pengumuman: 'http://127.0.0.1:5101' } }));
    writeFileSync(join(dir, 'registry.sqlite'), '');
    expect(() => checkSeedFingerprint(dir, today)).toThrow(
      `Remove it to start from today's seed: rm -rf ${dir}`,
    );
  });

  it('stops on a folder from before seeds were noted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bas-seed-'));
    writeFileSync(join(dir, 'registry.sqlite'), '');
    expect(() => checkSeedFingerprint(dir, today)).toThrow('holds a catalog seeded from an older checkout');
  });
});
