import type { ManifestEntry } from '@bas/manifest';
import { findAgency } from '@bas/manifest/agencies';
import { useTexts } from '../i18n/useTexts.ts';
import { useParams } from 'react-router';
import { useCatalog } from '../catalog/catalogStore.ts';
import { id } from '../i18n/id.ts';
import { AppCards } from './AppCards.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { PageHeading } from './PageHeading.tsx';

/** `/peristiwa/:key` (a life event) and `/instansi/:key` (an agency): the apps that belong to it. */
export function BrowsePage({ by }: { by: 'lifeEvent' | 'agency' }) {
  const t = useTexts();
  const { key = '' } = useParams();
  const catalog = useCatalog();
  let title: string | undefined;
  let matches: (entry: ManifestEntry) => boolean;
  if (by === 'lifeEvent') {
    title = key in id.lifeEvents ? t.lifeEvents[key as keyof typeof id.lifeEvents] : undefined;
    matches = (entry) => entry.lifeEvents?.some((event) => event === key) === true;
  } else {
    const agency = findAgency(key);
    title = agency === undefined ? undefined : `${agency.name} (${agency.short})`;
    matches = (entry) => entry.agency === key;
  }
  if (title === undefined) return <NotFoundPage />;
  return (
    <>
      <PageHeading text={title} />
      {catalog.status === 'ready' ? (
        <AppCards entries={catalog.entries.filter(matches)} />
      ) : (
        <p role="status">{t.home.loading}</p>
      )}
    </>
  );
}
