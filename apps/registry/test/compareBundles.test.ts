import { describe, expect, it } from 'vitest';
import { compareBundles } from '../src/assets/compareBundles.ts';

const build = (files: Record<string, [hash: string, bytes: number]>) =>
  new Map(Object.entries(files).map(([path, [integrity, bytes]]) => [path, { integrity, bytes }]));

describe('two stored builds side by side', () => {
  it('tells files added, removed and changed, with their sizes and the totals', () => {
    const before = build({
      'mf-manifest.json': ['sha384-M', 400],
      'remoteEntry.js': ['sha384-E1', 2100],
      'assets/App-1a2b.js': ['sha384-A1', 90],
    });
    const after = build({
      'mf-manifest.json': ['sha384-M', 400],
      'remoteEntry.js': ['sha384-E2', 2150],
      'assets/App-3c4d.js': ['sha384-A2', 95],
      'assets/style.css': ['sha384-C', 30],
    });
    expect(compareBundles(before, after)).toEqual({
      files: { before: 3, after: 4 },
      totalBytes: { before: 2590, after: 2675 },
      added: [
        { path: 'assets/App-3c4d.js', bytes: 95 },
        { path: 'assets/style.css', bytes: 30 },
      ],
      removed: [{ path: 'assets/App-1a2b.js', bytes: 90 }],
      changed: [{ path: 'remoteEntry.js', bytesBefore: 2100, bytesAfter: 2150 }],
      unchanged: 1,
    });
  });

  it('tells a file of the same size but other bytes as changed', () => {
    const comparison = compareBundles(
      build({ 'a.js': ['sha384-A', 10] }),
      build({ 'a.js': ['sha384-B', 10] }),
    );
    expect(comparison.changed).toEqual([{ path: 'a.js', bytesBefore: 10, bytesAfter: 10 }]);
  });

  it('finds nothing between a build and itself', () => {
    const same = build({ 'a.js': ['sha384-A', 10], 'b.js': ['sha384-B', 5] });
    expect(compareBundles(same, same)).toMatchObject({ added: [], removed: [], changed: [], unchanged: 2 });
  });
});
