import { createTransport } from 'nodemailer';
import { alertEmail } from './alertEmail.ts';
import type { AlertSender } from './createWebhookAlerts.ts';
import type { MonitorLogger } from './MonitorOptions.ts';

/** Where alert e-mails go through and whom they are from; checked by `alertSenders`. */
export interface EmailAlertSettings {
  /** `smtp://` or `smtps://`, with a user and password in it where the server wants them. */
  smtpUrl: string;
  from: string;
  /** Told of every app besides its owner: the platform team. */
  to: readonly string[];
}

/** One delivery's limit: an alert is sent while the app's probe waits, so a stalled server must not hold it long. */
const sendTimeoutMs = 10_000;

/**
 * Alerts by e-mail: each change to `down`, and back from `down`, goes to the app's owner (`owner.email` of its entry)
 * and to `to`, through the SMTP server of `smtpUrl`, within 10 s. A server that refuses or does not answer is
 * logged; the next change is sent all the same.
 */
export function createEmailAlerts(settings: EmailAlertSettings, logger: MonitorLogger): AlertSender {
  const transport = createTransport(settings.smtpUrl);
  return async (alert) => {
    // One e-mail to each person, the owner first, however an address is written (case does not matter to mail).
    const recipients = [alert.owner.email, ...settings.to].filter(
      (address, index, all) =>
        all.findIndex((other) => other.toLowerCase() === address.toLowerCase()) === index,
    );
    try {
      await transport.sendMail({
        // Named, so that the inbox says who writes: the address alone would not.
        from: { name: 'BAS Kota Bogor', address: settings.from },
        to: recipients,
        ...alertEmail(alert),
        signal: AbortSignal.timeout(sendTimeoutMs),
      });
    } catch (error) {
      logger.error(
        `BAS monitor: the alert e-mail for ${alert.app} ${alert.status} could not be sent to ${recipients.join(', ')}; check BAS_ALERT_SMTP_URL and the mail server.`,
        error,
      );
    }
  };
}
