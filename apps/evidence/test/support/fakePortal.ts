import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The test accounts the stand-in identity provider knows, all with this password. */
export const fakePassword = 'rahasia';
const roles: Record<string, { internal: boolean; agency?: string }> = {
  warga: { internal: false },
  'asn.bkpsdm': { internal: true, agency: 'bkpsdm' },
};

const page = (body: string, head = '') =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8">${head}</head><body style="margin:0;font:16px sans-serif">${body}</body></html>`;

const escape = (value: string) => value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function cookieUser(request: IncomingMessage): string | undefined {
  const found = /(?:^|;\s*)sesi=([^;]+)/.exec(request.headers.cookie ?? '');
  return found?.[1] === undefined ? undefined : decodeURIComponent(found[1]);
}

function send(response: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8') {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

function redirect(response: ServerResponse, location: string, cookie?: string) {
  response.writeHead(302, { location, ...(cookie === undefined ? {} : { 'set-cookie': cookie }) });
  response.end();
}

async function formOf(request: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return new URLSearchParams(body);
}

const content = (title: string, lines: string[]) =>
  `<div class="remote-host" style="padding:16px"><h2>${escape(title)}</h2>${lines
    .map((line) => `<p>${escape(line)}</p>`)
    .join(
      '',
    )}<table border="1"><tr><th>Nomor</th><th>Status</th></tr><tr><td>2026-0001</td><td>Diproses</td></tr></table></div>`;

/**
 * A stand-in for the BAS portal as the screenshots meet it, over HTTP on two origins of this machine. The portal
 * (`url`): `/config.json`, `/api/evidence` (answering `evidence`), a header with the sign-in button or the
 * signed-in person, and app pages under `/layanan/` that behave as the shell does (an app's area, its sign-in
 * prompt, "not for your account", the failure box, an empty area, a frame). The other origin (`site`): an
 * identity provider's sign-in form (`#kc-login`), a legacy app for the frame and a linked app's pages.
 */
export async function startFakePortal(evidence: () => string) {
  let portalOrigin = '';
  let siteOrigin = '';
  // How many times each app that fails was opened.
  let rusakServed = 0;
  let pengumumanServed = 0;

  const portal = createServer((request, response) => {
    const url = new URL(request.url ?? '/', portalOrigin);
    const user = cookieUser(request);
    const header = `<header style="background:#1d5c8c;color:#fff;padding:16px"><b>Bogor Aplikasi Super</b>
<div class="auth-controls">${
      user === undefined
        ? `<form method="get" action="${siteOrigin}/login"><input type="hidden" name="kembali" value="${escape(url.pathname + url.search)}"><button>Masuk</button></form>`
        : `<span class="user-name" data-username="${escape(user)}">Masuk sebagai ${escape(user)}</span>`
    }</div></header>`;
    const shell = (area: string) =>
      page(`${header}<main style="padding:16px"><section class="app-area">${area}</section></main>
<footer style="padding:16px;color:#555">Pemerintah Kota Bogor · Diskominfo</footer>`);
    if (url.pathname === '/config.json') {
      return send(response, 200, JSON.stringify({ manifestUrl: '/api/manifest' }), 'application/json');
    }
    if (url.pathname === '/api/evidence') return send(response, 200, evidence(), 'application/json');
    if (url.pathname === '/masuk/selesai') {
      const who = url.searchParams.get('user') ?? '';
      return redirect(
        response,
        url.searchParams.get('kembali') ?? '/',
        `sesi=${encodeURIComponent(who)}; Path=/; HttpOnly`,
      );
    }
    if (url.pathname === '/')
      return send(response, 200, shell('<h1>Semua layanan Kota Bogor dalam satu portal</h1>'));
    const [, route = '', rest = ''] = /^\/layanan\/([a-z-]+)(.*)$/.exec(url.pathname) ?? [];
    const path = `${rest.replace(/^\//, '')}${url.search}`;
    switch (route) {
      // Fails the first time it is opened, as an app may in a slow moment of a busy portal, and shows after.
      case 'pengumuman':
        pengumumanServed += 1;
        return send(
          response,
          200,
          shell(
            pengumumanServed === 1
              ? '<h1>Pengumuman</h1><div class="remote-failure" role="alert"><h2>Pengumuman sedang tidak dapat dibuka</h2></div><div class="remote-host" hidden></div>'
              : `<h1>Pengumuman</h1>${content('Pengumuman terbaru', ['Jadwal pelayanan libur'])}`,
          ),
        );
      case 'dokumen-kependudukan':
        if (user === undefined) {
          return send(
            response,
            200,
            shell(
              '<h1>Dokumen Kependudukan</h1><div class="login-required"><p>Dokumen Kependudukan memerlukan akun. Silakan masuk untuk membukanya.</p><button type="button">Masuk</button></div>',
            ),
          );
        }
        return send(
          response,
          200,
          shell(
            `<h1>Dokumen Kependudukan</h1>${path.startsWith('baru') ? content('Formulir permohonan KTP-el', ['Langkah 1 dari 4', path]) : content('Permohonan saya', ['Tiga permohonan'])}`,
          ),
        );
      case 'cuti-online':
        if (user === undefined)
          return redirect(response, `${siteOrigin}/login?kembali=${encodeURIComponent(url.pathname)}`);
        if (roles[user]?.agency !== 'bkpsdm') {
          return send(
            response,
            200,
            shell(
              '<section class="not-for-you"><h1>Tidak tersedia untuk akun Anda</h1><p>Hubungi admin.</p></section>',
            ),
          );
        }
        return send(
          response,
          200,
          shell(`<h1>Cuti Online</h1>${content('Sisa cuti tahunan', ['12 dari 12 hari'])}`),
        );
      case 'rusak':
        rusakServed += 1;
        return send(
          response,
          200,
          shell(
            `<h1>Layanan Rusak</h1><div class="remote-failure" role="alert"><h2>Layanan Rusak sedang tidak dapat dibuka</h2><p>Server aplikasi tidak dapat dihubungi.</p><button>Coba lagi</button></div><div class="remote-host" hidden></div><script>console.error('rusak failed while running: TypeError: kali ke-${rusakServed}')</script>`,
          ),
        );
      case 'kosong':
        return send(response, 200, shell('<h1>Layanan Kosong</h1><div class="remote-host"></div>'));
      case 'izin-pemakaman':
        return send(
          response,
          200,
          shell(
            `<h1>Izin Pemakaman TPU</h1><iframe class="app-frame" title="Izin Pemakaman TPU" src="${siteOrigin}/" style="width:100%;height:500px;border:0"></iframe>`,
          ),
        );
      default:
        return send(response, 404, shell('<p role="alert">Layanan tidak ada di katalog.</p>'));
    }
  });

  const site = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', siteOrigin);
      const loginForm = (kembali: string, error = '') =>
        page(`<h1>Masuk ke BAS</h1>${error === '' ? '' : `<p class="error">${escape(error)}</p>`}
<form method="post" action="/login"><input type="hidden" name="kembali" value="${escape(kembali)}">
<label>Nama pengguna <input id="username" name="username"></label>
<label>Kata sandi <input id="password" name="password" type="password"></label>
<input type="submit" id="kc-login" value="Masuk"></form>`);
      if (url.pathname === '/login' && request.method === 'POST') {
        const form = await formOf(request);
        const username = form.get('username') ?? '';
        if (roles[username] === undefined || form.get('password') !== fakePassword) {
          return send(
            response,
            200,
            loginForm(form.get('kembali') ?? '/', 'Nama pengguna atau kata sandi salah.'),
          );
        }
        const back = new URLSearchParams({ user: username, kembali: form.get('kembali') ?? '/' });
        return redirect(response, `${portalOrigin}/masuk/selesai?${back}`);
      }
      if (url.pathname === '/login')
        return send(response, 200, loginForm(url.searchParams.get('kembali') ?? '/'));
      if (url.pathname === '/') {
        return send(
          response,
          200,
          page(
            '<h1>Ketersediaan petak makam</h1><table border="1"><tr><th>TPU</th><th>Petak</th></tr><tr><td>TPU Dreded</td><td>41</td></tr><tr><td>TPU Blender</td><td>17</td></tr></table>',
          ),
        );
      }
      if (url.pathname === '/ajukan') {
        return send(
          response,
          200,
          page(
            '<h1>Ajukan izin pemakaman</h1><form><label>TPU <select><option>TPU Dreded</option></select></label><label>Nama almarhum <input></label><button>Ajukan</button></form>',
          ),
        );
      }
      if (url.pathname === '/tautan/') {
        return send(
          response,
          200,
          page(
            '<h1>Jadwal Posyandu</h1><p>Posyandu Melati, Selasa 08.00</p><p>Posyandu Mawar, Kamis 09.00</p>',
          ),
        );
      }
      if (url.pathname === '/tautan/kosong') return send(response, 200, page(''));
      return send(response, 404, page('<h1>Tidak ditemukan</h1>'));
    })();
  });

  const listen = async (server: typeof portal) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
  portalOrigin = await listen(portal);
  siteOrigin = await listen(site);
  const close = (server: typeof portal) => new Promise<void>((resolve) => server.close(() => resolve()));
  return {
    url: new URL(portalOrigin),
    site: siteOrigin,
    close: async () => {
      portal.closeAllConnections();
      site.closeAllConnections();
      await Promise.all([close(portal), close(site)]);
    },
  };
}
