import type { ManifestEntry } from '@bas/manifest';
import type { AppHealth } from './deriveHealth.ts';
import type { MonitorLogger } from './MonitorOptions.ts';

/** What the owner is told when an app goes down or comes back: enough to act, nothing of the people using it. */
export interface AppAlert {
  app: string;
  name: string;
  agency: string;
  owner: ManifestEntry['owner'];
  status: 'down' | 'up';
  /** When the new status began (for `down`, the first of the failed probes). */
  since: string;
  /** What the monitor found, for the people who run the app; null when it is back. */
  reason: string | null;
}

/** Sends an alert; resolves whatever the receiver answers (a failure is logged, not raised). */
export type AlertSender = (alert: AppAlert) => Promise<void>;

/**
 * Alerts by webhook: each change to `down`, and back from `down`, is POSTed as JSON to `url` (the city's chat or
 * paging bridge), with a 5 s limit. A receiver that fails or does not answer is logged; the next change is sent
 * all the same, and the console and `/status` show the state meanwhile.
 */
export function createWebhookAlerts(url: string, logger: MonitorLogger): AlertSender {
  return async (alert) => {
    try {
      const answer = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(alert),
        signal: AbortSignal.timeout(5000),
      });
      if (!answer.ok) {
        logger.error(
          `BAS monitor: the alert webhook answered HTTP ${answer.status} for ${alert.app} ${alert.status}; check BAS_ALERT_WEBHOOK_URL and the receiver.`,
        );
      }
    } catch (error) {
      logger.error(
        `BAS monitor: the alert for ${alert.app} ${alert.status} could not be sent to the webhook; check BAS_ALERT_WEBHOOK_URL and the receiver.`,
        error,
      );
    }
  };
}

/** The alert a change of an app's status calls for: going down, or coming back from down; none otherwise. */
export function alertFor(
  entry: ManifestEntry,
  before: AppHealth | undefined,
  after: AppHealth,
): AppAlert | undefined {
  const wentDown = after.status === 'down' && before?.status !== 'down';
  const cameBack = before?.status === 'down' && after.status !== 'down';
  if (!wentDown && !cameBack) return undefined;
  return {
    app: entry.id,
    name: entry.name.id,
    agency: entry.agency,
    owner: entry.owner,
    status: wentDown ? 'down' : 'up',
    since: after.since,
    reason: wentDown ? after.reason : null,
  };
}
