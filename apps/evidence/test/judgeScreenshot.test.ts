import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankVariance, createPixelMeter, judgeScreenshot, type PixelMeter } from '../src/judgeScreenshot.ts';
import { launchChromium } from '../src/launchChromium.ts';
import { skipWithoutPrintingTools } from './support/printingTools.ts';

/** The portal's frame around an app's area, as the shell draws it: a header with the brand and a footer. */
const portal = (area: string) => `<!doctype html><html lang="id"><body style="margin:0;font:16px sans-serif">
<header style="background:#1d5c8c;color:#fff;padding:16px"><b>Bogor Aplikasi Super</b>
<div class="auth-controls"><button type="button">Masuk</button></div></header>
<main style="padding:16px"><section class="app-area"><h1>Aduan Warga</h1>${area}</section></main>
<footer style="padding:16px;color:#555">Pemerintah Kota Bogor · Diskominfo</footer></body></html>`;

const appContent = `<div class="remote-host" data-app="aduan-warga" style="min-height:400px">
<h2>Laporkan masalah di sekitar Anda</h2>
<form><label>Kategori <select><option>Lampu penerangan jalan</option></select></label>
<label>Lokasi <input value="Jl. Pajajaran No. 10"></label><button>Kirim aduan</button></form>
<table border="1"><tr><th>Tiket</th><th>Status</th></tr><tr><td>ADU-2026-0001</td><td>Ditindaklanjuti</td></tr></table></div>`;

describe.skipIf(skipWithoutPrintingTools())('judgeScreenshot (PNGs made by Chromium)', () => {
  let browser: Browser;
  let meter: PixelMeter;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    meter = await createPixelMeter(browser);
    // Local pages alone: nothing here is fetched.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/*', (route) => route.abort());
    page = await context.newPage();
  }, 30_000);
  afterAll(async () => {
    await meter?.close();
    await browser?.close();
  });

  /** Shows `html`, takes its screenshot as the capture does, and judges it. */
  async function judge(html: string) {
    await page.setContent(html, { waitUntil: 'load' });
    const png = await page.screenshot({ type: 'png' });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    return judgeScreenshot(page, png, meter);
  }

  it('finds a white page, or one of a single colour, blank', async () => {
    expect(await judge('<!doctype html><body></body>')).toEqual({
      verdict: 'blank',
      reason: 'tampilan kosong (hampir tanpa variasi piksel)',
    });
    expect((await judge('<!doctype html><body style="background:#1d5c8c"></body>')).verdict).toBe('blank');
  });

  it("finds the portal blank when the app's area is empty, though its header and footer are drawn", async () => {
    expect(await judge(portal('<div class="remote-host" data-app="aduan-warga"></div>'))).toEqual({
      verdict: 'blank',
      reason: 'bagian layanan di portal kosong',
    });
    expect(
      (await judge(portal('<div class="remote-host" style="height:300px;background:#fff"></div>'))).verdict,
    ).toBe('blank');
  });

  it("finds the portal's failure box an error, with its words", async () => {
    const failure = `<div class="remote-failure" role="alert" data-error-code="REMOTE_TIMEOUT">
<h2>Aduan Warga sedang tidak dapat dibuka</h2><p>Server aplikasi tidak menjawab dalam 8 detik.</p>
<p>Bagian lain portal tetap dapat digunakan.</p><button>Coba lagi</button></div>
<div class="remote-host" hidden></div>`;
    const judgement = await judge(portal(failure));
    expect(judgement.verdict).toBe('error');
    // What failed and why, in words apart, without the buttons' labels run into them.
    expect(judgement.reason).toBe(
      'portal menampilkan pesan gagal: "Aduan Warga sedang tidak dapat dibuka. Server aplikasi tidak menjawab dalam 8 detik."',
    );
    // The English portal's words too.
    expect(
      (await judge(portal('<div role="alert">Aduan Warga cannot be opened right now</div>'))).verdict,
    ).toBe('error');
  });

  it("finds the identity provider's sign-in form, and the portal's sign-in prompt, a login", async () => {
    const idp = `<!doctype html><body style="font:16px sans-serif"><h1>Masuk ke BAS</h1>
<form method="post"><label>Nama pengguna <input id="username" name="username"></label>
<label>Kata sandi <input id="password" name="password" type="password"></label>
<input type="submit" id="kc-login" value="Masuk"></form></body>`;
    expect(await judge(idp)).toEqual({
      verdict: 'login',
      reason: 'menampilkan halaman masuk, bukan layanannya',
    });
    const prompt = `<div class="login-required"><p>Aduan Warga memerlukan akun. Silakan masuk untuk membukanya.</p>
<button type="button">Masuk</button></div>`;
    expect((await judge(portal(prompt))).verdict).toBe('login');
    // An app in a frame that shows the sign-in form is no evidence either.
    expect(
      (await judge(portal(`<iframe class="app-frame" srcdoc='${idp.replaceAll("'", '&#39;')}'></iframe>`)))
        .verdict,
    ).toBe('login');
  });

  it('finds "not for your account" forbidden', async () => {
    const page = `<section class="not-for-you"><h1>Tidak tersedia untuk akun Anda</h1><p>Halaman ini hanya untuk ASN.</p></section>`;
    expect((await judge(portal(page))).verdict).toBe('forbidden');
  });

  it('finds a page that shows the app ok, in the portal and on its own', async () => {
    expect(await judge(portal(appContent))).toEqual({ verdict: 'ok', reason: '' });
    const legacy = `<!doctype html><body style="font:16px sans-serif"><h1>Ketersediaan petak makam</h1>
<table border="1"><tr><th>TPU</th><th>Petak tersedia</th></tr><tr><td>TPU Dreded</td><td>41</td></tr></table></body>`;
    expect((await judge(legacy)).verdict).toBe('ok');
  });

  it('measures the variance of the PNG itself: none for white, above the threshold for a line of text', async () => {
    await page.setContent('<body></body>');
    expect(await meter.variance(await page.screenshot())).toBe(0);
    await page.setContent(
      '<body style="font:16px sans-serif"><p>Ketersediaan petak makam di setiap TPU</p></body>',
    );
    expect(await meter.variance(await page.screenshot())).toBeGreaterThan(blankVariance);
    // The clip: the text's corner has it, the bottom of the page does not.
    const png = await page.screenshot();
    expect(await meter.variance(png, { x: 0, y: 600, width: 1280, height: 200 })).toBe(0);
  });
});
