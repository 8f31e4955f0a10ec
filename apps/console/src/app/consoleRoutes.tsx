import { Navigate, type RouteObject } from 'react-router';
import { ReviewPage } from '../approvals/ReviewPage.tsx';
import { QueuePage } from '../approvals/QueuePage.tsx';
import { AuditPage } from '../audit/AuditPage.tsx';
import { AppPage } from '../catalog/AppPage.tsx';
import { CatalogPage } from '../catalog/CatalogPage.tsx';
import { AdminOnly } from '../layout/AdminOnly.tsx';
import { Layout } from '../layout/Layout.tsx';
import { NotFoundPage } from '../layout/NotFoundPage.tsx';
import { PageCrash } from '../layout/PageCrash.tsx';
import { SpbePage } from '../spbe/SpbePage.tsx';
import { useConsole } from './ConsoleServicesContext.ts';

/** An admin starts at what waits for them; a developer at their agency's apps. */
function StartPage() {
  return <Navigate to={useConsole().user.isAdmin ? '/antrean' : '/katalog'} replace />;
}

export const consoleRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        // A page that fails unexpectedly fails inside the layout: the header and navigation stay.
        errorElement: <PageCrash />,
        children: [
          { index: true, element: <StartPage /> },
          { path: 'antrean', element: <AdminOnly page={<QueuePage />} /> },
          { path: 'antrean/:id/:version', element: <AdminOnly page={<ReviewPage />} /> },
          { path: 'katalog', element: <CatalogPage /> },
          { path: 'katalog/:id', element: <AppPage /> },
          { path: 'audit', element: <AdminOnly page={<AuditPage />} /> },
          { path: 'spbe', element: <AdminOnly page={<SpbePage />} /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
