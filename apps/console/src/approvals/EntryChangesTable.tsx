import type { EntryChange } from '../api/registryApi.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { ScrollRegion } from '../layout/ScrollRegion.tsx';
import { formatValue } from './formatValue.ts';

/**
 * The entry's changes, field by field. A sensitive change (who may open the app, what runs, where tokens go) is
 * set apart by its row's colour and border and says "Perubahan sensitif" in words, so nobody needs the colour.
 */
export function EntryChangesTable({
  changes,
  caption,
}: {
  changes: readonly EntryChange[];
  caption: string;
}) {
  const t = useTexts();
  const shown = (value: unknown) => formatValue(value) ?? <span className="absent">{t.review.absent}</span>;
  return (
    <ScrollRegion label={t.review.changesTitle}>
      <table className="changes">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.review.columns.field}</th>
            <th scope="col">{t.review.columns.before}</th>
            <th scope="col">{t.review.columns.after}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field} className={change.sensitive ? 'sensitive' : undefined}>
              <th scope="row">
                <code>{change.field}</code>
                {change.sensitive && (
                  <strong className="sensitive-label">
                    <span aria-hidden="true">⚠ </span>
                    {t.review.sensitive}
                  </strong>
                )}
              </th>
              <td className="value">{shown(change.before)}</td>
              <td className="value">{shown(change.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
