import { useAuth } from './auth/authStore.ts';
import { attachSession, shellAuth } from './auth/shellAuth.ts';
import { failCatalog, loadCatalog } from './catalog/catalogStore.ts';
import { loadShellConfig } from './config/loadShellConfig.ts';

function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 3000);
    if (typeof PerformanceObserver === 'undefined') return;
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      clearTimeout(fallback);
      resolve();
    }).observe({ type: 'paint', buffered: true });
  });
}

/**
 * Everything the shell does after its first paint: read the deployment's config, load the catalog as an
 * anonymous visitor, and meanwhile ask the identity provider (check-sso) whether someone is signed in; when that
 * changes, load the catalog again for them.
 */
export async function startShell(navigate: (path: string) => void): Promise<void> {
  const origin = window.location.origin;
  let config;
  try {
    config = await loadShellConfig(origin);
  } catch (cause) {
    attachSession(undefined);
    failCatalog(cause);
    return;
  }
  if (config.auth === undefined) {
    attachSession(undefined);
    useAuth.setState({ status: 'disabled' });
    await loadCatalog({ config, accessToken: () => Promise.resolve(undefined) });
    return;
  }
  const catalog = loadCatalog({ config, accessToken: () => shellAuth.getAccessToken() });
  // keycloak-js is fetched once the first contentful paint is done: the public portal never waits for it.
  await afterFirstPaint();
  const { createSession } = await import('./auth/createSession.ts');
  const session = createSession(config.auth, { origin, navigate });
  attachSession(session);
  useAuth.subscribe((state, previous) => {
    const settled = state.status === 'authenticated' || state.status === 'anonymous';
    if (settled && state.user !== previous.user) void loadCatalog();
  });
  await Promise.all([catalog, session.start()]);
}
