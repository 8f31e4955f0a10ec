import { describe, expect, it } from 'vitest';
import { validEntry } from './testEntries.fixture.ts';
import { upgradeEntry } from './upgradeEntry.ts';
import { validateEntry } from './validateManifest.ts';

describe('upgradeEntry', () => {
  it('renames the old "entry" field to manifestUrl and says so', () => {
    const { manifestUrl, ...rest } = validEntry() as { manifestUrl: string };
    const { entry, warnings } = upgradeEntry({ ...rest, entry: manifestUrl });
    expect(validateEntry(entry, { environment: 'production' }).ok).toBe(true);
    expect(entry).toMatchObject({ manifestUrl });
    expect(warnings).toEqual([expect.stringContaining('"entry" is now "manifestUrl"')]);
  });

  it('leaves a current entry, and anything that is not an entry, as it is', () => {
    const current = validEntry();
    expect(upgradeEntry(current)).toEqual({ entry: current, warnings: [] });
    expect(upgradeEntry('kosong')).toEqual({ entry: 'kosong', warnings: [] });
  });
});
