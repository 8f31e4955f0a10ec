import { createReactRemote, useRemoteContext } from '@bas/sdk/react';
import { App } from './App.tsx';

/** The app against a given API base; tests point it at their msw server. */
export function createRemote(apiBase: string) {
  return createReactRemote(() => <App apiBase={apiBase} />);
}

/**
 * Where the app's API is: your agency's API, the first origin in `apiOrigins` (bas-remote.json), or else the origin
 * the app is served from: `bas-remote preview` (its mocked API), the harness, or your agency's own server.
 * (Not `new URL('/api/', import.meta.url)`: Vite would take that for a file of the build.)
 */
function AppAtItsApi() {
  const { entry } = useRemoteContext();
  const declared = entry.kind === 'federated' ? entry.apiOrigins : undefined;
  const origin = declared?.[0] ?? new URL(import.meta.url).origin;
  return <App apiBase={`${origin}/api/`} />;
}

// The exposed module the shell mounts.
export const { mount } = createReactRemote(AppAtItsApi);
