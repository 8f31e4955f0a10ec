import type { Browser, Page } from 'playwright-core';

/**
 * What a screenshot shows: the app (`ok`), or something that is no evidence of it: an empty area (`blank`), the
 * portal's failure box (`error`), a sign-in page or prompt (`login`), or "not for your account" (`forbidden`).
 */
export type ScreenVerdict = 'ok' | 'blank' | 'error' | 'login' | 'forbidden';

export interface Judgement {
  verdict: ScreenVerdict;
  /** Why, in the report's words (Indonesian), for a verdict other than `ok`. */
  reason: string;
}

/**
 * Below this variance of the luminance (0–255, so a standard deviation of 4 levels) an area is blank: a white
 * page, one colour, a lone spinner. A line of text across a 1280 × 800 page is well above it.
 */
export const blankVariance = 16;

/**
 * The variance of a PNG's luminance, or of the rectangle `clip` of it, measured in a page of its own: no PNG
 * decoder is among this package's libraries, and Chromium decodes one with `createImageBitmap`. That page loads
 * nothing (every request is refused) and is given the image as bytes, not as an address.
 */
export interface PixelMeter {
  variance(png: Buffer, clip?: { x: number; y: number; width: number; height: number }): Promise<number>;
  close(): Promise<void>;
}

export async function createPixelMeter(browser: Browser): Promise<PixelMeter> {
  const context = await browser.newContext();
  await context.route('**/*', (route) => route.abort());
  const page = await context.newPage();
  return {
    variance: (png, clip) =>
      page.evaluate(
        async ({ base64, clip: area }) => {
          const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const x = Math.max(0, Math.floor(area?.x ?? 0));
          const y = Math.max(0, Math.floor(area?.y ?? 0));
          const width = Math.min(bitmap.width - x, Math.floor(area?.width ?? bitmap.width));
          const height = Math.min(bitmap.height - y, Math.floor(area?.height ?? bitmap.height));
          if (width <= 0 || height <= 0) return 0;
          const canvas = new OffscreenCanvas(width, height);
          const context2d = canvas.getContext('2d');
          if (context2d === null) throw new Error('no 2d canvas');
          context2d.drawImage(bitmap, x, y, width, height, 0, 0, width, height);
          const { data } = context2d.getImageData(0, 0, width, height);
          let sum = 0;
          let squares = 0;
          for (let at = 0; at < data.length; at += 4) {
            const luminance =
              0.2126 * (data[at] ?? 0) + 0.7152 * (data[at + 1] ?? 0) + 0.0722 * (data[at + 2] ?? 0);
            sum += luminance;
            squares += luminance * luminance;
          }
          const count = data.length / 4;
          const mean = sum / count;
          // Thousandths: the subtraction's rounding error is not variance (a white page is 0, not 7e-12).
          return Math.max(0, Math.round((squares / count - mean * mean) * 1000) / 1000);
        },
        { base64: png.toString('base64'), clip },
      ),
    close: () => context.close(),
  };
}

/** The portal's failure box (RemoteFailure: role=alert), in either language, and its other "cannot open" notes. */
const failureText =
  /sedang tidak dapat dibuka|cannot be opened right now|tidak ada di katalog|is not in the catalog|Halaman ini tidak dapat dimuat|sedang dalam pemeliharaan/i;

/**
 * Whether the page, in any of its frames, shows a sign-in: the identity provider's form (`#kc-login`, Keycloak's
 * and the dev IdP's), the portal's "needs an account" prompt (`.login-required`) or its "taking you to sign in"
 * note.
 */
async function showsSignIn(page: Page): Promise<boolean> {
  for (const frame of page.frames()) {
    const found = await frame
      .locator('#kc-login, .login-required')
      .count()
      .catch(() => 0);
    if (found > 0) return true;
  }
  return (await page.getByText(/Mengarahkan ke halaman masuk|Redirecting to sign in/).count()) > 0;
}

/** The app's own area in the portal page: a federated app's host element or an iframe app's frame. */
async function appArea(page: Page) {
  const viewport = page.viewportSize();
  for (const selector of ['.remote-host:not([hidden])', 'iframe.app-frame']) {
    const element = page.locator(selector).first();
    if ((await element.count()) === 0) continue;
    const box = await element.boundingBox();
    if (box === null || viewport === null) return { x: 0, y: 0, width: 0, height: 0 };
    const x = Math.max(0, box.x);
    const y = Math.max(0, box.y);
    return {
      x,
      y,
      width: Math.max(0, Math.min(box.x + box.width, viewport.width) - x),
      height: Math.max(0, Math.min(box.y + box.height, viewport.height) - y),
    };
  }
  return undefined;
}

/**
 * Whether the screenshot `png` of `page` (taken as it is now) is evidence of the app. A sign-in, the portal's
 * "not for your account" or failure box are read from the page; blankness from the pixels, of the app's area when
 * the page is the portal's (the portal's header alone is no evidence of the app) and of the whole page otherwise.
 */
export async function judgeScreenshot(page: Page, png: Buffer, meter: PixelMeter): Promise<Judgement> {
  if (await showsSignIn(page)) {
    return { verdict: 'login', reason: 'menampilkan halaman masuk, bukan layanannya' };
  }
  if ((await page.locator('.not-for-you').count()) > 0) {
    return { verdict: 'forbidden', reason: 'akun yang dipakai tidak berhak membuka layanan ini' };
  }
  const failure = page.locator('[role="alert"], .remote-failure').filter({ hasText: failureText });
  if ((await failure.count()) > 0) {
    // The box's title and its first line (what failed and why), as laid out: its buttons and links say nothing.
    const lines = (await failure.first().innerText())
      .split('\n')
      .map((line) => line.trim().replace(/[.!]$/, ''))
      .filter((line) => line !== '');
    return { verdict: 'error', reason: `portal menampilkan pesan gagal: "${lines.slice(0, 2).join('. ')}."` };
  }
  const area = await appArea(page);
  if (area !== undefined && (area.width < 8 || area.height < 8)) {
    return { verdict: 'blank', reason: 'bagian layanan di portal kosong' };
  }
  const variance = await meter.variance(png, area);
  if (variance < blankVariance) {
    return { verdict: 'blank', reason: 'tampilan kosong (hampir tanpa variasi piksel)' };
  }
  return { verdict: 'ok', reason: '' };
}
