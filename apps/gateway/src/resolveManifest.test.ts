import { describe, expect, it } from 'vitest';
import { resolveManifest } from './resolveManifest.ts';

describe('resolveManifest', () => {
  it('puts each served remote at its origin and leaves full URLs alone', () => {
    const template = {
      entries: [
        { id: 'pengumuman', entry: '{origin:pengumuman}/mf-manifest.json' },
        { id: 'antrean', entry: 'https://antrean.kotabogor.go.id/mf-manifest.json' },
      ],
    };
    expect(resolveManifest(template, new Map([['pengumuman', 'http://127.0.0.1:4101']]))).toEqual({
      entries: [
        { id: 'pengumuman', entry: 'http://127.0.0.1:4101/mf-manifest.json' },
        { id: 'antrean', entry: 'https://antrean.kotabogor.go.id/mf-manifest.json' },
      ],
    });
  });

  it('names a placeholder that no served remote answers to', () => {
    expect(() => resolveManifest({ entry: '{origin:lapor}/mf-manifest.json' }, new Map())).toThrow(
      'no remote "lapor" is served',
    );
  });
});
