import { useApiResult, useAuth, useLocale, useRemoteContext } from '@bas/sdk/react';
import { UiRoot } from '@bas/ui/react';
import { useCallback, useMemo, useState } from 'react';
import { ComplaintApiContext, createComplaintApi, useComplaintApi } from './ComplaintApiContext.ts';
import { withComplaintReports } from './api/reportComplaint.ts';
import { ComplaintForm } from './ComplaintForm.tsx';
import { ComplaintTimeline } from './ComplaintTimeline.tsx';
import { texts } from './texts.ts';

function MyComplaints() {
  const locale = useLocale();
  const t = texts[locale];
  const api = useComplaintApi();
  const result = useApiResult(useCallback(() => api.mine(), [api]));
  return (
    <section aria-labelledby="aduan-saya">
      <h2 id="aduan-saya">{t.mine}</h2>
      {result.state === 'loading' && <p role="status">{t.loading}</p>}
      {result.state === 'failed' && (
        <div role="alert">
          <p>{result.message}</p>
          <button type="button" onClick={result.retry}>
            {t.retry}
          </button>
        </div>
      )}
      {result.state === 'ready' &&
        (result.value.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ul>
            {result.value.map((complaint) => (
              <li key={complaint.ticket}>
                <strong>{complaint.ticket}</strong> {t.categories[complaint.category]},{' '}
                {complaint.location === '' && complaint.coordinates !== undefined
                  ? t.pinned(complaint.coordinates.lat.toFixed(5), complaint.coordinates.lng.toFixed(5))
                  : complaint.location}{' '}
                ({complaint.kecamatan}), {t.handledBy} {complaint.handledBy}
                {complaint.hasPhoto && `, ${t.withPhoto}`},{' '}
                <time dateTime={complaint.filedAt}>
                  {new Date(complaint.filedAt).toLocaleDateString(locale)}
                </time>
                <ComplaintTimeline timeline={complaint.timeline} />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

/** Citizen complaints: a form, and the citizen's complaints with where each stands. */
export function App({ apiBase }: { apiBase: string }) {
  const auth = useAuth();
  const locale = useLocale();
  const context = useRemoteContext();
  const api = useMemo(
    () => withComplaintReports(createComplaintApi(apiBase, auth), context),
    [apiBase, auth, context],
  );
  const [version, setVersion] = useState(0);
  return (
    <ComplaintApiContext value={api}>
      <UiRoot locale={locale} className="aduan-warga">
        <ComplaintForm onFiled={() => setVersion((count) => count + 1)} />
        {/* A new key after each filed complaint loads the list again. */}
        <MyComplaints key={version} />
      </UiRoot>
    </ComplaintApiContext>
  );
}
