import { describe, expect, it } from 'vitest';
import { createIntegrityIndex } from './integrityIndex.ts';

const bytes = (text: string) => Buffer.from(text);

function build(manifest: unknown): Map<string, Buffer> {
  return new Map([
    ['mf-manifest.json', bytes(JSON.stringify(manifest))],
    ['remoteEntry.js', bytes('export const get = () => {};')],
    ['assets/remote-1a2b.js', bytes('export const mount = () => {};')],
    ['assets/shared-3c4d.js', bytes('export {};')],
    ['assets/react-5e6f.js', bytes('export {};')],
  ]);
}

const manifest = {
  metaData: { remoteEntry: { name: 'remoteEntry.js', path: '', type: 'module' } },
  exposes: [
    {
      path: './App',
      assets: {
        js: { sync: ['assets/remote-1a2b.js', 'assets/shared-3c4d.js'], async: ['assets/react-5e6f.js'] },
      },
    },
  ],
};

describe('the opening files of a build', () => {
  it('are its remote entry and the chunks its exposed modules import at once, each with its index hash', () => {
    const { index, openingFiles } = createIntegrityIndex(build(manifest));
    expect(openingFiles).toEqual(
      ['remoteEntry.js', 'assets/remote-1a2b.js', 'assets/shared-3c4d.js'].map((path) => ({
        path,
        integrity: index.files[path],
      })),
    );
  });

  it('are left out when the build names a file it does not hold, or has no federation manifest', () => {
    const missing = { ...manifest, exposes: [{ assets: { js: { sync: ['assets/gone.js'] } } }] };
    expect(createIntegrityIndex(build(missing)).openingFiles).toBeUndefined();
    const files = build(manifest);
    files.delete('mf-manifest.json');
    expect(createIntegrityIndex(files).openingFiles).toBeUndefined();
    expect(createIntegrityIndex(new Map([['mf-manifest.json', bytes('{')]])).openingFiles).toBeUndefined();
  });

  it('name the remote entry as the runtime finds it, whatever way its folder is written', () => {
    const files = build({
      ...manifest,
      metaData: { remoteEntry: { name: 'remoteEntry.js', path: 'entry/' } },
    });
    files.set('entry/remoteEntry.js', bytes('export {};'));
    expect(createIntegrityIndex(files).openingFiles?.[0]?.path).toBe('entry/remoteEntry.js');
  });

  it('are left out when there are more than an entry may carry: the app opens as without them', () => {
    const many = Array.from({ length: 31 }, (_, n) => `assets/chunk-${n}.js`);
    const files = build({ ...manifest, exposes: [{ assets: { js: { sync: many } } }] });
    for (const path of many) files.set(path, bytes('export {};'));
    expect(createIntegrityIndex(files).openingFiles).toBeUndefined();
  });
});
