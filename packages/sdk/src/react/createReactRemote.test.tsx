import { act } from 'react';
import { Link, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuthService, NavigationService, RemoteContext, ShellLocation } from '@bas/sdk';
import { createReactRemote } from './createReactRemote.tsx';
import { useRemoteContext } from './RemoteContextProvider.tsx';

// React only flushes updates synchronously inside act() when it knows it runs in a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A shell history in memory, the way the shell's router drives a remote. */
function memoryNavigation(initial: string) {
  let location: ShellLocation = { pathname: initial, search: '', hash: '' };
  const listeners = new Set<(location: ShellLocation) => void>();
  const navigation: NavigationService = {
    getLocation: () => location,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    navigate: vi.fn((to: string) => {
      location = { pathname: to, search: '', hash: '' };
      listeners.forEach((listener) => listener(location));
    }),
    go: vi.fn(),
  };
  return navigation;
}

function context(navigation: NavigationService, reportError = vi.fn()): RemoteContext {
  const auth: AuthService = {
    getAccessToken: () => Promise.resolve(undefined),
    getUser: () => undefined,
    subscribe: () => () => {},
    login: vi.fn(),
    logout: vi.fn(),
  };
  return { appId: 'pengumuman', basePath: '/layanan/pengumuman', navigation, auth, reportError };
}

function App() {
  const { appId } = useRemoteContext();
  return (
    <Routes>
      <Route index element={<Link to="pbb-2027">{appId}: list</Link>} />
      <Route path=":id" element={<p>detail</p>} />
    </Routes>
  );
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('createReactRemote', () => {
  it('renders the app at its base path and moves the shell when the app navigates', async () => {
    const element = document.body.appendChild(document.createElement('div'));
    const navigation = memoryNavigation('/layanan/pengumuman');
    const remote = createReactRemote(App);
    let unmount = () => {};
    await act(async () => {
      unmount = remote.mount(element, context(navigation));
    });
    const link = element.querySelector('a');
    expect(link?.textContent).toBe('pengumuman: list');
    expect(link?.getAttribute('href')).toBe('/layanan/pengumuman/pbb-2027');

    await act(async () => link?.click());
    expect(navigation.navigate).toHaveBeenCalledWith('/layanan/pengumuman/pbb-2027');
    expect(element.textContent).toBe('detail');

    await act(async () => unmount());
    expect(element.innerHTML).toBe('');
  });

  it('follows the shell when the shell navigates (back and forward)', async () => {
    const element = document.body.appendChild(document.createElement('div'));
    const navigation = memoryNavigation('/layanan/pengumuman/pbb-2027');
    await act(async () => {
      createReactRemote(App).mount(element, context(navigation));
    });
    expect(element.textContent).toBe('detail');
    await act(async () => navigation.navigate('/layanan/pengumuman'));
    expect(element.textContent).toBe('pengumuman: list');
  });

  it('reports a render error to the shell instead of failing silently', async () => {
    const element = document.body.appendChild(document.createElement('div'));
    const reportError = vi.fn();
    function Broken(): never {
      throw new Error('render failed');
    }
    // Outside act(): act() would rethrow the error itself, and the point is what happens in a real page.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    try {
      createReactRemote(Broken).mount(element, context(memoryNavigation('/layanan/pengumuman'), reportError));
      await vi.waitFor(() =>
        expect(reportError).toHaveBeenCalledWith(expect.objectContaining({ message: 'render failed' })),
      );
    } finally {
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    }
  });
});
