import type { ManifestEntry } from '@bas/manifest';
import { useLocalized } from '../i18n/useLocalized.ts';
import { useTexts } from '../i18n/useTexts.ts';

/** Where to get the service without the portal (`offline` in its entry), whenever the app cannot be used here. */
export function OfflineAlternative({ entry }: { entry: ManifestEntry }) {
  const t = useTexts();
  const localized = useLocalized();
  if (entry.offline === undefined) return null;
  return (
    <div className="offline-alternative">
      <h3>{t.app.offlineTitle}</h3>
      <p>{localized(entry.offline.place)}</p>
      {entry.offline.phone !== undefined && (
        <p>
          {t.app.offlinePhone}{' '}
          <a href={`tel:${entry.offline.phone.replace(/[^+0-9]/g, '')}`}>{entry.offline.phone}</a>
        </p>
      )}
      <p>{localized(entry.offline.hours)}</p>
    </div>
  );
}
