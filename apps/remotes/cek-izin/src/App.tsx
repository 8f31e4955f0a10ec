import { createApiClient } from '@bas/sdk/http';
import { useAuth, useLocale, useTelemetry } from '@bas/sdk/react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { applicationNumber, type PermitStage, type PermitStatus } from './api/permit.ts';

const texts = {
  id: {
    title: 'Lacak permohonan izin',
    number: 'Nomor permohonan',
    track: 'Lacak',
    tracking: 'Mencari…',
    stages: {
      diterima: 'Diterima',
      verifikasi: 'Verifikasi berkas',
      survei: 'Survei lapangan',
      penerbitan: 'Penerbitan',
      terbit: 'Izin terbit',
      ditolak: 'Ditolak',
    } satisfies Record<PermitStage, string>,
  },
  en: {
    title: 'Track a permit application',
    number: 'Application number',
    track: 'Track',
    tracking: 'Searching…',
    stages: {
      diterima: 'Received',
      verifikasi: 'Document check',
      survei: 'Site survey',
      penerbitan: 'Issuing',
      terbit: 'Permit issued',
      ditolak: 'Refused',
    } satisfies Record<PermitStage, string>,
  },
};

/** Permit tracking: the applicant types the number from their receipt and sees each stage with its date. */
export function App({ apiBase }: { apiBase: string }) {
  const locale = useLocale();
  const t = texts[locale];
  const auth = useAuth();
  const telemetry = useTelemetry();
  const api = useMemo(() => createApiClient(auth, { baseUrl: apiBase, service: 'DPMPTSP' }), [apiBase, auth]);
  const inputId = useId();
  const [number, setNumber] = useState('');
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'busy' }
    | { kind: 'found'; status: PermitStatus }
    | { kind: 'error'; message: string }
  >({ kind: 'idle' });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = applicationNumber.safeParse(number);
    if (!parsed.success) return setState({ kind: 'error', message: parsed.error.issues[0]?.message ?? '' });
    setState({ kind: 'busy' });
    try {
      const status = await api.get<PermitStatus>(`izin/${encodeURIComponent(parsed.data)}`);
      telemetry.event('izin-dilacak', { stage: status.stage });
      setState({ kind: 'found', status });
    } catch (error) {
      setState({ kind: 'error', message: (error as Error).message });
    }
  };

  return (
    <div className="cek-izin" lang={locale}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby={`${inputId}-title`}>
        <h2 id={`${inputId}-title`}>{t.title}</h2>
        <label htmlFor={inputId}>{t.number}</label>{' '}
        <input
          id={inputId}
          value={number}
          placeholder="IZN-2027-000123"
          onChange={(event) => setNumber(event.target.value)}
        />{' '}
        <button type="submit" disabled={state.kind === 'busy'}>
          {state.kind === 'busy' ? t.tracking : t.track}
        </button>
      </form>
      {state.kind === 'error' && <p role="alert">{state.message}</p>}
      {state.kind === 'found' && (
        <section aria-label={state.status.number}>
          <p>
            <strong>{state.status.permit}</strong>, {state.status.applicant}: {t.stages[state.status.stage]}
          </p>
          <ol>
            {state.status.stages.map((step) => (
              <li key={step.stage}>
                {t.stages[step.stage]},{' '}
                <time dateTime={step.at}>{new Date(step.at).toLocaleDateString(locale)}</time>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
