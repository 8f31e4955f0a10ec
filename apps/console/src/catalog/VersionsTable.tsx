import { Link } from 'react-router';
import type { AppDetail, VersionSummary } from '../api/registryApi.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { ScrollRegion } from '../layout/ScrollRegion.tsx';

/**
 * An app's versions, the newest first, each with its state. For an admin, a column of what can be done with each:
 * review one waiting for approval, roll back to an earlier approved one. A developer sees the same versions
 * without it.
 */
export function VersionsTable({
  app,
  name,
  onRollback,
}: {
  app: AppDetail;
  name: string;
  /** Given for an admin only. */
  onRollback?: ((version: VersionSummary) => void) | undefined;
}) {
  const t = useTexts();
  const format = useFormat();
  const columns = t.app.versionColumns;
  const versions = [...app.versions].reverse();
  return (
    <ScrollRegion label={t.app.versionsTitle}>
      <table>
        <caption>{t.app.versionsCaption({ name })}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.version}</th>
            <th scope="col">{columns.state}</th>
            <th scope="col">{columns.submitted}</th>
            <th scope="col">{columns.approved}</th>
            {onRollback !== undefined && <th scope="col">{columns.action}</th>}
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.version} className={version.current ? 'current' : undefined}>
              <th scope="row">{version.version}</th>
              <td>
                {t.app.states[version.state]}
                {version.current && <strong className="serving"> · {t.app.states.serving}</strong>}
              </td>
              <td>{t.app.by({ who: version.submittedBy, when: format.moment(version.submittedAt) })}</td>
              <td>
                {version.approvedBy === null || version.approvedAt === null
                  ? t.none
                  : t.app.by({ who: version.approvedBy, when: format.moment(version.approvedAt) })}
              </td>
              {onRollback !== undefined && (
                <td>
                  {version.state === 'pending' && (
                    <Link
                      to={`/antrean/${encodeURIComponent(app.id)}/${encodeURIComponent(version.version)}`}
                    >
                      {t.app.review({ version: version.version })}
                    </Link>
                  )}
                  {version.state === 'approved' && !version.current && (
                    <button type="button" className="link-button" onClick={() => onRollback(version)}>
                      {t.app.rollback({ version: version.version })}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
