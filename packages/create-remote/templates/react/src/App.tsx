import { createApiClient } from '@bas/sdk/http';
import { useApiResult, useAuth, useLocale, useNotifications, useTelemetry, useUser } from '@bas/sdk/react';
import { Button, EmptyState, ErrorSummary, TextField, UiRoot } from '@bas/ui/react';
import { useCallback, useMemo, useState } from 'react';

/** One request of this service, as the agency's API returns it. */
export interface ServiceRequest {
  id: string;
  subject: string;
  status: 'baru' | 'diproses' | 'selesai';
}

const texts = {
  id: {
    greeting: (name: string) => `Halo, ${name}`,
    anonymous: 'Masuk untuk melihat permohonan Anda.',
    signIn: 'Masuk',
    requests: 'Permohonan saya',
    none: 'Belum ada permohonan.',
    loading: 'Memuat…',
    retry: 'Coba lagi',
    subject: 'Perihal',
    subjectMissing: 'Tulis perihal permohonan Anda',
    send: 'Kirim',
    sent: 'Permohonan terkirim.',
  },
  en: {
    greeting: (name: string) => `Hello, ${name}`,
    anonymous: 'Sign in to see your requests.',
    signIn: 'Sign in',
    requests: 'My requests',
    none: 'No requests yet.',
    loading: 'Loading…',
    retry: 'Try again',
    subject: 'Subject',
    subjectMissing: 'Enter the subject of your request',
    send: 'Send',
    sent: 'Request sent.',
  },
};

/**
 * {{appName}}: the person's requests and a form for a new one, against {{agencyName}}'s API. Replace it with
 * your service; keep talking to the shell through the SDK hooks, and build forms from the portal's kit
 * (`@bas/ui/react`), so the app looks and behaves like the rest of the portal.
 */
export function App({ apiBase }: { apiBase: string }) {
  const locale = useLocale();
  return (
    <UiRoot locale={locale}>
      <Requests apiBase={apiBase} />
    </UiRoot>
  );
}

function Requests({ apiBase }: { apiBase: string }) {
  const t = texts[useLocale()];
  const user = useUser();
  const auth = useAuth();
  const notifications = useNotifications();
  const telemetry = useTelemetry();
  const api = useMemo(
    () => createApiClient(auth, { baseUrl: apiBase, service: '{{agencyName}}' }),
    [apiBase, auth],
  );
  const [version, setVersion] = useState(0);
  const [subject, setSubject] = useState('');
  const [missing, setMissing] = useState(false);
  const result = useApiResult(
    useCallback(() => api.get<{ requests: ServiceRequest[] }>(`requests?v=${version}`), [api, version]),
  );

  if (user === undefined) {
    return (
      <p>
        {t.anonymous}{' '}
        <Button onClick={auth.login}>{t.signIn}</Button>
      </p>
    );
  }
  const send = async () => {
    setMissing(subject.trim() === '');
    if (subject.trim() === '') return;
    try {
      await api.post('requests', { subject });
      telemetry.event('request-sent');
      notifications.toast(t.sent, { tone: 'success' });
      setSubject('');
      setVersion((count) => count + 1);
    } catch (error) {
      telemetry.error(error);
      notifications.toast((error as Error).message, { tone: 'error' });
    }
  };
  return (
    <section aria-labelledby="{{appId}}-title">
      <h2 id="{{appId}}-title">{t.greeting(user.name)}</h2>
      <h3>{t.requests}</h3>
      {result.state === 'loading' && <p role="status">{t.loading}</p>}
      {result.state === 'failed' && (
        <p role="alert">
          {result.message}{' '}
          <Button variant="secondary" onClick={result.retry}>
            {t.retry}
          </Button>
        </p>
      )}
      {result.state === 'ready' &&
        (result.value.requests.length === 0 ? (
          <EmptyState title={t.none} />
        ) : (
          <ul>
            {result.value.requests.map((request) => (
              <li key={request.id}>
                {request.id}: {request.subject} ({request.status})
              </li>
            ))}
          </ul>
        ))}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <ErrorSummary errors={missing ? [{ fieldId: '{{appId}}-subject', message: t.subjectMissing }] : []} />
        <TextField
          id="{{appId}}-subject"
          label={t.subject}
          value={subject}
          onChange={setSubject}
          error={missing ? t.subjectMissing : undefined}
        />
        <Button type="submit">{t.send}</Button>
      </form>
    </section>
  );
}
