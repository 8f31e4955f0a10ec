import { useAuth, useLocale } from '@bas/sdk/react';
import { formatDate } from '@bas/ui';
import { UiRoot } from '@bas/ui/react';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { createLeaveStore } from './createLeaveStore.ts';
import { LeaveForm } from './LeaveForm.tsx';
import { texts } from './texts.ts';

/** Leave for civil servants: the annual balance, a request form, and this year's requests. */
export function App({ apiBase }: { apiBase: string }) {
  const auth = useAuth();
  const locale = useLocale();
  const t = texts[locale];
  const [store] = useState(() => createLeaveStore(apiBase, auth));
  const { status, balance, requests, failure, load } = useStore(store);
  useEffect(() => {
    load().catch(() => undefined);
  }, [load]);
  return (
    <UiRoot locale={locale} className="cuti-online">
      <section aria-labelledby="cuti-saldo">
        <h2 id="cuti-saldo">{t.balance}</h2>
        {status === 'loading' && balance === undefined && <p role="status">{t.loading}</p>}
        {status === 'failed' && (
          <div role="alert">
            <p>{failure}</p>
            <button type="button" onClick={() => void load().catch(() => undefined)}>
              {t.retry}
            </button>
          </div>
        )}
        {balance !== undefined && (
          <p className="cuti-balance">
            <strong>{t.balanceLine(balance.remaining, balance.entitlement, balance.pending)}</strong>
          </p>
        )}
      </section>
      <LeaveForm store={store} />
      <section aria-labelledby="cuti-riwayat">
        <h2 id="cuti-riwayat">{t.history}</h2>
        {status === 'ready' && requests.length === 0 && <p>{t.none}</p>}
        <ul>
          {requests.map((request) => (
            <li key={request.id}>
              {t.types[request.type]}: {formatDate(request.start, locale)} – {formatDate(request.end, locale)}
              , {t.days(request.workingDays)} ({t.statuses[request.status]})
            </li>
          ))}
        </ul>
      </section>
    </UiRoot>
  );
}
