import { createApiClient } from '@bas/sdk/http';
import { useApiResult, useAuth, useLocale, useNotifications, useTelemetry, useUser } from '@bas/sdk/react';
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
    send: 'Send',
    sent: 'Request sent.',
  },
};

/**
 * {{appName}}: the person's requests and a form for a new one, against {{agencyName}}'s API. Replace it with
 * your service; keep talking to the shell through the SDK hooks.
 */
export function App({ apiBase }: { apiBase: string }) {
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
  const result = useApiResult(
    useCallback(() => api.get<{ requests: ServiceRequest[] }>(`requests?v=${version}`), [api, version]),
  );

  if (user === undefined) {
    return (
      <p>
        {t.anonymous}{' '}
        <button type="button" onClick={auth.login}>
          {t.signIn}
        </button>
      </p>
    );
  }
  const send = async () => {
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
          <button type="button" onClick={result.retry}>
            {t.retry}
          </button>
        </p>
      )}
      {result.state === 'ready' &&
        (result.value.requests.length === 0 ? (
          <p>{t.none}</p>
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
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <label htmlFor="{{appId}}-subject">{t.subject}</label>{' '}
        <input
          id="{{appId}}-subject"
          value={subject}
          onChange={(event) => setSubject(event.target.value)}
          required
        />{' '}
        <button type="submit">{t.send}</button>
      </form>
    </section>
  );
}
