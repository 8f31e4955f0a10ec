import { act, fireEvent, render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { asClient, fakeKeycloak } from '../testing/fakeKeycloak.ts';
import { mockNetwork } from '../testing/mockNetwork.ts';
import { consoleOrigin, renderConsole } from '../testing/renderConsole.tsx';
import { ConsoleRoot } from './ConsoleRoot.tsx';
import { startConsole } from './startConsole.ts';

const server = mockNetwork();
beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

/** The console started against whatever `/config.json` the test serves. */
async function openConsole(keycloak = fakeKeycloak()) {
  const started = startConsole({ origin: consoleOrigin, createKeycloak: () => asClient(keycloak) });
  await act(async () => {
    render(<ConsoleRoot started={started} />);
    await started;
  });
  return keycloak;
}

describe('the console’s settings', () => {
  it('shows a page saying config.json is missing and what it must hold, not a blank page', async () => {
    server.use(
      http.get(`${consoleOrigin}/config.json`, () => new HttpResponse('Not found', { status: 404 })),
    );
    const keycloak = await openConsole();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Pengaturan konsol (config.json) tidak dapat dipakai' }),
    ).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Server konsol menjawab HTTP 404 untuk /config.json.');
    expect(screen.getByText(/"clientId": "bas-console"/)).toBeTruthy();
    expect(keycloak.init).not.toHaveBeenCalled();
  });

  it('names the field of config.json that is wrong', async () => {
    server.use(
      http.get(`${consoleOrigin}/config.json`, () =>
        HttpResponse.json({ registryUrl: 'registry', auth: { url: 'http://sso.test', realm: 'bas' } }),
      ),
    );
    await openConsole();
    expect(screen.getByRole('alert').textContent).toBe(
      'config.json tidak sesuai: registryUrl: must be an absolute http(s) address, like "https://pusat-kendali.kotabogor.go.id"; auth.clientId: must name the console\'s client, "bas-console".',
    );
  });
});

describe('signing in', () => {
  it('offers to sign in, and keeps the page the person wanted for their return', async () => {
    const keycloak = fakeKeycloak(null);
    await renderConsole(server, { path: '/audit?actor=admin', keycloak });
    expect(screen.getByRole('heading', { level: 1, name: 'Masuk ke Pusat Kendali BAS' })).toBeTruthy();
    expect(keycloak.init).toHaveBeenCalledWith(
      expect.objectContaining({
        onLoad: 'check-sso',
        pkceMethod: 'S256',
        redirectUri: `${consoleOrigin}/`,
        silentCheckSsoRedirectUri: `${consoleOrigin}/silent-check-sso.html`,
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(keycloak.login).toHaveBeenCalledWith({ redirectUri: `${consoleOrigin}/`, locale: 'id' });
    expect(sessionStorage.getItem('bas-console.returnTo')).toBe('/audit?actor=admin');
  });

  it('goes back to the kept page once the identity provider has sent the person back to the root', async () => {
    sessionStorage.setItem('bas-console.returnTo', '/katalog/pengumuman');
    await renderConsole(server, { path: '/' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Pengumuman Kota' })).toBeTruthy();
    expect(window.location.pathname).toBe('/katalog/pengumuman');
    expect(sessionStorage.getItem('bas-console.returnTo')).toBeNull();
  });

  it('tells someone who is neither admin nor developer that the console is not for them, with a way out', async () => {
    const keycloak = fakeKeycloak({ username: 'asn.bkpsdm', roles: [], agency: 'bkpsdm' });
    await renderConsole(server, { keycloak });
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Pusat Kendali hanya untuk admin platform dan pengembang instansi',
      }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keluar' }));
    expect(keycloak.logout).toHaveBeenCalledWith({ redirectUri: `${consoleOrigin}/` });
  });
});

describe('the language', () => {
  it('switches to English, page title and <html lang> included, and keeps the choice', async () => {
    await renderConsole(server, { path: '/katalog' });
    await screen.findByRole('heading', { level: 1, name: 'Katalog' });
    fireEvent.click(screen.getByRole('button', { name: 'EN' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Catalog' })).toBeTruthy();
    expect(document.title).toBe('Catalog — BAS Control Centre');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('link', { name: 'Approval queue' })).toBeTruthy();
    expect(localStorage.getItem('bas-console.lang')).toBe('en');
  });
});
