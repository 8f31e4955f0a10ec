import { useTexts } from '../i18n/useTexts.ts';
import { useSessionStore } from '../auth/sessionStore.ts';
import { RequireSignIn } from '../auth/RequireSignIn.tsx';
import { agencyShortName } from '../catalog/agencyShortName.ts';
import { useCatalog } from '../catalog/catalogStore.ts';
import { AppCards } from './AppCards.tsx';
import { NotForYourAccount } from './NotForYourAccount.tsx';
import { PageHeading } from './PageHeading.tsx';

function Workspace() {
  const t = useTexts();
  const catalog = useCatalog();
  const agency = useSessionStore((state) => state.user?.agency);
  const agencyName = agency === undefined ? '' : agencyShortName(agency);
  // A failed catalog is said above the page (CatalogNotice).
  if (catalog.status !== 'ready')
    return catalog.status === 'loading' && <p role="status">{t.home.loading}</p>;
  const internal = catalog.entries.filter((entry) => entry.role === 'internal');
  const own = internal.filter((entry) => entry.agency === agency);
  const other = internal.filter((entry) => entry.agency !== agency);
  return (
    <>
      <PageHeading text={t.workspace.title} />
      <p>{t.workspace.intro({ agency: agencyName })}</p>
      {internal.length === 0 && <p>{t.workspace.empty}</p>}
      {own.length > 0 && (
        <section aria-labelledby="workspace-own">
          <h2 id="workspace-own">{t.workspace.own({ agency: agencyName })}</h2>
          <AppCards entries={own} />
        </section>
      )}
      {other.length > 0 && (
        <section aria-labelledby="workspace-other">
          <h2 id="workspace-other">{t.workspace.other}</h2>
          <AppCards entries={other} />
        </section>
      )}
    </>
  );
}

/** `/ruang-kerja`: the civil servants' workspace; citizens never see it or its entries. */
export function WorkspacePage() {
  return (
    <RequireSignIn allowed={(roles) => roles.includes('asn')} forbidden={<NotForYourAccount />}>
      <Workspace />
    </RequireSignIn>
  );
}
