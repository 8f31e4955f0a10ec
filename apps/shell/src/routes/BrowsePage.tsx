import type { ManifestEntry } from '@bas/manifest';
import { findAgency } from '@bas/manifest/agencies';
import { lifeEventJourneys, rankByUse } from '@bas/manifest/guides';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { sectionQuery, wholeSectionOf } from '../catalog/browseSection.ts';
import { useCatalog, wantWholeSection } from '../catalog/catalogStore.ts';
import { usePersonalLists } from '../catalog/usePersonalLists.ts';
import { id } from '../i18n/id.ts';
import { useAgencyName } from '../i18n/useAgencyName.ts';
import { useTexts } from '../i18n/useTexts.ts';
import { AppCards } from './AppCards.tsx';
import { LifeEventJourney } from './LifeEventJourney.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { PageHeading } from './PageHeading.tsx';
import { useShownCards } from './useShownCards.ts';

/**
 * A section's cards, a screenful first and the rest in small steps, as on the whole catalog page: a category of a
 * national portal holds over 2,000 apps, which rendered at once would be one long task on a phone. With
 * `continueAt`, that card's name takes the focus once it is shown: the person asked for the rest, and the button
 * they pressed is gone.
 */
function SectionCards({
  entries,
  continueAt,
  continued,
}: {
  entries: readonly ManifestEntry[];
  continueAt: number | undefined;
  continued(): void;
}) {
  const shown = useShownCards(entries.length);
  const cards = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (continueAt === undefined) return;
    // The card's name, not its link: focusing the link would fetch the app ahead, as a person's focus does.
    const name = cards.current?.querySelectorAll('.app-card h3')[continueAt];
    if (!(name instanceof HTMLElement)) return;
    name.focus();
    continued();
  });
  return (
    <div ref={cards}>
      <AppCards entries={entries.slice(0, shown)} />
    </div>
  );
}

/** Below a section's first apps: the way to all of them, busy while they load. */
function ShowWholeSection({ query, total, asked: onAsk }: { query: string; total: number; asked(): void }) {
  const t = useTexts();
  const [asked, setAsked] = useState(false);
  const ask = () => {
    setAsked(true);
    onAsk();
    wantWholeSection(query);
  };
  return (
    <p>
      <button type="button" className="show-more" aria-busy={asked} disabled={asked} onClick={ask}>
        {asked ? t.home.loading : t.browse.showAll({ count: total })}
      </button>
    </p>
  );
}

/**
 * `/peristiwa/:key` (a life event: its journey, then its other services), `/kategori/:key` (a category) and
 * `/instansi/:key` (an agency): the apps that belong to it, in order of use.
 */
export function BrowsePage({ by }: { by: 'lifeEvent' | 'category' | 'agency' }) {
  const t = useTexts();
  const agencyName = useAgencyName();
  const { key = '' } = useParams();
  const catalog = useCatalog();
  const { favourites, recent } = usePersonalLists();
  // Where the person continues once the rest of a section has come: the first card they had not seen.
  const [continueAt, setContinueAt] = useState<{ query: string; at: number }>();
  let title: string | undefined;
  let matches: (entry: ManifestEntry) => boolean;
  if (by === 'lifeEvent') {
    title = key in id.lifeEvents ? t.lifeEvents[key as keyof typeof id.lifeEvents] : undefined;
    matches = (entry) => entry.lifeEvents?.some((event) => event === key) === true;
  } else if (by === 'category') {
    title = key in id.categories ? t.categories[key as keyof typeof id.categories] : undefined;
    matches = (entry) => entry.category === key;
  } else {
    title = findAgency(key) === undefined ? undefined : agencyName(key);
    matches = (entry) => entry.agency === key;
  }
  if (title === undefined) return <NotFoundPage />;
  // From the list, or before it the section's own apps: its first, or all once the person asked (decisions/0034,
  // 0038).
  const query = sectionQuery(by, key);
  const section =
    catalog.status === 'loading' &&
    (catalog.section?.query === query || catalog.section?.query === wholeSectionOf(query))
      ? catalog.section
      : undefined;
  const entries = catalog.status === 'ready' ? catalog.entries.filter(matches) : section?.entries;
  // Only the first apps shown (entries the shell cannot open are left out of a whole section, so not by count).
  const firstOnly = section !== undefined && section.query !== wholeSectionOf(query);
  if (entries === undefined) {
    return (
      <>
        <PageHeading text={title} />
        {catalog.status === 'loading' && <p role="status">{t.home.loading}</p>}
      </>
    );
  }
  const journey =
    by === 'lifeEvent' ? lifeEventJourneys.find((candidate) => candidate.event === key) : undefined;
  const inJourney = new Set(journey?.steps.map((step) => step.app));
  const others = rankByUse(entries, [...favourites, ...recent]).filter((entry) => !inJourney.has(entry.id));
  return (
    <>
      <PageHeading text={title} />
      {journey !== undefined && <LifeEventJourney journey={journey} entries={entries} />}
      {journey !== undefined && others.length > 0 && <h2>{t.journey.others}</h2>}
      {/* Another section's page starts again with a screenful, not with as many cards as the last one showed. */}
      <SectionCards
        key={query}
        entries={others}
        continueAt={continueAt?.query === query && !firstOnly ? continueAt.at : undefined}
        continued={() => setContinueAt(undefined)}
      />
      {firstOnly && section.total > section.entries.length && (
        <ShowWholeSection
          key={`more:${query}`}
          query={query}
          total={section.total}
          asked={() => setContinueAt({ query, at: others.length })}
        />
      )}
    </>
  );
}
