import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { afterEach, expect, it, vi } from 'vitest';
import { PageFailure } from './PageFailure.tsx';

afterEach(cleanup);

it('keeps the layout and says what happened when a page’s code cannot be fetched', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const router = createMemoryRouter(
    [
      {
        element: (
          <>
            <header>BAS</header>
            <Outlet />
          </>
        ),
        children: [
          {
            errorElement: <PageFailure />,
            children: [
              {
                path: 'semua',
                lazy: () =>
                  Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/x.js')),
              },
            ],
          },
        ],
      },
    ],
    { initialEntries: ['/semua'] },
  );
  render(<RouterProvider router={router} />);
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('Halaman ini tidak dapat dimuat');
  expect(screen.getByRole('button', { name: 'Coba lagi' })).toBeDefined();
  expect(screen.getByRole('banner').textContent).toBe('BAS');
});
