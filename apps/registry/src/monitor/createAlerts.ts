import { z } from 'zod';
import { createEmailAlerts } from './createEmailAlerts.ts';
import { createWebhookAlerts, type AlertSender } from './createWebhookAlerts.ts';
import type { MonitorLogger, MonitorOptions } from './MonitorOptions.ts';

/** A setting left empty in the environment is a setting left out. */
const setting = (value: string | undefined) => (value === '' ? undefined : value);

const alertSettings = z
  .object({
    webhookUrl: z
      .url({
        protocol: /^https?$/,
        error: (issue) =>
          `The alert webhook (BAS_ALERT_WEBHOOK_URL) must be an http(s) URL, like https://chat.kotabogor.go.id/hooks/bas; got "${String(issue.input)}". Leave it unset for no alerts.`,
      })
      .optional(),
    // The value is not repeated in the message: it may hold the mail server's password.
    smtpUrl: z
      .url({
        protocol: /^smtps?$/,
        error:
          'The alert mail server (BAS_ALERT_SMTP_URL) must be an smtp:// or smtps:// URL, like smtps://bas:password@mail.kotabogor.go.id:465 or smtp://127.0.0.1:2525. Leave it unset for no alert e-mails.',
      })
      .optional(),
    from: z
      .email({
        error: (issue) =>
          `The sender of alert e-mails (BAS_ALERT_EMAIL_FROM) must be an e-mail address, like bas@kotabogor.go.id; got "${String(issue.input)}".`,
      })
      .optional(),
    to: z.array(
      z.email({
        error: (issue) =>
          `Each recipient in BAS_ALERT_EMAIL_TO must be an e-mail address, the addresses separated by commas (like tim-bas@kotabogor.go.id,noc@kotabogor.go.id); got "${String(issue.input)}".`,
      }),
    ),
  })
  .superRefine((settings, context) => {
    if (settings.smtpUrl !== undefined && settings.from === undefined) {
      context.addIssue({
        code: 'custom',
        message:
          'Alert e-mails (BAS_ALERT_SMTP_URL) need a sender: set BAS_ALERT_EMAIL_FROM to an address the mail server sends for, like bas@kotabogor.go.id.',
      });
    }
    if (settings.smtpUrl === undefined && (settings.from !== undefined || settings.to.length > 0)) {
      context.addIssue({
        code: 'custom',
        message:
          'BAS_ALERT_EMAIL_FROM and BAS_ALERT_EMAIL_TO are used only with a mail server: set BAS_ALERT_SMTP_URL too, or leave them out.',
      });
    }
  });

/**
 * Every alert sender the options set up (a webhook, e-mail, or both) as one: each alert goes to all of them at once.
 * Undefined when none is set. Refuses a bad setting, naming it, before the monitor opens anything.
 */
export function createAlerts(options: MonitorOptions, logger: MonitorLogger): AlertSender | undefined {
  const parsed = alertSettings.safeParse({
    webhookUrl: setting(options.alertWebhookUrl),
    smtpUrl: setting(options.alertSmtpUrl),
    from: setting(options.alertEmailFrom),
    to: options.alertEmailTo ?? [],
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join(' '));
  const { webhookUrl, smtpUrl, from, to } = parsed.data;
  const senders = [
    ...(webhookUrl === undefined ? [] : [createWebhookAlerts(webhookUrl, logger)]),
    ...(smtpUrl === undefined || from === undefined
      ? []
      : [createEmailAlerts({ smtpUrl, from, to }, logger)]),
  ];
  if (senders.length === 0) return undefined;
  return async (alert) => {
    await Promise.all(senders.map((send) => send(alert)));
  };
}
