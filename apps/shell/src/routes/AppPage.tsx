import { appPath } from '@bas/sdk';
import { useEffect, useState } from 'react';
import { useTexts } from '../i18n/useTexts.ts';
import { useParams } from 'react-router';
import { useSessionStore } from '../auth/sessionStore.ts';
import { RequireSignIn } from '../auth/RequireSignIn.tsx';
import { requestLogin } from '../auth/shellAuth.ts';
import { agencyShortName } from '../catalog/agencyShortName.ts';
import { entryShownAt, useCatalog } from '../catalog/catalogStore.ts';
import { usePersonalLists } from '../catalog/usePersonalLists.ts';
import { useLocalized } from '../i18n/useLocalized.ts';
import { FederatedApp } from '../host/FederatedApp.tsx';
import { IframeApp } from '../host/IframeApp.tsx';
import { pageAllows } from '../host/pagePolicy.ts';
import { showApp } from '../rum/appOnScreen.ts';
import { AppClosed } from './AppClosed.tsx';
import { AppDown } from './AppDown.tsx';
import { downSince } from '../catalog/downSince.ts';
import { AppBanners } from '../notices/AppBanners.tsx';
import { Toasts } from '../notices/Toasts.tsx';
import { NotForYourAccount } from './NotForYourAccount.tsx';
import { SurveyInvitation } from '../survey/SurveyInvitation.tsx';
import { useShellServices } from '../host/ShellServicesContext.ts';
import { PageHeading } from './PageHeading.tsx';
import { useClosedApp } from './useClosedApp.ts';

/** `/layanan/:route/*`: one app in its own area; everything after the app's segment is the app's. */
export function AppPage() {
  const t = useTexts();
  const localized = useLocalized();
  const { route = '' } = useParams();
  const catalog = useCatalog();
  const { apps } = useShellServices();
  const auth = useSessionStore();
  const [attempt, setAttempt] = useState(0);
  // The person chose to open an app the monitor finds down (it may be back before the monitor sees it).
  const [tryDown, setTryDown] = useState(false);
  const opened = usePersonalLists((state) => state.opened);
  // From the list, or (an app opened from a link, before the list is loaded) the app's own entry.
  const shown = entryShownAt(catalog, route);
  const openedId = shown?.entry?.id;
  useEffect(() => {
    if (openedId !== undefined) opened(openedId);
  }, [openedId, opened]);
  // The portal's vitals count for the app while its page is on screen.
  useEffect(
    () => (openedId === undefined ? undefined : showApp(openedId, appPath(route))),
    [openedId, route],
  );
  const username = auth.status === 'authenticated' ? auth.user?.username : undefined;
  // Until the catalog is the one filtered for whoever is signed in, an internal app may just not be in it yet.
  const ready = shown !== undefined && shown.loadedFor === username;
  const closed = useClosedApp(route, ready ? shown.entry : undefined, ready ? shown.loadedFor : undefined);
  // An app that reaches origins of its own runs in a page whose policy allows them: loaded afresh if need be.
  const target = ready ? shown.entry : undefined;
  const reload = target !== undefined && target.status === 'active' && !pageAllows(target);
  useEffect(() => {
    if (reload) window.location.reload();
  }, [reload]);
  // The notice above the page says so, with a retry (CatalogNotice).
  if (catalog.status === 'failed') return null;
  if (!ready || auth.status === 'checking' || reload) {
    return <p role="status">{t.home.loading}</p>;
  }
  if (closed !== undefined) {
    return (
      <section className="app-area" aria-labelledby="app-title">
        <PageHeading id="app-title" text={localized(closed.entry.name)} />
        <AppClosed closed={closed} />
      </section>
    );
  }
  const { entry } = shown;
  if (entry === undefined) {
    // The registry never says whether an app is internal or absent: sign-in is offered, never confirmed.
    if (auth.status === 'disabled' || auth.status === 'unavailable') {
      return <p role="alert">{t.app.notFound({ id: route })}</p>;
    }
    return (
      <RequireSignIn allowed={() => false} forbidden={<NotForYourAccount />}>
        {null}
      </RequireSignIn>
    );
  }
  const name = localized(entry.name);
  const agency = agencyShortName(entry.agency);
  const retry = () => setAttempt((count) => count + 1);
  const down = downSince(entry);

  let content;
  if (entry.requiresLogin === true && auth.status !== 'authenticated') {
    content = (
      <div className="login-required">
        <p>{t.auth.loginRequired({ name })}</p>
        <button
          type="button"
          onClick={() => void requestLogin(window.location.pathname + window.location.search)}
        >
          {t.auth.login}
        </button>
      </div>
    );
  } else if (entry.status === 'maintenance') {
    content = <p role="status">{t.app.maintenance({ name })}</p>;
  } else if (down !== undefined && !tryDown) {
    content = <AppDown entry={entry} since={down} onTry={() => setTryDown(true)} />;
  } else if (entry.kind === 'federated') {
    content = (
      <FederatedApp key={`${entry.id}#${attempt}`} entry={entry} timeoutMs={apps.timeoutMs} onRetry={retry} />
    );
  } else if (entry.kind === 'iframe') {
    content = (
      <IframeApp
        key={entry.id}
        entry={entry}
        name={name}
        title={t.app.frameTitle({ name, agency })}
        timeoutMs={apps.timeoutMs}
      />
    );
  } else {
    content = (
      <div className="app-external">
        <p>{t.app.external({ name, agency })}</p>
        <a href={entry.url} target="_blank" rel="noopener noreferrer">
          {t.app.openExternal({ name })}
        </a>
      </div>
    );
  }
  return (
    <section className="app-area" aria-labelledby="app-title">
      <PageHeading id="app-title" text={name} />
      <AppBanners appId={entry.id} appName={name} />
      <SurveyInvitation appId={entry.id} appName={name} />
      {content}
      {/* Toasts come from apps, so they live with the app page: the home page's first paint does not carry them. */}
      <Toasts />
    </section>
  );
}
