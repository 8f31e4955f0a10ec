import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { z } from 'zod';
import { escapeHtml, page } from './page.ts';

/** The city's public cemeteries and the plots each has left. */
const cemeteries = [
  { code: 'dreded', name: 'TPU Dreded', kecamatan: 'Bogor Selatan', plots: 41 },
  { code: 'blender', name: 'TPU Blender', kecamatan: 'Bogor Barat', plots: 17 },
  { code: 'kayumanis', name: 'TPU Kayu Manis', kecamatan: 'Tanah Sareal', plots: 0 },
  { code: 'mulyaharja', name: 'TPU Mulyaharja', kecamatan: 'Bogor Selatan', plots: 63 },
];

const applicationSchema = z.object({
  cemetery: z.enum(
    cemeteries.map((cemetery) => cemetery.code),
    { error: 'Pilih TPU.' },
  ),
  deceased: z.string().trim().min(3, { error: 'Isi nama almarhum/almarhumah.' }).max(100),
  dateOfDeath: z.iso.date({ error: 'Isi tanggal wafat.' }),
  applicant: z.string().trim().min(3, { error: 'Isi nama pemohon.' }).max(100),
  nik: z.string().regex(/^\d{16}$/, { error: 'NIK pemohon harus 16 angka.' }),
});

type Fields = Record<keyof z.infer<typeof applicationSchema>, string>;

async function formBody(request: IncomingMessage): Promise<Fields> {
  let body = '';
  for await (const chunk of request) {
    body += String(chunk);
    // A form of five short fields is never this big; anything larger is not from this page.
    if (body.length > 10_000) throw new Error('body too large');
  }
  const params = new URLSearchParams(body);
  const get = (name: string) => params.get(name) ?? '';
  return {
    cemetery: get('cemetery'),
    deceased: get('deceased'),
    dateOfDeath: get('dateOfDeath'),
    applicant: get('applicant'),
    nik: get('nik'),
  };
}

function send(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(html);
}

function listPage(): string {
  const rows = cemeteries
    .map(
      (cemetery) =>
        `<tr><td>${cemetery.name}</td><td>${cemetery.kecamatan}</td><td>${cemetery.plots === 0 ? 'Penuh' : cemetery.plots}</td></tr>`,
    )
    .join('\n');
  return page(
    'Ketersediaan petak makam',
    `<table><thead><tr><th>TPU</th><th>Kecamatan</th><th>Petak tersedia</th></tr></thead><tbody>${rows}</tbody></table>
<p><a href="/ajukan">Ajukan izin pemakaman</a></p>
<form method="get" action="/permohonan"><label for="id">Cek permohonan (nomor)</label><input id="id" name="id"><button>Cek</button></form>`,
  );
}

function formPage(values: Partial<Fields> = {}, errors: Partial<Record<keyof Fields, string>> = {}): string {
  const field = (name: keyof Fields, label: string, type = 'text') =>
    `<label for="${name}">${label}</label><input id="${name}" name="${name}" type="${type}" value="${escapeHtml(values[name] ?? '')}"${errors[name] === undefined ? '' : ` aria-invalid="true" aria-describedby="${name}-error"`}>${errors[name] === undefined ? '' : `<span class="error" id="${name}-error">${escapeHtml(errors[name])}</span>`}`;
  const options = cemeteries
    .filter((cemetery) => cemetery.plots > 0)
    .map(
      (cemetery) =>
        `<option value="${cemetery.code}"${values.cemetery === cemetery.code ? ' selected' : ''}>${cemetery.name} (${cemetery.plots} petak)</option>`,
    )
    .join('');
  return page(
    'Ajukan izin pemakaman',
    `${Object.keys(errors).length > 0 ? '<p class="error" role="alert">Periksa isian yang ditandai.</p>' : ''}
<form method="post" action="/ajukan" novalidate>
<label for="cemetery">TPU</label><select id="cemetery" name="cemetery"><option value="">Pilih…</option>${options}</select>${errors.cemetery === undefined ? '' : `<span class="error">${escapeHtml(errors.cemetery)}</span>`}
${field('deceased', 'Nama almarhum/almarhumah')}
${field('dateOfDeath', 'Tanggal wafat', 'date')}
${field('applicant', 'Nama pemohon (ahli waris)')}
${field('nik', 'NIK pemohon')}
<button type="submit">Ajukan</button>
</form>
<p><a href="/">Kembali</a></p>`,
  );
}

/**
 * Izin Pemakaman TPU as it has run for years: server-rendered pages and plain forms, no JavaScript needed. The
 * portal shows it in an iframe entry; it knows nothing of BAS beyond the one line in `page` that reports its
 * height.
 */
export function createLegacyApp(): RequestListener {
  const applications = new Map<string, z.infer<typeof applicationSchema> & { number: string }>();
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://legacy');
    void (async () => {
      if (request.method === 'GET' && url.pathname === '/') return send(response, 200, listPage());
      if (request.method === 'GET' && url.pathname === '/ajukan') return send(response, 200, formPage());
      if (request.method === 'POST' && url.pathname === '/ajukan') {
        const values = await formBody(request);
        const parsed = applicationSchema.safeParse(values);
        if (!parsed.success) {
          const errors = Object.fromEntries(
            parsed.error.issues.map((issue) => [issue.path[0], issue.message]),
          );
          return send(response, 400, formPage(values, errors));
        }
        const number = `TPU-${String(applications.size + 1).padStart(5, '0')}`;
        applications.set(number, { ...parsed.data, number });
        // Post/redirect/get: a reload of the receipt never files the application twice.
        response.writeHead(303, { location: `/permohonan?id=${number}` });
        return response.end();
      }
      if (request.method === 'GET' && url.pathname === '/permohonan') {
        const found = applications.get(url.searchParams.get('id')?.trim().toUpperCase() ?? '');
        if (found === undefined) {
          return send(
            response,
            404,
            page('Permohonan tidak ditemukan', '<p>Periksa nomornya.</p><p><a href="/">Kembali</a></p>'),
          );
        }
        const cemetery = cemeteries.find((candidate) => candidate.code === found.cemetery);
        return send(
          response,
          200,
          page(
            `Permohonan ${found.number}`,
            `<p>Permohonan izin pemakaman <strong>${escapeHtml(found.deceased)}</strong> di ${cemetery?.name ?? ''} diterima dan sedang diverifikasi.</p>
<p>Pemohon: ${escapeHtml(found.applicant)} (NIK …${found.nik.slice(-4)})</p>
<p><a href="/">Kembali</a></p>`,
          ),
        );
      }
      send(response, 404, page('Halaman tidak ditemukan', '<p><a href="/">Kembali ke beranda</a></p>'));
    })().catch(() =>
      send(response, 400, page('Permintaan tidak dapat diproses', '<p><a href="/">Kembali</a></p>')),
    );
  };
}
