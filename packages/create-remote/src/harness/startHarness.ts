import type { ManifestEntry } from '@bas/manifest';
import {
  appBasePath,
  createRemoteContext,
  type Locale,
  type NotificationTone,
  type RemoteModule,
  type Unmount,
} from '@bas/sdk';
import { createBrowserNavigation, createLocaleSwitch } from '@bas/sdk/standalone';
import { fakeAccessToken } from '@bas/sdk/testing';
import type { RequestHandler } from 'msw';
import { harnessRoles, harnessUser, type HarnessRole } from './harnessUsers.ts';
import { harnessStyles } from './harnessStyles.ts';

export interface HarnessOptions {
  entry: ManifestEntry;
  /** The remote's exposed module (`src/remote.tsx`). */
  remote: RemoteModule;
  /** Who is signed in at first. */
  role: HarnessRole;
  /** The agency API mocked with msw (`src/mocks/handlers.ts`), served by a service worker. */
  handlers?: RequestHandler[] | undefined;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.textContent = text;
  return created;
}

/**
 * The development harness: the remote mounted as the shell would mount it, with the shell's look, a signed-in
 * test person of a chosen role (switchable), the language switch, toasts and banners, a telemetry log, and the
 * agency API mocked with msw. Tokens are unsigned fakes: they work only against the mocks.
 */
export async function startHarness(options: HarnessOptions): Promise<void> {
  const { entry, remote } = options;
  if (options.handlers !== undefined && options.handlers.length > 0) {
    const { setupWorker } = await import('msw/browser');
    await setupWorker(...options.handlers).start({ onUnhandledRequest: 'bypass', quiet: true });
  }
  const basePath = appBasePath(entry);
  if (!window.location.pathname.startsWith(basePath)) window.history.replaceState(null, '', basePath);

  const style = element('style', harnessStyles);
  const header = element('header');
  header.className = 'harness-header';
  const title = element('strong', `BAS · ${entry.name.id} (harness)`);
  const roleSelect = element('select');
  roleSelect.setAttribute('aria-label', 'Masuk sebagai');
  for (const role of harnessRoles) {
    const option = element('option', role);
    option.value = role;
    option.selected = role === options.role;
    roleSelect.append(option);
  }
  const locale = createLocaleSwitch('id');
  const languages = languageButtons(locale.set);
  header.append(title, roleSelect, ...languages);
  const main = element('main');
  const banners = element('div');
  const host = element('div');
  const toasts = element('section');
  toasts.className = 'harness-toasts';
  toasts.setAttribute('aria-live', 'polite');
  toasts.setAttribute('aria-label', 'Pemberitahuan');
  const log = element('details');
  log.className = 'harness-log';
  log.append(element('summary', 'Telemetri'));
  main.append(banners, host, log);
  document.head.append(style);
  document.body.replaceChildren(header, main, toasts);

  const notice = (container: HTMLElement, message: string, tone: NotificationTone) => {
    const shown = element('p', message);
    shown.className = 'harness-notice';
    shown.dataset.tone = tone;
    if (tone === 'error') shown.setAttribute('role', 'alert');
    container.append(shown);
    return () => shown.remove();
  };
  const record = (line: string) => log.append(element('div', `${new Date().toLocaleTimeString()} ${line}`));

  const navigation = createBrowserNavigation(basePath, (appId, path) =>
    console.info(`[harness] the shell would open ${appId}${path === undefined ? '' : `/${path}`}`),
  );
  // One profile object per sign-in, as in the shell: React's useSyncExternalStore needs a stable snapshot.
  let user = harnessUser(options.role, entry.agency);
  const authListeners = new Set<() => void>();
  const setRole = (next: HarnessRole) => {
    user = harnessUser(next, entry.agency);
    roleSelect.value = next;
    authListeners.forEach((listener) => listener());
  };
  roleSelect.addEventListener('change', () => setRole(roleSelect.value as HarnessRole));

  const context = createRemoteContext(entry, {
    // The agency API is mocked on this page's origin: the app's fake token may go there too.
    apiOrigins: [window.location.origin],
    navigation,
    auth: {
      getAccessToken: () => Promise.resolve(user === undefined ? undefined : fakeAccessToken(user)),
      getUser: () => user,
      subscribe(listener) {
        authListeners.add(listener);
        return () => authListeners.delete(listener);
      },
      login: () => setRole('warga'),
      logout: () => setRole('anonim'),
    },
    locale,
    notify(_appId, message, { kind, tone }) {
      if (kind === 'banner') return notice(banners, message, tone);
      const remove = notice(toasts, message, tone);
      setTimeout(remove, 6000);
      return remove;
    },
    record: (_appId, telemetry) =>
      record(
        telemetry.kind === 'event'
          ? `event ${telemetry.name} ${JSON.stringify(telemetry.data ?? {})}`
          : `error ${String(telemetry.error)} ${JSON.stringify(telemetry.data ?? {})}`,
      ),
    reportError(_appId, error) {
      record(`reportError ${String(error)}`);
      notice(
        banners,
        `The app reported a crash; the shell would show its fallback here: ${String(error)}`,
        'error',
      );
    },
    // The harness has no portal to keep requests: it shows what the app reported, as the shell would send it.
    async reportRequest(_appId, request) {
      if (user === undefined)
        throw new Error('Nobody is signed in: the shell keeps requests of a signed-in person only.');
      record(`request ${JSON.stringify(request)}`);
    },
    // Offered at every call, unlike the portal (once per person and year): the developer sees each call land.
    requestSurvey() {
      record('survey.request offered');
      const remove = notice(
        toasts,
        `The portal would now invite the person to the satisfaction survey about ${entry.name.id} (at most once a year per person).`,
        'info',
      );
      setTimeout(remove, 6000);
      return Promise.resolve('offered');
    },
  });
  const unmount: Unmount = remote.mount(host, context);
  // Hot reload of remote.tsx replaces the page; unmounting first keeps the leak checks honest in development too.
  window.addEventListener('pagehide', unmount);
}

function languageButtons(setLocale: (locale: Locale) => void): HTMLButtonElement[] {
  return (['id', 'en'] as const).map((locale) => {
    const button = element('button', locale.toUpperCase());
    button.type = 'button';
    button.addEventListener('click', () => setLocale(locale));
    return button;
  });
}
