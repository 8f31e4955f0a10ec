import type { BundleComparison } from '../api/registryApi.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { ScrollRegion } from '../layout/ScrollRegion.tsx';

interface FileRow {
  path: string;
  change: 'added' | 'removed' | 'changed';
  before?: number;
  after?: number;
}

/** The build's files that differ from the served build, with their sizes, and the totals. */
export function BundleChangesTable({ bundle }: { bundle: BundleComparison }) {
  const t = useTexts();
  const format = useFormat();
  const rows: FileRow[] = [
    ...bundle.added.map((file): FileRow => ({ path: file.path, change: 'added', after: file.bytes })),
    ...bundle.removed.map((file): FileRow => ({ path: file.path, change: 'removed', before: file.bytes })),
    ...bundle.changed.map((file): FileRow => ({
      path: file.path,
      change: 'changed',
      before: file.bytesBefore,
      after: file.bytesAfter,
    })),
  ].sort((a, b) => a.path.localeCompare(b.path));
  if (rows.length === 0) return <p>{t.review.bundleSame({ files: bundle.files.after })}</p>;
  const size = (bytes: number | undefined) => (bytes === undefined ? t.none : format.size(bytes));
  const columns = t.review.bundleColumns;
  return (
    <ScrollRegion label={t.review.bundleTitle}>
      <table className="bundle">
        <caption>{t.review.bundleCaption({ unchanged: bundle.unchanged })}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.path}</th>
            <th scope="col">{columns.change}</th>
            <th scope="col" className="number">
              {columns.before}
            </th>
            <th scope="col" className="number">
              {columns.after}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.path}>
              <th scope="row">
                <code>{row.path}</code>
              </th>
              <td>{t.review.fileChanges[row.change]}</td>
              <td className="number">{size(row.before)}</td>
              <td className="number">{size(row.after)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t.review.total({ before: bundle.files.before, after: bundle.files.after })}
            </th>
            <td className="number">{format.size(bundle.totalBytes.before)}</td>
            <td className="number">{format.size(bundle.totalBytes.after)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
