import { createReactRemote } from '@bas/sdk/react';
import { App } from './App.tsx';

/** The app against a given BKPSDM leave API; tests point it at their msw server. */
export function createRemote(apiBase: string) {
  return createReactRemote(() => <App apiBase={apiBase} />);
}

// In the portal the API sits on the app's own origin, wherever the app is served from.
export const { mount } = createRemote(new URL('/api/', import.meta.url).href);
