import type { Evidence } from '@bas/manifest/evidence';
import type { ServiceScreens } from './captureScreens.ts';
import { escapeHtml as e } from './escapeHtml.ts';
import { formatId } from './formatId.ts';
import { gapLabels, reportGaps, type ReportGap } from './gapLabels.ts';
import { renderService } from './renderService.ts';
import { reportStyle } from './reportStyle.ts';

/** The report's title, also its running header on every page. */
export const reportTitle = (period: string): string => `Data Dukung Evaluasi SPBE ${period} — BAS Kota Bogor`;

type Indicator = Evidence['indicators'][number];
/** The screenshots by service id, when they were taken (captureScreens). */
type Screens = ReadonlyMap<string, ServiceScreens>;
/** A service the screenshots left out (none should be): no screenshot of it, which is a gap. */
const noScreens: ServiceScreens = { captured: [], missing: [] };

/** The registry's account of each figure's origin, under the name the report gives that figure. */
const sourceLabels: Record<keyof Evidence['sources'], string> = {
  catalog: 'Katalog layanan',
  uptime: 'Ketersediaan',
  loadSuccess: 'Keberhasilan memuat',
  opens: 'Pemakaian',
  satisfaction: 'Kepuasan (IKM)',
  complaints: 'Pengaduan',
  gaps: 'Kekurangan data dukung',
};

const aspects: Record<Indicator['aspect'], string> = {
  administrative: 'Layanan Administrasi Pemerintahan Berbasis Elektronik',
  public: 'Layanan Publik Berbasis Elektronik',
};

/** What the cover says of the screenshots: how many, of how many services, through which portal. */
function screenshotsLine(evidence: Evidence, screens: Screens | undefined, portalUrl: URL): string {
  if (screens === undefined) return '';
  const all = [...screens.values()];
  const taken = all.reduce((sum, { captured }) => sum + captured.length, 0);
  const shown = evidence.services.filter((service) => (screens.get(service.id)?.captured.length ?? 0) > 0);
  return `<dt>Tangkapan layar</dt><dd>${e(formatId.whole(taken))} tangkapan layar dari ${e(formatId.whole(shown.length))} layanan, diambil melalui portal ${e(portalUrl.origin)} dengan akun uji sesuai peran layanannya</dd>`;
}

function cover(evidence: Evidence, screens: Screens | undefined, portalUrl: URL): string {
  const agencies = new Set(evidence.services.map((service) => service.agency.code)).size;
  const sources = Object.entries(sourceLabels)
    .map(
      ([key, label]) =>
        `<dt>${e(label)}</dt><dd>${e(evidence.sources[key as keyof Evidence['sources']])}</dd>`,
    )
    .join('\n');
  return `<section class="cover">
<p class="city">Pemerintah Kota Bogor</p>
<h1>Data Dukung Evaluasi SPBE</h1>
<p class="scope">Domain Layanan SPBE, Indikator 32–47 · Periode ${e(evidence.period)}</p>
<dl>
<dt>Periode</dt><dd>${e(evidence.period)}</dd>
<dt>Dibuat</dt><dd>${e(formatId.dateTime(evidence.generatedAt))}</dd>
<dt>Cakupan</dt><dd>${e(formatId.whole(evidence.services.length))} layanan dari ${e(formatId.whole(agencies))} perangkat daerah di portal BAS (Bogor Aplikasi Super)</dd>
${screenshotsLine(evidence, screens, portalUrl)}
</dl>
<h3>Cara membaca angka</h3>
<ul>
<li><b>Ketersediaan</b>: bagian pemeriksaan berkala oleh pemantau BAS yang mendapati layanan berjalan.</li>
<li><b>Keberhasilan memuat</b>: bagian pembukaan layanan oleh pengguna portal yang berhasil tampil.</li>
<li><b>Pemakaian</b>: berapa kali layanan dibuka di portal (dari sampel pemantauan pengguna: menunjukkan kecenderungan, bukan jumlah kunjungan).</li>
<li><b>Kepuasan</b>: Indeks Kepuasan Masyarakat (IKM) dari survei kepuasan layanan.</li>
<li><b>Kelengkapan</b>: bagian pemeriksaan data dukung yang dipenuhi layanan; yang belum dipenuhi disebut satu per satu.</li>
</ul>
<p>Angka yang belum ada ditulis <i>belum diukur</i>, tidak pernah sebagai 0.</p>
<h3>Sumber data</h3>
<p class="muted">Keterangan dari registry BAS yang menghasilkan data ini.</p>
<dl class="sources">
${sources}
</dl>
</section>`;
}

function summary(evidence: Evidence, indicators: readonly Indicator[], screens: Screens | undefined): string {
  const rows = indicators
    .map((indicator) => {
      const none = indicator.services === 0;
      return `<tr><td class="number">${e(indicator.indicator)}</td><td>${e(indicator.title)}</td>
<td class="number">${e(formatId.whole(indicator.services))}</td>
<td class="number">${e(formatId.percent(indicator.uptime))}</td>
<td class="number">${e(formatId.whole(indicator.opens))}</td>
<td class="number">${e(formatId.decimal(indicator.ikm))}</td>
<td class="number">${none ? 'tanpa layanan' : e(formatId.percent(indicator.completeness))}</td></tr>`;
    })
    .join('\n');
  return `<section class="summary">
<h2>Ringkasan per indikator</h2>
<table>
<colgroup><col class="number"><col class="title">${'<col class="figure">'.repeat(5)}</colgroup>
<thead><tr><th class="number">No.</th><th>Indikator</th><th class="number">Layanan</th><th class="number">Keter&shy;sediaan</th><th class="number">Pema&shy;kaian (kali dibuka)</th><th class="number">Kepuasan (IKM)</th><th class="number">Keleng&shy;kapan</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${gapTable(evidence.services, screens)}
</section>`;
}

/**
 * Every service that lacks evidence, one row each with a mark under each check it fails: a table rather than a
 * sentence per service, since on a young portal most services lack the same few things. The screenshots' column
 * is there when they were taken.
 */
function gapTable(services: Evidence['services'], screens: Screens | undefined): string {
  const gapsOf = (service: Evidence['services'][number]) =>
    reportGaps(service, screens === undefined ? undefined : (screens.get(service.id) ?? noScreens));
  const withGaps = services.filter((service) => gapsOf(service).length > 0);
  if (withGaps.length === 0)
    return '<h3>Kekurangan data dukung</h3>\n<p>Tidak ada: data dukung setiap layanan lengkap.</p>';
  const checks = (Object.entries(gapLabels) as [ReportGap, (typeof gapLabels)[ReportGap]][]).filter(
    ([gap]) => gap !== 'no-screenshots' || screens !== undefined,
  );
  const rows = withGaps
    .map(
      (service) =>
        `<tr><td>${e(service.name.id)}</td><td class="number">${e(service.indicator)}</td>${checks
          .map(([gap]) => (gapsOf(service).includes(gap) ? '<td class="gap">belum ada</td>' : '<td></td>'))
          .join('')}</tr>`,
    )
    .join('\n');
  return `<h3>Kekurangan data dukung</h3>
<p>${e(formatId.whole(withGaps.length))} dari ${e(formatId.whole(services.length))} layanan belum lengkap; <i>belum ada</i> menandai yang kurang.</p>
<table class="gap-table">
<colgroup><col class="name"><col class="number">${'<col class="check">'.repeat(checks.length)}</colgroup>
<thead><tr><th>Layanan</th><th class="number">Indikator</th>${checks.map(([, label]) => `<th>${e(label.column)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

function section(
  indicator: Indicator,
  services: Evidence['services'],
  portalUrl: URL,
  screens: Screens | undefined,
): string {
  const lead =
    services.length === 0
      ? 'Belum ada layanan di portal BAS untuk indikator ini.'
      : `${formatId.whole(services.length)} layanan; setiap layanan pada halamannya sendiri.`;
  return `<section class="indicator" id="indikator-${e(indicator.indicator)}">
<h2>Indikator ${e(indicator.indicator)} — ${e(indicator.title)}</h2>
<p class="muted">${e(aspects[indicator.aspect])}</p>
<p class="lead">${e(lead)}</p>
${services
  .map((service) =>
    renderService(
      service,
      portalUrl,
      screens === undefined ? undefined : (screens.get(service.id) ?? noScreens),
    ),
  )
  .join('\n')}
</section>`;
}

/**
 * The evidence as a printable Indonesian report (HTML for writePdf): a cover with the period, when it was made and
 * from what; a summary per indicator with the gaps named; then indicators 32 to 47 in order, each from a new page,
 * with one page per service, its portal address under `portalUrl`, and with `screens` its screenshots (embedded
 * as data: images) and a gap for each service whose screens could not all be shown. Every value from the evidence
 * is escaped, and the page's policy allows no script or request, and images only from data: addresses: services'
 * text comes from agencies.
 */
export function renderReport(evidence: Evidence, portalUrl: URL, screens?: Screens): string {
  const indicators = [...evidence.indicators].sort((a, b) => a.indicator - b.indicator);
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(reportTitle(evidence.period))}</title>
<style>${reportStyle}</style>
</head>
<body>
${cover(evidence, screens, portalUrl)}
${summary(evidence, indicators, screens)}
${indicators
  .map((indicator) =>
    section(
      indicator,
      evidence.services.filter((service) => service.indicator === indicator.indicator),
      portalUrl,
      screens,
    ),
  )
  .join('\n')}
</body>
</html>
`;
}
