import { useLocation } from 'react-router';
import { loadCatalog, useCatalog } from '../catalog/catalogStore.ts';
import { formatCatalogTime } from '../catalog/formatCatalogTime.ts';
import { useLocaleStore } from '../i18n/localeStore.ts';
import { useTexts } from '../i18n/useTexts.ts';

/**
 * Above every page: that the catalog could not be loaded (with what failed, and a retry that starts again from
 * wherever it failed), or that the one shown is a saved copy or may be out of date, and from when. An app's own
 * page leaves the catalog's age out: it stands between the person and the app for nothing they need there.
 */
export function CatalogNotice() {
  const t = useTexts();
  const locale = useLocaleStore((state) => state.locale);
  const catalog = useCatalog();
  const inApp = useLocation().pathname.startsWith('/layanan/');
  const retry = (
    <button type="button" onClick={() => void loadCatalog()}>
      {t.home.retry}
    </button>
  );
  if (catalog.status === 'failed') {
    const config = catalog.error.code.startsWith('CONFIG_');
    return (
      <div className="catalog-notice" role="alert" data-error-code={catalog.error.code}>
        <p>{config ? t.home.configFailed : t.home.failed}</p>
        {retry}
      </div>
    );
  }
  if (inApp) return null;
  if (catalog.status === 'ready' && catalog.savedAt !== undefined) {
    return (
      <div className="stale-catalog" role="alert">
        <p>{t.home.saved({ date: formatCatalogTime(catalog.savedAt, locale) })}</p>
        {retry}
      </div>
    );
  }
  if (catalog.readAt === undefined) return null;
  // No retry: the shell asks the registry again by itself (decisions/0023).
  return (
    <div className="stale-catalog" role="alert">
      <p>{t.home.readAt({ time: formatCatalogTime(catalog.readAt, locale) })}</p>
    </div>
  );
}
