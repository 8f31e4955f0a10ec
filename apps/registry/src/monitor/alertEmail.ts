import { findAgency } from '@bas/manifest/agencies';
import type { AppAlert } from './createWebhookAlerts.ts';

/** Kota Bogor's time zone: the owners read the time as their clocks show it. */
const timeZone = 'Asia/Jakarta';
const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const dateIn = (locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' });
const dateId = dateIn('id-ID');
const dateEn = dateIn('en-GB');

/**
 * The e-mail telling an app's owner it went down or came back: plain text, Indonesian first and English below, the
 * time in WIB. The subject names the app and the time, so the inbox alone tells what happened.
 *
 * @example
 * alertEmail(alert).subject; // "[BAS] Layanan PBB Online gangguan sejak 10:42 WIB"
 */
export function alertEmail(alert: AppAlert): { subject: string; text: string } {
  const since = new Date(alert.since);
  const time = clock.format(since);
  const agency = findAgency(alert.agency)?.short ?? alert.agency;
  const app = `${alert.name} (${alert.app}, ${agency})`;
  const down = alert.status === 'down';
  const indonesian = down
    ? [
        `Layanan ${app} tidak dapat dibuka sejak ${dateId.format(since)} pukul ${time} WIB.`,
        `Temuan monitor BAS: ${alert.reason ?? 'tidak ada keterangan.'}`,
        'Portal menandai layanan ini sedang gangguan sampai pulih. Anda akan menerima e-mail lagi saat layanan pulih.',
      ]
    : [
        `Layanan ${app} pulih sejak ${dateId.format(since)} pukul ${time} WIB: monitor BAS kembali dapat membukanya.`,
      ];
  const english = down
    ? [
        `${app} has been down since ${dateEn.format(since)}, ${time} WIB (UTC+7): the BAS monitor cannot open it.`,
        `What the BAS monitor found: ${alert.reason ?? 'no details.'}`,
        'The portal marks the service as down until it is back. You will get another e-mail when it is.',
      ]
    : [
        `${app} has been working again since ${dateEn.format(since)}, ${time} WIB (UTC+7): the BAS monitor can open it again.`,
      ];
  return {
    subject: `[BAS] Layanan ${alert.name} ${down ? 'gangguan' : 'pulih'} sejak ${time} WIB`,
    text: [
      `Yth. ${alert.owner.name},`,
      '',
      ...indonesian,
      '',
      '---',
      '',
      `Dear ${alert.owner.name},`,
      '',
      ...english,
      '',
    ].join('\n'),
  };
}
