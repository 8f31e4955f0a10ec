import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { asClient, fakeKeycloak } from '../testing/fakeKeycloak.ts';
import { createConsoleSession } from './createConsoleSession.ts';

const auth = { url: 'http://sso.test', realm: 'bas', clientId: 'bas-console' };
const origin = 'http://console.test';

function session(keycloak = fakeKeycloak()) {
  return {
    keycloak,
    session: createConsoleSession(auth, { origin, createKeycloak: () => asClient(keycloak) }),
  };
}

beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});
afterEach(() => vi.useRealTimers());

describe('createConsoleSession', () => {
  it('renews the token before every registry call that needs it, and hands out the renewed one', async () => {
    const { keycloak, session: console } = session();
    await console.start();
    keycloak.updateToken.mockImplementationOnce(() => {
      keycloak.token = 'renewed-token';
      return Promise.resolve(true);
    });
    await expect(console.accessToken()).resolves.toBe('renewed-token');
    expect(keycloak.updateToken).toHaveBeenCalledWith(30);
  });

  it('renews the token on its own 30 seconds before it expires, then before the new one expires', async () => {
    vi.useFakeTimers();
    const { keycloak, session: console } = session();
    // The identity provider issues tokens valid for 5 minutes.
    keycloak.updateToken.mockImplementation(() => {
      if (keycloak.tokenParsed !== undefined) keycloak.tokenParsed.exp = Math.floor(Date.now() / 1000) + 300;
      return Promise.resolve(true);
    });
    await console.start();
    await vi.advanceTimersByTimeAsync(269_000);
    expect(keycloak.updateToken).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    expect(keycloak.updateToken).toHaveBeenCalledTimes(1);
    expect(keycloak.updateToken).toHaveBeenCalledWith(-1);
    await vi.advanceTimersByTimeAsync(270_000);
    expect(keycloak.updateToken).toHaveBeenCalledTimes(2);
  });

  it('ends the session with a notice when the identity provider refuses the renewal', async () => {
    const { keycloak, session: console } = session();
    await console.start();
    keycloak.updateToken.mockRejectedValueOnce({ response: { status: 400 } });
    await expect(console.accessToken()).rejects.toThrow('Your session has ended: sign in again.');
    expect(console.getState()).toEqual({ status: 'signed-out', notice: 'sessionEnded' });
  });

  it('keeps the person signed in, and says so, while the identity provider does not answer', async () => {
    const { keycloak, session: console } = session();
    await console.start();
    keycloak.updateToken.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(console.accessToken()).resolves.toBe('console-token');
    expect(console.getState()).toMatchObject({ status: 'signed-in', notice: 'refreshDelayed' });
    await expect(console.accessToken()).resolves.toBe('console-token');
    expect(console.getState()).toEqual({ status: 'signed-in', user: expect.any(Object) as unknown });
  });

  it('offers to sign in when the identity provider does not answer the check at all', async () => {
    const keycloak = fakeKeycloak();
    keycloak.init.mockRejectedValueOnce(new Error('timeout'));
    const { session: console } = session(keycloak);
    await console.start();
    expect(console.getState()).toEqual({ status: 'signed-out', notice: 'unavailable' });
  });

  it('keeps the page before the silent check, whose fallback may send the whole tab away and back to the root', async () => {
    window.history.replaceState(null, '', '/katalog/pengumuman?tab=versi');
    const keycloak = fakeKeycloak();
    keycloak.init.mockImplementationOnce(() => {
      expect(sessionStorage.getItem('bas-console.returnTo')).toBe('/katalog/pengumuman?tab=versi');
      return Promise.resolve(true);
    });
    const { session: console } = session(keycloak);
    await console.start();
    // Checked silently in place: nothing is left to send a later visit of the root anywhere.
    expect(window.location.pathname).toBe('/katalog/pengumuman');
    expect(sessionStorage.getItem('bas-console.returnTo')).toBeNull();
  });

  it('ignores a kept path that would leave the console’s origin', async () => {
    sessionStorage.setItem('bas-console.returnTo', '//evil.example/phish');
    const { session: console } = session();
    await console.start();
    expect(window.location.href).toBe(`${origin}/`);
  });
});
