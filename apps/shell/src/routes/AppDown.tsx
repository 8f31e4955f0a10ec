import type { ManifestEntry } from '@bas/manifest';
import { formatCatalogTime } from '../catalog/formatCatalogTime.ts';
import { OfflineAlternative } from '../host/OfflineAlternative.tsx';
import { useLocaleStore } from '../i18n/localeStore.ts';
import { useLocalized } from '../i18n/useLocalized.ts';
import { useTexts } from '../i18n/useTexts.ts';

/**
 * In place of an app the monitor finds down: since when, the app's own address and its office where it has them,
 * and a way to try anyway (the monitor may be a minute behind). No spinner and no timeout to wait through.
 */
export function AppDown({ entry, since, onTry }: { entry: ManifestEntry; since: string; onTry: () => void }) {
  const t = useTexts();
  const localized = useLocalized();
  const locale = useLocaleStore((state) => state.locale);
  const name = localized(entry.name);
  const standaloneUrl = entry.kind === 'federated' ? entry.standaloneUrl : entry.url;
  return (
    <div className="remote-failure app-down" role="status">
      <p>{t.app.down({ name, since: formatCatalogTime(since, locale) })}</p>
      {standaloneUrl !== undefined && (
        <p>
          <a href={standaloneUrl} target="_blank" rel="noopener noreferrer">
            {t.app.standalone({ name })}
          </a>
        </p>
      )}
      <OfflineAlternative entry={entry} />
      <button type="button" onClick={onTry}>
        {t.app.tryAnyway}
      </button>
    </div>
  );
}
