import type { StatusBoard } from './StatusSource.ts';

type Locale = 'id' | 'en';
type Service = StatusBoard['apps'][number];

const texts = {
  id: {
    title: 'Status layanan',
    home: 'Portal Kota Bogor',
    summary: (troubled: number, working: number, unchecked: number) =>
      [
        troubled === 0 ? 'Tidak ada layanan yang sedang bermasalah' : `${troubled} layanan sedang bermasalah`,
        `${working} berjalan normal`,
        ...(unchecked === 0 ? [] : [`${unchecked} belum diperiksa`]),
      ].join('; ') + '.',
    updated: (time: string) => `Diperbarui ${time}. Muat ulang halaman untuk keadaan terbaru.`,
    stale: (time: string) =>
      `Status belum dapat diperbarui; yang tampil adalah keadaan per ${time}. Coba muat ulang sebentar lagi.`,
    unavailable: 'Status layanan belum dapat dimuat saat ini. Coba muat ulang sebentar lagi.',
    state: {
      up: 'Berjalan normal',
      degraded: 'Melambat',
      down: 'Gangguan',
      unknown: 'Belum diperiksa',
    } satisfies Record<Service['status'], string>,
    since: (time: string) => `sejak ${time}`,
    uptime: (share: string) => `Ketersediaan 90 hari terakhir: ${share}`,
    noUptime: 'Ketersediaan 90 hari terakhir: belum ada data',
    day: (day: string, share: string) => `${day}: ${share}`,
    noData: 'tidak ada data',
    other: 'English',
  },
  en: {
    title: 'Service status',
    home: 'Kota Bogor portal',
    summary: (troubled: number, working: number, unchecked: number) =>
      [
        troubled === 0 ? 'No service has problems' : `${troubled} services have problems`,
        `${working} are working normally`,
        ...(unchecked === 0 ? [] : [`${unchecked} are not checked yet`]),
      ].join('; ') + '.',
    updated: (time: string) => `Updated ${time}. Reload the page for the latest state.`,
    stale: (time: string) =>
      `The status could not be updated; this is how things stood at ${time}. Try reloading in a moment.`,
    unavailable: 'The service status cannot be loaded right now. Try reloading in a moment.',
    state: {
      up: 'Working normally',
      degraded: 'Slow',
      down: 'Down',
      unknown: 'Not checked yet',
    } satisfies Record<Service['status'], string>,
    since: (time: string) => `since ${time}`,
    uptime: (share: string) => `Availability over the last 90 days: ${share}`,
    noUptime: 'Availability over the last 90 days: no data yet',
    day: (day: string, share: string) => `${day}: ${share}`,
    noData: 'no data',
    other: 'Bahasa Indonesia',
  },
};

const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Bogor's clock: the page is read there, whatever the server's time zone. */
function formatTime(iso: string, locale: Locale): string {
  return `${new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(iso))} WIB`;
}

const formatDay = (day: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));

const percent = (ratio: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    style: 'percent',
    maximumFractionDigits: 2,
  }).format(ratio);

// Problems first; the services not checked yet, which say nothing, last.
const order: Record<Service['status'], number> = { down: 0, degraded: 1, up: 2, unknown: 3 };

function barClass(ratio: number | null): string {
  if (ratio === null) return 'none';
  if (ratio >= 0.999) return 'ok';
  return ratio >= 0.95 ? 'partial' : 'bad';
}

function service(app: Service, locale: Locale): string {
  const t = texts[locale];
  const days = app.uptime.filter((day) => day.ratio !== null);
  const average = days.reduce((sum, day) => sum + (day.ratio ?? 0), 0) / days.length;
  const state = [
    t.state[app.status],
    app.status !== 'up' && app.since !== null ? t.since(formatTime(app.since, locale)) : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(' ');
  const bars = app.uptime
    .map((day) => {
      const share = day.ratio === null ? t.noData : percent(day.ratio, locale);
      return `<span class="bar ${barClass(day.ratio)}" title="${escape(t.day(formatDay(day.day, locale), share))}"></span>`;
    })
    .join('');
  return `<li class="service ${app.status}">
<h2>${escape(app.name[locale])}</h2>
<p class="state">${escape(state)}${app.reason === null ? '' : ` — ${escape(app.reason[locale])}`}</p>
<p>${escape(days.length === 0 ? t.noUptime : t.uptime(percent(average, locale)))}</p>
<div class="bars" aria-hidden="true">${bars}</div>
</li>`;
}

const style = `
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f1d;line-height:1.5}
header{background:#0b5d3b;padding:.75rem 1rem}header a{color:#fff;font-weight:600}
main{max-width:60rem;margin:0 auto;padding:1rem}
ul{list-style:none;padding:0}.service{border:1px solid #c9d2cd;border-radius:.5rem;padding:.75rem;margin:0 0 .75rem}
h2{font-size:1.125rem;margin:0}.state{font-weight:600;margin:.25rem 0}
.down .state{color:#8a1c1c}.degraded .state{color:#8a5a00}.up .state{color:#0b5d3b}
.bars{display:flex;gap:1px;height:1.5rem}.bar{flex:1;min-width:1px;border-radius:1px}
.ok{background:#0b5d3b}.partial{background:#c98a00}.bad{background:#8a1c1c}.none{background:#c9d2cd}
.notice{border-left:.25rem solid #8a5a00;background:#fff6e0;padding:.5rem .75rem}
a:focus{outline:3px solid #f2b705;outline-offset:2px}
`;

/**
 * The citizens' status page, whole on the server: no script, so it works on any phone and any connection. Services
 * that have problems first; each with its state in words, since when, what is wrong in plain words, its availability
 * over 90 days as a figure, and the same days as bars for the eye (hidden from screen readers, which have the
 * figure; each bar names its day and share on hover). `stale` is when the board was read, when it could not be read
 * again since.
 */
export function renderStatusPage(
  board: StatusBoard | undefined,
  locale: Locale,
  readAt: Date,
  stale: boolean,
): string {
  const t = texts[locale];
  const apps = [...(board?.apps ?? [])].sort(
    (a, b) => order[a.status] - order[b.status] || a.name[locale].localeCompare(b.name[locale], locale),
  );
  const troubled = apps.filter((app) => app.status === 'down' || app.status === 'degraded').length;
  const working = apps.filter((app) => app.status === 'up').length;
  const time = formatTime(readAt.toISOString(), locale);
  const body =
    board === undefined
      ? `<p class="notice" role="alert">${escape(t.unavailable)}</p>`
      : `<p>${escape(t.summary(troubled, working, apps.length - troubled - working))}</p>
${stale ? `<p class="notice" role="alert">${escape(t.stale(time))}</p>` : `<p>${escape(t.updated(time))}</p>`}
<ul>${apps.map((app) => service(app, locale)).join('\n')}</ul>`;
  const other = locale === 'id' ? 'en' : 'id';
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t.title)} — BAS Kota Bogor</title>
<style>${style}</style>
</head>
<body>
<header><a href="/">${escape(t.home)}</a></header>
<main>
<h1>${escape(t.title)}</h1>
${body}
<p><a href="/status?lang=${other}" lang="${other}">${escape(t.other)}</a></p>
</main>
</body>
</html>
`;
}
