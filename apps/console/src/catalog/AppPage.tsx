import { Button } from '@bas/ui/react';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { RegistryApi } from '../api/registryApi.ts';
import { useConsole } from '../app/ConsoleServicesContext.ts';
import { useLocale } from '../i18n/LocaleContext.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { useAnnounce } from '../layout/FlashContext.ts';
import { PageHeading } from '../layout/PageHeading.tsx';
import { PublishHint } from '../layout/PublishHint.tsx';
import { RegistryErrorNotice } from '../layout/RegistryErrorNotice.tsx';
import { useLoad } from '../common/useLoad.ts';
import { HealthPanel } from './HealthPanel.tsx';
import { ReasonDialog } from './ReasonDialog.tsx';
import { SloPanel } from './SloPanel.tsx';
import { UsagePanel } from './UsagePanel.tsx';
import { VersionsTable } from './VersionsTable.tsx';
import { agencyNames } from '../common/agencyNames.ts';

/** The app and the entry it is known by: the served version's, else the latest one's (none if all were rejected). */
async function loadApp(registry: RegistryApi, id: string, signal: AbortSignal) {
  const app = await registry.getApp(id, signal);
  const shown = app.currentVersion ?? app.versions.at(-1)?.version;
  return { app, entry: shown === undefined ? undefined : await registry.entry(id, shown, signal) };
}

type Change = { action: 'rollback'; version: string } | { action: 'disable' | 'enable' };

/** One app: what it is, its health, its versions; for an admin, roll back, disable and enable. */
export function AppPage() {
  const t = useTexts();
  const { locale } = useLocale();
  const { registry, user } = useConsole();
  const announce = useAnnounce();
  const { id = '' } = useParams();
  const loaded = useLoad(useCallback((signal: AbortSignal) => loadApp(registry, id, signal), [registry, id]));
  const [change, setChange] = useState<Change>();
  const app = loaded.data?.app;
  const entry = loaded.data?.entry;
  const name = entry?.name[locale] ?? id;

  const dialog = (() => {
    if (change === undefined || app === undefined) return undefined;
    const done = (message: string) => {
      setChange(undefined);
      announce(message);
      loaded.reload();
    };
    if (change.action === 'rollback') {
      const texts = t.app.dialogs.rollback;
      return {
        title: texts.title({ name, version: change.version }),
        body: texts.body({ current: app.currentVersion ?? t.none, version: change.version }),
        confirmLabel: texts.confirm({ version: change.version }),
        onConfirm: async (reason: string) => {
          await registry.rollback(id, change.version, reason);
          done(texts.done({ name, version: change.version }));
        },
      };
    }
    const texts = t.app.dialogs[change.action];
    return {
      title: texts.title({ name }),
      body: texts.body,
      confirmLabel: texts.confirm,
      onConfirm: async (reason: string) => {
        await registry.setEnabled(id, change.action === 'enable', reason);
        done(texts.done({ name }));
      },
    };
  })();

  return (
    <>
      <p>
        <Link to="/katalog">{t.app.back}</Link>
      </p>
      <PageHeading text={name} />
      {loaded.error !== undefined && <RegistryErrorNotice error={loaded.error} onRetry={loaded.reload} />}
      {app === undefined && loaded.error === undefined && <p role="status">{t.app.loading}</p>}
      {app !== undefined && (
        <>
          <h2>{t.app.summary}</h2>
          <dl className="facts">
            <dt>{t.app.id}</dt>
            <dd>
              <code>{app.id}</code>
            </dd>
            <dt>{t.app.agency}</dt>
            <dd>{agencyNames.full(app.agency)}</dd>
            {entry !== undefined && (
              <>
                <dt>{t.catalog.kind}</dt>
                <dd>
                  {t.kinds[entry.kind]} · {t.roles[entry.role]}
                </dd>
              </>
            )}
            <dt>{t.app.route}</dt>
            <dd>
              <code>/layanan/{app.route}</code>
            </dd>
            <dt>{t.app.status}</dt>
            <dd>
              <span className={`status status-${app.status}`}>{t.statuses[app.status]}</span>
            </dd>
            <dt>{t.app.current}</dt>
            <dd>{app.currentVersion ?? t.app.noCurrent}</dd>
          </dl>

          <h2>{t.app.healthTitle}</h2>
          <HealthPanel appId={app.id} />

          <h2>{t.slo.title}</h2>
          <SloPanel appId={app.id} />

          <h2>{t.usage.title}</h2>
          <UsagePanel appId={app.id} />

          <h2>{t.app.versionsTitle}</h2>
          <VersionsTable
            app={app}
            name={name}
            onRollback={
              user.isAdmin
                ? (version) => setChange({ action: 'rollback', version: version.version })
                : undefined
            }
          />
          {!user.isAdmin && <PublishHint />}

          {user.isAdmin && (
            <>
              <h2>{t.app.adminTitle}</h2>
              <p>{t.app.disableIntro}</p>
              {app.status === 'disabled' ? (
                <Button onClick={() => setChange({ action: 'enable' })}>{t.app.enable}</Button>
              ) : (
                <Button
                  variant="secondary"
                  className="danger"
                  onClick={() => setChange({ action: 'disable' })}
                >
                  {t.app.disable}
                </Button>
              )}
            </>
          )}
          {dialog !== undefined && <ReasonDialog {...dialog} onClose={() => setChange(undefined)} />}
        </>
      )}
    </>
  );
}
