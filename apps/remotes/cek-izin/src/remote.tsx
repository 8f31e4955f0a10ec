import { createReactRemote } from '@bas/sdk/react';
import { App } from './App.tsx';

// rspack's runtime sets this to the folder the remote's files were loaded from (`publicPath: 'auto'`).
declare const __webpack_public_path__: string | undefined;

/** The app against a given DPMPTSP API; tests point it at their msw server. */
export function createRemote(apiBase: string) {
  return createReactRemote(() => <App apiBase={apiBase} />);
}

// In the portal the API sits on the app's own origin, wherever the app is served from.
const servedFrom =
  typeof __webpack_public_path__ === 'string' ? __webpack_public_path__ : 'http://localhost/';
export const { mount } = createRemote(new URL('/api/', servedFrom).href);
