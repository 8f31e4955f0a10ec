import { act } from 'react';
import { Link, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkRemoteContract } from '../testing/checkRemoteContract.ts';
import { createTestContext } from '../testing/createTestContext.ts';
import { testEntry } from '../testing/testEntry.fixture.ts';
import { createReactRemote } from './createReactRemote.tsx';
import { useRemoteContext } from './RemoteContextProvider.tsx';
import { useLocale } from './useLocale.ts';
import { useUser } from './useUser.ts';

// React only flushes updates synchronously inside act() when it knows it runs in a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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

const entry = testEntry();

describe('createReactRemote', () => {
  it('renders the app at its base path and moves the shell when the app navigates', async () => {
    const element = document.body.appendChild(document.createElement('div'));
    const { context, record } = createTestContext({ entry });
    let unmount = () => {};
    await act(async () => {
      unmount = createReactRemote(App).mount(element, context);
    });
    const link = element.querySelector('a');
    expect(link?.textContent).toBe('pengumuman: list');
    expect(link?.getAttribute('href')).toBe('/layanan/pengumuman/pbb-2027');

    await act(async () => link?.click());
    expect(record.navigations).toEqual(['/layanan/pengumuman/pbb-2027']);
    expect(element.textContent).toBe('detail');

    await act(async () => unmount());
    expect(element.innerHTML).toBe('');
    expect(record.activeSubscriptions).toBe(0);
  });

  it('follows the shell when the shell navigates (back and forward)', async () => {
    const element = document.body.appendChild(document.createElement('div'));
    const { context, navigateTo } = createTestContext({ entry, path: '/layanan/pengumuman/pbb-2027' });
    await act(async () => {
      createReactRemote(App).mount(element, context);
    });
    expect(element.textContent).toBe('detail');
    await act(async () => navigateTo('/layanan/pengumuman'));
    expect(element.textContent).toBe('pengumuman: list');
  });

  it('re-renders the app when the person switches language or signs in', async () => {
    function Greeting() {
      const locale = useLocale();
      const user = useUser();
      return <p>{`${locale === 'id' ? 'Halo' : 'Hello'}, ${user?.name ?? '-'}`}</p>;
    }
    const element = document.body.appendChild(document.createElement('div'));
    const test = createTestContext({ entry });
    await act(async () => {
      createReactRemote(Greeting).mount(element, test.context);
    });
    expect(element.textContent).toBe('Halo, -');
    await act(async () => test.setLocale('en'));
    await act(async () => test.signIn({ username: 'warga', name: 'Siti', roles: ['warga'] }));
    expect(element.textContent).toBe('Hello, Siti');
  });

  it('fulfils the remote contract: no leftovers after unmount, works when mounted again', async () => {
    await checkRemoteContract(createReactRemote(App), { entry, expectText: 'pengumuman: list' });
  });

  it('reports a render error to the shell instead of failing silently', async () => {
    const element = document.body.appendChild(document.createElement('div'));
    const { context, record } = createTestContext({ entry });
    function Broken(): never {
      throw new Error('render failed');
    }
    // Outside act(): act() would rethrow the error itself, and the point is what happens in a real page.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    try {
      createReactRemote(Broken).mount(element, context);
      await vi.waitFor(() =>
        expect(record.errors).toEqual([expect.objectContaining({ message: 'render failed' })]),
      );
    } finally {
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    }
  });
});
