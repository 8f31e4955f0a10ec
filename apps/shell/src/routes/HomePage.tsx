import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { loadCatalog, useCatalog } from '../catalog/catalogStore.ts';

export function HomePage() {
  const { t } = useTranslation();
  const catalog = useCatalog();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      {catalog.status === 'loading' && <p role="status">{t('home.loading')}</p>}
      {catalog.status === 'failed' && (
        <div role="alert" data-error-code={catalog.error.code}>
          <p>{t('home.failed')}</p>
          <button type="button" onClick={() => void loadCatalog()}>
            {t('home.retry')}
          </button>
        </div>
      )}
      {catalog.status === 'ready' && (
        <ul className="app-grid">
          {catalog.entries.map((entry) => (
            <li key={entry.id} className="app-card">
              <h2>{entry.name}</h2>
              <p>{entry.description}</p>
              <p className="agency">{entry.agency}</p>
              <Link to={`/layanan/${entry.route}`}>{t('home.open', { name: entry.name })}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
