import { createBrowserRouter } from 'react-router';
import { AppPage } from './AppPage.tsx';
import { HomePage } from './HomePage.tsx';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { SearchPage } from './SearchPage.tsx';
import { WorkspacePage } from './WorkspacePage.tsx';

export function createShellRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'layanan/:route/*', element: <AppPage /> },
        { path: 'ruang-kerja', element: <WorkspacePage /> },
        { path: 'cari', element: <SearchPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
