import { useEffect } from 'react';
import { loadAppPage } from '../routes/loadAppPage.ts';
import { whenIdle } from '../whenIdle.ts';
import type { AppHost } from './appHost.ts';

/**
 * Once the shell is live (this effect runs after hydration) and the browser idle, fetches what every opening
 * needs: the app page's code and the federation host. The first app opened then waits for its own files only, two
 * rounds of requests fewer (decisions/0033); going live never shares the network with it.
 */
export function PrepareFirstOpening({ apps }: { apps: AppHost }): null {
  useEffect(() => {
    whenIdle(() => {
      loadAppPage().catch(() => undefined);
      apps.warm();
    });
  }, [apps]);
  return null;
}
