import type { TelemetryPath } from '@bas/auth-bridge';
import { useSessionStore } from '../auth/sessionStore.ts';
import { sendTelemetryBatch } from '../auth/shellAuth.ts';

/**
 * Sends one batch to the registry. With someone signed in it goes through the auth frame, which adds their token:
 * the registry counts an internal app's records only from someone whose catalog holds the app. Otherwise it goes
 * anonymous with `sendBeacon`, which the browser delivers even as the page goes away. Telemetry never disturbs the
 * person: a batch that cannot be sent is dropped.
 */
export function deliverBatch(path: TelemetryPath, body: Record<string, unknown[]>): void {
  if (useSessionStore.getState().status === 'authenticated') {
    sendTelemetryBatch(path, body).catch((error: unknown) => console.debug(`${path} batch dropped`, error));
    return;
  }
  const sent = navigator.sendBeacon(path, new Blob([JSON.stringify(body)], { type: 'application/json' }));
  if (!sent) console.debug(`${path} batch dropped`);
}
