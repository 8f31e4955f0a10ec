import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validEntry } from './testEntries.fixture.ts';
import { upgradeEntry } from './upgradeEntry.ts';
import { validateEntry } from './validateManifest.ts';

describe('upgradeEntry', () => {
  it('renames a federated entry’s old "entry" field to manifestUrl and says so', () => {
    const { manifestUrl, ...rest } = validEntry() as { manifestUrl: string };
    const { entry, warnings } = upgradeEntry({ ...rest, entry: manifestUrl });
    expect(validateEntry(entry, { environment: 'production' }).ok).toBe(true);
    expect(entry).toMatchObject({ manifestUrl });
    expect(warnings).toEqual([expect.stringContaining('"entry" is now "manifestUrl"')]);
  });

  it('leaves a current entry, an entry of another kind, and anything that is not an entry as it is', () => {
    const current = validEntry();
    expect(upgradeEntry(current)).toEqual({ entry: current, warnings: [] });
    const iframe = { kind: 'iframe', entry: 'https://x.kotabogor.go.id/' };
    expect(upgradeEntry(iframe)).toEqual({ entry: iframe, warnings: [] });
    expect(upgradeEntry('kosong')).toEqual({ entry: 'kosong', warnings: [] });
  });

  it('is removed when @bas/manifest reaches 0.3, as its warning promises', () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const [major, minor] = version.split('.').map(Number);
    expect(
      major === 0 && (minor ?? 0) < 3,
      `@bas/manifest ${version}: remove upgradeEntry and its callers`,
    ).toBe(true);
  });
});
