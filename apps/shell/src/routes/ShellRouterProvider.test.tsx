import { act, cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, Link } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShellRouterProvider } from './ShellRouterProvider.tsx';

// The click goes to the page as a browser's would, outside act(), which would flush React's work whatever its
// priority.
const testing = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
beforeEach(() => {
  testing.IS_REACT_ACT_ENVIRONMENT = false;
});
afterEach(() => {
  cleanup();
  testing.IS_REACT_ACT_ENVIRONMENT = true;
});

describe('ShellRouterProvider', () => {
  it("renders the page a link leads to within the click's own task, before the browser's next frame", async () => {
    const router = createMemoryRouter([
      { path: '/', element: <Link to="/layanan/pengumuman">Buka Pengumuman</Link> },
      { path: '/layanan/:route', element: <h1>Pengumuman</h1> },
    ]);
    await act(async () => {
      render(<ShellRouterProvider router={router} />);
    });

    screen.getByRole('link', { name: 'Buka Pengumuman' }).click();
    // Microtasks only: a render left to a later task (a transition's) is not done yet.
    for (let turn = 0; turn < 10; turn++) await Promise.resolve();

    expect(screen.getByRole('heading', { name: 'Pengumuman' })).toBeDefined();
  });
});
