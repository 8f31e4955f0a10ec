import { createReactRemote } from '@bas/sdk/react';
import { App } from './App.tsx';

/** The app against a given BKPSDM leave API; tests point it at their msw server. */
export function createRemote(apiBase: string) {
  return createReactRemote(() => <App apiBase={apiBase} />);
}

// In the portal the API sits on the app's own origin, wherever the app is served from.
// (Not `new URL('/api/', import.meta.url)`: Vite would take that for a file of the build.)
export const { mount } = createRemote(`${new URL(import.meta.url).origin}/api/`);
