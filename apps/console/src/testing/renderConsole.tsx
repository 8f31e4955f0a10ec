import { act, render, type RenderResult } from '@testing-library/react';
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { SetupServer } from 'msw/node';
import { ConsoleRoot } from '../app/ConsoleRoot.tsx';
import { startConsole } from '../app/startConsole.ts';
import { asClient, fakeKeycloak } from './fakeKeycloak.ts';
import { fakeRegistry, registryUrl } from './fakeRegistry.ts';

export const consoleOrigin = 'http://console.test';

export const consoleConfig = {
  registryUrl,
  auth: { url: 'http://sso.test', realm: 'bas', clientId: 'bas-console' },
};

/**
 * The console as a person opens it at `path`: its config.json, keycloak-js signed in as `keycloak` says, and the
 * registry `registry` answering on the network (msw), but for the routes `answers` answers otherwise.
 */
export async function renderConsole(
  server: SetupServer,
  {
    path = '/',
    keycloak = fakeKeycloak(),
    registry = fakeRegistry(),
    answers = [],
  }: {
    path?: string;
    keycloak?: ReturnType<typeof fakeKeycloak>;
    registry?: ReturnType<typeof fakeRegistry>;
    answers?: HttpHandler[];
  } = {},
) {
  window.history.replaceState(null, '', path);
  server.use(
    http.get(`${consoleOrigin}/config.json`, () => HttpResponse.json(consoleConfig)),
    ...registry.handlers,
  );
  // Handlers added later come first.
  server.use(...answers);
  const started = startConsole({ origin: consoleOrigin, createKeycloak: () => asClient(keycloak) });
  // React renders what was waiting for config.json within this act, as the page would once it arrives.
  let view: RenderResult | undefined;
  await act(async () => {
    view = render(<ConsoleRoot started={started} />);
    await started;
  });
  return { ...(view as RenderResult), keycloak, registry };
}
