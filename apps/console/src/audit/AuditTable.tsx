import { Link } from 'react-router';
import type { AuditRecord } from '../api/registryApi.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { ScrollRegion } from '../layout/ScrollRegion.tsx';

export function AuditTable({ records }: { records: readonly AuditRecord[] }) {
  const t = useTexts();
  const format = useFormat();
  const columns = t.audit.columns;
  const actions: Partial<Record<string, string>> = t.audit.actions;
  return (
    <ScrollRegion label={t.audit.title}>
      <table className="audit">
        <caption>{t.audit.caption({ count: records.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.at}</th>
            <th scope="col">{columns.actor}</th>
            <th scope="col">{columns.action}</th>
            <th scope="col">{columns.app}</th>
            <th scope="col">{columns.version}</th>
            <th scope="col">{columns.reason}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={record.id}>
              <th scope="row">{format.moment(record.at)}</th>
              <td>{record.actor}</td>
              <td>{actions[record.action] ?? record.action}</td>
              <td>
                {record.appId === null ? (
                  t.none
                ) : (
                  <Link to={`/katalog/${encodeURIComponent(record.appId)}`}>{record.appId}</Link>
                )}
              </td>
              <td>{record.version ?? t.none}</td>
              <td className="reason">{record.reason ?? t.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
