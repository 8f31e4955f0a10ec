import { describe, expect, it } from 'vitest';
import { entryChanges } from './entryChanges.ts';

describe('entryChanges', () => {
  it('names each changed field by its path, and nothing that stayed', () => {
    expect(
      entryChanges(
        {
          id: 'antrean',
          version: '3.5.3',
          name: { id: 'Antrean Online', en: 'Online queue' },
          icon: 'clock',
        },
        {
          id: 'antrean',
          version: '3.6.0',
          name: { id: 'Layanan Saya', en: 'Online queue' },
          apiOrigins: ['https://a'],
        },
      ),
    ).toEqual([
      'version: "3.5.3" → "3.6.0"',
      'name.id: "Antrean Online" → "Layanan Saya"',
      'icon: "clock" → (none)',
      'apiOrigins: (none) → ["https://a"]',
    ]);
  });
});
