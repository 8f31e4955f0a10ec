import { appPath, type LocalizedText } from '@bas/sdk';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useSessionStore } from '../auth/sessionStore.ts';
import { inPageWithoutAgencyCode, requestLogin } from '../auth/shellAuth.ts';
import { useCatalog } from '../catalog/catalogStore.ts';
import { useLocaleStore } from '../i18n/localeStore.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { PageHeading } from '../routes/PageHeading.tsx';
import { loadPersonRequests, usePersonRequests, type PersonRequest } from './usePersonRequests.ts';

/** A date as the person's language writes it; a date alone (`2026-05-04`) is that day wherever the person is. */
function formatDate(value: string, locale: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'long',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(new Date(value));
}

function RequestItem({ request }: { request: PersonRequest }) {
  const t = useTexts();
  const locale = useLocaleStore((state) => state.locale);
  const entry = useCatalog((catalog) =>
    catalog.status === 'ready' ? catalog.byId.get(request.appId) : undefined,
  );
  const text = (value: LocalizedText) => (typeof value === 'string' ? value : value[locale]);
  const headingId = `permohonan-${request.appId}-${request.id}`;
  return (
    <li className="request" aria-labelledby={headingId}>
      <p className="request-app">{entry === undefined ? request.appId : entry.name[locale]}</p>
      <h2 id={headingId}>{text(request.title)}</h2>
      <p className="request-status">
        {t.requests.status({ status: text(request.status) })}
        {' · '}
        {t.requests.updated({ date: formatDate(request.updatedAt, locale) })}
      </p>
      <ol className="request-timeline" aria-label={t.requests.timeline({ title: text(request.title) })}>
        {request.steps.map((step, index) => (
          <li
            key={index}
            className={`step step-${step.state}`}
            aria-current={step.state === 'current' ? 'step' : undefined}
          >
            <span className="step-label">{text(step.label)}</span>
            <span className="visually-hidden">, {t.requests.states[step.state]}</span>
            {step.date !== undefined && <time dateTime={step.date}>{formatDate(step.date, locale)}</time>}
          </li>
        ))}
      </ol>
      {/* An app gone from the person's catalog has nowhere to continue; the record stays until its retention ends. */}
      {entry !== undefined && (
        <Link to={appPath(entry.route, request.link)}>
          {t.requests.continueIn({ app: entry.name[locale] })}
        </Link>
      )}
    </li>
  );
}

/** "Permohonan saya": the signed-in person's requests and complaints across apps, the last updated first. */
export function RequestsPage() {
  const t = useTexts();
  const session = useSessionStore((state) => state.status);
  const state = usePersonRequests();
  useEffect(() => {
    if (session !== 'authenticated') return;
    void inPageWithoutAgencyCode('/permohonan').then((fresh) => {
      if (fresh) void loadPersonRequests();
    });
  }, [session]);
  const body = () => {
    if (session === 'checking') return <p role="status">{t.auth.checking}</p>;
    if (session !== 'authenticated') {
      return (
        <>
          <p>{t.requests.signIn}</p>
          <button type="button" onClick={() => void requestLogin('/permohonan')}>
            {t.auth.login}
          </button>
        </>
      );
    }
    if (state.status === 'failed') {
      return (
        <>
          <p role="alert">{t.requests.failed}</p>
          <button type="button" onClick={() => void loadPersonRequests()}>
            {t.requests.retry}
          </button>
        </>
      );
    }
    if (state.status !== 'ready') return <p role="status">{t.requests.loading}</p>;
    if (state.requests.length === 0) return <p>{t.requests.empty}</p>;
    return (
      <ul className="requests" aria-label={t.requests.title}>
        {state.requests.map((request) => (
          <RequestItem key={`${request.appId}/${request.id}`} request={request} />
        ))}
      </ul>
    );
  };
  return (
    <>
      <PageHeading text={t.requests.title} />
      <p>{t.requests.intro}</p>
      {body()}
      <p className="requests-retention">{t.requests.retention}</p>
    </>
  );
}
