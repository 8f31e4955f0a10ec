import { findAgency } from '@bas/manifest/agencies';
import type { EvidenceService } from '@bas/manifest/evidence';
import { escapeHtml as e } from './escapeHtml.ts';
import { formatId } from './formatId.ts';
import type { ServiceScreens } from './captureScreens.ts';
import { gapLabels, reportGaps } from './gapLabels.ts';

/** The manifest's vocabulary in the words of the SPBE evaluation (PermenPAN-RB 59/2020) and of the portal. */
const labels = {
  applicationType: {
    umum: 'Aplikasi umum (dipakai bersama secara nasional)',
    khusus: 'Aplikasi khusus (dibangun untuk Pemerintah Kota Bogor)',
  },
  serviceType: { public: 'Layanan publik', administrative: 'Layanan administrasi pemerintahan' },
  role: { public: 'Publik: terbuka bagi warga', internal: 'Internal: bagi ASN Pemerintah Kota Bogor' },
  kind: {
    federated: 'Terpadu di portal BAS (modul aplikasi)',
    iframe: 'Disematkan di portal BAS',
    link: 'Tautan dari portal BAS ke aplikasinya',
  },
} as const satisfies { [Field in keyof EvidenceService]?: Record<EvidenceService[Field] & string, string> };

const row = (term: string, detail: string) => `<dt>${term}</dt><dd>${detail}</dd>`;

/** A web address as a link when it is http(s), and as plain text otherwise (no `javascript:` in a report). */
function link(url: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${e(url)}">${e(url)}</a>` : e(url);
}

function list(items: readonly string[], empty: string): string {
  return items.length === 0 ? e(empty) : `<ul>${items.map((item) => `<li>${e(item)}</li>`).join('')}</ul>`;
}

/** The agency's full name as the registry gives it, with the short name people use when the code is known. */
function agencyName({ code, name }: EvidenceService['agency']): string {
  const short = findAgency(code)?.short;
  return `${e(name)}${short === undefined || short === name ? '' : ` (${e(short)})`}`;
}

function owner({ name, email, phone }: EvidenceService['owner']): string {
  return [
    e(name),
    `<a href="mailto:${e(email)}">${e(email)}</a>`,
    phone === null ? '<span class="gaps">telepon belum dicantumkan</span>' : e(phone),
  ].join('<br>');
}

/** Months six to a row (a year in two), so that a service with its twelve months still fits one page. */
function opensByMonth(months: EvidenceService['opensByMonth']): string {
  if (months.length === 0) return '<p>belum diukur</p>';
  const total = months.reduce((sum, month) => sum + month.opens, 0);
  const rows: string[] = [];
  for (let start = 0; start < months.length; start += 6) {
    const six = months.slice(start, start + 6);
    rows.push(
      `<tr>${six.map((month) => `<th class="number">${e(formatId.month(month.month))}</th>`).join('')}</tr>`,
      `<tr>${six.map((month) => `<td class="number">${e(formatId.whole(month.opens))}</td>`).join('')}</tr>`,
    );
  }
  return `<table class="months"><tbody>${rows.join('')}</tbody></table>
<p>Jumlah: ${e(formatId.whole(total))} kali dibuka.</p>`;
}

function uptime({ probes, ok, ratio }: EvidenceService['uptime']): string {
  return probes === 0
    ? 'belum diukur (belum ada pemeriksaan)'
    : `${e(formatId.percent(ratio))} (${e(formatId.whole(ok))} dari ${e(formatId.whole(probes))} pemeriksaan berhasil)`;
}

function loadSuccess({ attempts, failed, ratio }: EvidenceService['loadSuccess']): string {
  return attempts === 0
    ? 'belum diukur (belum ada pembukaan yang tercatat)'
    : `${e(formatId.percent(ratio))} (${e(formatId.whole(failed))} gagal dari ${e(formatId.whole(attempts))} pembukaan)`;
}

function satisfaction({ answers, ikm, grade }: EvidenceService['satisfaction']): string {
  if (answers === 0 || ikm === null) return 'belum diukur (belum ada jawaban survei kepuasan)';
  const mutu = grade === null ? '' : `, mutu ${e(grade)}`;
  return `IKM ${e(formatId.decimal(ikm))}${mutu} (${e(formatId.whole(answers))} responden)`;
}

/**
 * The service's screenshots, each with its number and caption, and the screens that could not be shown, with
 * why. The image is the PNG itself (a data: address, which the report's policy allows for images alone).
 */
function screenshots({ captured, missing }: ServiceScreens): string {
  const figures = captured
    .map(
      (screen) => `<figure class="screen">
<img src="data:image/png;base64,${screen.png.toString('base64')}" alt="${e(screen.caption.id)}">
<figcaption>Gambar ${e(screen.n)}. ${e(screen.caption.id)} <span class="muted">(${link(screen.url)}; ${e(screen.file)}, sebagai ${e(screen.account)})</span></figcaption>
</figure>`,
    )
    .join('\n');
  const left = missing.map(
    (screen) => `${e(screen.n)}. ${e(screen.caption.id)} (${link(screen.url)}): ${e(screen.reason)}`,
  );
  return `<h4>Tangkapan layar</h4>
${captured.length === 0 ? '<p class="gaps">Belum ada tangkapan layar yang menampilkan layanan ini.</p>' : figures}
${left.length === 0 ? '' : `<p>Tidak disertakan:</p><ul class="gaps">${left.map((item) => `<li>${item}</li>`).join('')}</ul>`}`;
}

/**
 * One service's page of the report: who runs it and how to reach them, what kind of service it is, where it is
 * (`portalUrl`: the portal its `/layanan/…` path is under), what it connects to, and the period's figures, each
 * with how many measurements it rests on; with `screens`, its screenshots and those that could not be taken.
 * Every value is escaped: the service's words come from its agency.
 */
export function renderService(service: EvidenceService, portalUrl: URL, screens?: ServiceScreens): string {
  const { name, url } = service;
  const base = portalUrl.href.endsWith('/') ? portalUrl.href : `${portalUrl.href}/`;
  // `/layanan/<route>` under the portal's address, also when the portal lives under a path.
  const inPortal = url.portal.startsWith('/') ? new URL(url.portal.slice(1), base).href : url.portal;
  const gaps = reportGaps(service, screens).map((gap) => gapLabels[gap].sentence);
  return `<article class="service" id="layanan-${e(service.id)}">
<h3>${e(name.id)}</h3>
${name.en === name.id ? '' : `<p class="muted">${e(name.en)}</p>`}
<dl>
${row('Kode layanan', e(service.id))}
${row('Perangkat daerah', agencyName(service.agency))}
${row('Penanggung jawab', owner(service.owner))}
${row('Jenis aplikasi', e(labels.applicationType[service.applicationType]))}
${row('Jenis layanan', e(labels.serviceType[service.serviceType]))}
${row('Pengguna', e(labels.role[service.role]))}
${row('Bentuk', e(labels.kind[service.kind]))}
${row('Alamat di portal', link(inPortal))}
${row('Alamat mandiri', url.standalone === null ? 'tidak ada' : link(url.standalone))}
${row('Deskripsi', e(service.description.id))}
${row('Integrasi (API)', list(service.apiOrigins, 'tidak ada API yang dinyatakan'))}
${row('Ketersediaan', uptime(service.uptime))}
${row('Keberhasilan memuat', loadSuccess(service.loadSuccess))}
${row('Kepuasan', satisfaction(service.satisfaction))}
${row('Pengaduan', service.complaints === null ? 'belum diukur' : e(formatId.whole(service.complaints)))}
</dl>
<h4>Pemakaian per bulan</h4>
${opensByMonth(service.opensByMonth)}
<h4>Pernyataan</h4>
<p class="statement">${e(service.statement)}</p>
${screens === undefined ? '' : screenshots(screens)}
<h4>Kekurangan data dukung</h4>
${gaps.length === 0 ? '<p>Tidak ada: data dukung layanan ini lengkap.</p>' : `<div class="gaps">${list(gaps, '')}</div>`}
</article>`;
}
