import { createBrowserRouter, type RouteObject } from 'react-router';
import { HomePage } from './HomePage.tsx';
import { loadAppPage } from './loadAppPage.ts';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { PageFailure } from './PageFailure.tsx';

// Everything but the home page is fetched when first visited, to keep the first paint within its budget.
export const shellRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        // A page that fails (its code not fetched, offline) fails inside the layout: header and navigation stay.
        errorElement: <PageFailure />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'layanan/:route/*',
            lazy: async () => ({ Component: (await loadAppPage()).AppPage }),
          },
          {
            path: 'ruang-kerja',
            lazy: async () => ({ Component: (await import('./WorkspacePage.tsx')).WorkspacePage }),
          },
          {
            path: 'permohonan',
            lazy: async () => ({ Component: (await import('../requests/RequestsPage.tsx')).RequestsPage }),
          },
          { path: 'cari', lazy: async () => ({ Component: (await import('./SearchPage.tsx')).SearchPage }) },
          {
            path: 'peristiwa/:key',
            lazy: async () => {
              const { BrowsePage } = await import('./BrowsePage.tsx');
              return { Component: () => <BrowsePage by="lifeEvent" /> };
            },
          },
          {
            path: 'kategori/:key',
            lazy: async () => {
              const { BrowsePage } = await import('./BrowsePage.tsx');
              return { Component: () => <BrowsePage by="category" /> };
            },
          },
          {
            path: 'semua',
            lazy: async () => ({ Component: (await import('./AllServicesPage.tsx')).AllServicesPage }),
          },
          {
            path: 'instansi/:key',
            lazy: async () => {
              const { BrowsePage } = await import('./BrowsePage.tsx');
              return { Component: () => <BrowsePage by="agency" /> };
            },
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createShellRouter() {
  return createBrowserRouter(shellRoutes);
}
