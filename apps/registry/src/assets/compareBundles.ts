/** A stored build's files: each path with its SRI hash (from the build's integrity index) and its size in bytes. */
export type BundleFiles = ReadonlyMap<string, { integrity: string; bytes: number }>;

export interface BundleComparison {
  files: { before: number; after: number };
  totalBytes: { before: number; after: number };
  added: Array<{ path: string; bytes: number }>;
  removed: Array<{ path: string; bytes: number }>;
  /** Files at the same path with other bytes (another hash). */
  changed: Array<{ path: string; bytesBefore: number; bytesAfter: number }>;
  /** How many files are the very same bytes in both. */
  unchanged: number;
}

const total = (files: BundleFiles) => [...files.values()].reduce((sum, file) => sum + file.bytes, 0);
const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * What differs between the build served now and a pending one, by path, told apart by hash (equal sizes may hide
 * other bytes), each list in path order.
 *
 * @example
 * compareBundles(new Map([['a.js', { integrity: 'sha384-A', bytes: 10 }]]), new Map([['a.js', { integrity: 'sha384-B', bytes: 12 }]]));
 * // { files: { before: 1, after: 1 }, totalBytes: { before: 10, after: 12 }, added: [], removed: [],
 * //   changed: [{ path: 'a.js', bytesBefore: 10, bytesAfter: 12 }], unchanged: 0 }
 */
export function compareBundles(before: BundleFiles, after: BundleFiles): BundleComparison {
  const comparison: BundleComparison = {
    files: { before: before.size, after: after.size },
    totalBytes: { before: total(before), after: total(after) },
    added: [],
    removed: [],
    changed: [],
    unchanged: 0,
  };
  for (const [path, file] of after) {
    const was = before.get(path);
    if (was === undefined) comparison.added.push({ path, bytes: file.bytes });
    else if (was.integrity !== file.integrity) {
      comparison.changed.push({ path, bytesBefore: was.bytes, bytesAfter: file.bytes });
    } else comparison.unchanged += 1;
  }
  for (const [path, file] of before) {
    if (!after.has(path)) comparison.removed.push({ path, bytes: file.bytes });
  }
  comparison.added.sort(byPath);
  comparison.removed.sort(byPath);
  comparison.changed.sort(byPath);
  return comparison;
}
