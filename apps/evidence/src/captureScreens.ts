import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvidenceService } from '@bas/manifest/evidence';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createPixelMeter, judgeScreenshot, type PixelMeter, type ScreenVerdict } from './judgeScreenshot.ts';
import { launchChromium } from './launchChromium.ts';
import { internalAccountFor, type ScreenAccount, type ScreenAccounts } from './screenAccounts.ts';
import { screenPlan, type PlannedScreen } from './screenPlan.ts';
import { signInForScreens } from './signInForScreens.ts';

/** A screenshot that shows the app: in the report and the ZIP. */
export interface CapturedScreen {
  n: number;
  caption: { id: string; en: string };
  url: string;
  /** Its path under the evidence folder: `screenshots/<service id>/<n>.png`. */
  file: string;
  png: Buffer;
  /** Who it was taken as: a username, or `anonim`. */
  account: string;
}

/** A planned screen that is no evidence: not in the report's images, but named on the service's page. */
export interface MissingScreen {
  n: number;
  caption: { id: string; en: string };
  url: string;
  /** What the screenshot showed instead (ScreenVerdict), or `failed` when none could be taken. */
  status: Exclude<ScreenVerdict, 'ok'> | 'failed';
  /** Why, in the report's words (Indonesian). */
  reason: string;
}

export interface ServiceScreens {
  captured: CapturedScreen[];
  missing: MissingScreen[];
}

export interface CaptureOptions {
  /** The portal the screenshots are taken through. */
  portalUrl: URL;
  /** The evidence folder: screenshots go to its `screenshots/`, which is emptied first. */
  dir: string;
  accounts: ScreenAccounts;
  /** How long a page may take to load and settle, and a sign-in each step of its own; 20 s. */
  timeoutMs?: number;
  /** A browser to use (and leave open); by default Chromium is launched and closed. */
  browser?: Browser;
  /** Told after each service, with how many are done of all: the console shows how far a report is. */
  onService?: (done: number, total: number) => void;
  /** Services photographed at once, each in its own pages; 3. */
  concurrency?: number;
}

/** The viewport: a laptop's screen, the size an evaluator reads a screenshot at on an A4 page. */
const viewport = { width: 1280, height: 800 };

/**
 * Waits for the page to settle: its network quiet, and no "Memuat …" / "Memeriksa sesi…" note of the portal's
 * (a role=status ending in "…") left; either wait gives up after its time and the page is taken as it is.
 */
async function settle(page: Page, timeoutMs: number, inPortal: boolean): Promise<void> {
  if (inPortal) {
    // The portal decides what to show after its scripts start: until then the page may be quiet and empty, which a
    // busy machine stretches. Wait for the app, its frame, or the portal's word on why not.
    await page
      .waitForSelector(portalOutcome, { state: 'attached', timeout: timeoutMs })
      .catch(() => undefined);
  }
  await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);
  await page
    .waitForFunction(
      () =>
        !Array.from(document.querySelectorAll('[role="status"]')).some(
          (element) => element.checkVisibility() && /…\s*$/.test(element.textContent ?? ''),
        ),
      undefined,
      { timeout: timeoutMs, polling: 200 },
    )
    .catch(() => undefined);
  // Fonts and the last paint after the app's data arrived.
  await page.evaluate(() => document.fonts.ready).catch(() => undefined);
  await page.waitForTimeout(300);
}

/** What a portal page shows once it has decided: the app, its frame, a failure, a sign-in or "not for you". */
const portalOutcome = [
  '.remote-host:not([hidden]) > *',
  'iframe.app-frame',
  '[role="alert"]',
  '.remote-failure',
  '.login-required',
  '.not-for-you',
  '#kc-login',
].join(', ');

type Session = { context: BrowserContext; refused: string | undefined };

/**
 * Takes the screenshots of `services` through the portal (screenPlan): public apps anonymously, or as the public
 * account when the portal asks that app's visitors to sign in; internal apps as a civil servant of the app's
 * agency or the general internal account (ScreenAccounts); link apps at their own address. Each screenshot is
 * judged (judgeScreenshot): one that shows the app is written to `screenshots/<id>/<n>.png`; a blank one, the
 * portal's failure box or a sign-in page is left out and reported as missing, with why.
 */
export async function captureScreens(
  services: readonly EvidenceService[],
  options: CaptureOptions,
): Promise<Map<string, ServiceScreens>> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const root = join(options.dir, 'screenshots');
  // The folder's files are replaced on every run: a screenshot of an app since removed must not stay in the ZIP.
  rmSync(root, { recursive: true, force: true });
  const browser = options.browser ?? (await launchChromium());
  const meter: PixelMeter = await createPixelMeter(browser);
  const sessions = new Map<string, Promise<Session>>();

  /** One browser context per account, signed in once: `refused` says why it could not sign in. */
  const sessionFor = (account: ScreenAccount | undefined): Promise<Session> => {
    const key = account === undefined ? '' : `user:${account.username}`;
    let session = sessions.get(key);
    if (session === undefined) {
      session = (async () => {
        const context = await browser.newContext({
          viewport,
          locale: 'id-ID',
          timezoneId: 'Asia/Jakarta',
          reducedMotion: 'reduce',
          deviceScaleFactor: 1,
        });
        if (account === undefined) return { context, refused: undefined };
        const refused = await signInForScreens(context, options.portalUrl, account, timeoutMs).then(
          () => undefined,
          (error: unknown) => `${account.username} tidak dapat masuk: ${(error as Error).message}`,
        );
        return { context, refused };
      })();
      sessions.set(key, session);
    }
    return session;
  };

  /**
   * Opens `screen` as `account` and judges it; the PNG when it shows the app. A screen that does not show it is
   * taken once more before it is reported missing: one slow moment of a busy portal is not a service without evidence.
   */
  async function take(
    screen: PlannedScreen,
    account: ScreenAccount | undefined,
  ): Promise<{ verdict: ScreenVerdict | 'failed'; reason: string; png?: Buffer }> {
    const first = await takeOnce(screen, account);
    // A visitor asked to sign in is the app's rule, not a slow moment.
    const asked = first.verdict === 'login' && account === undefined;
    return first.verdict === 'ok' || asked ? first : takeOnce(screen, account);
  }

  async function takeOnce(
    screen: PlannedScreen,
    account: ScreenAccount | undefined,
  ): Promise<{ verdict: ScreenVerdict | 'failed'; reason: string; png?: Buffer }> {
    const { context, refused } = await sessionFor(account);
    if (refused !== undefined) return { verdict: 'failed', reason: refused };
    const page = await context.newPage();
    // What went wrong in the page, said beside a screenshot that shows no app: the report's reader (and a
    // developer) sees why, not only that it failed.
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const withErrors = (reason: string) =>
      errors.length === 0 ? reason : `${reason} (galat di halaman: ${errors[0]?.slice(0, 300) ?? ''})`;
    try {
      const response = await page.goto(screen.url, { waitUntil: 'load', timeout: timeoutMs });
      if (response !== null && response.status() >= 400) {
        return { verdict: 'failed', reason: `alamatnya menjawab HTTP ${response.status()}` };
      }
      if (screen.frameUrl !== undefined) {
        const frame = await page.waitForSelector('iframe.app-frame', { timeout: timeoutMs }).then(
          (element) => element.contentFrame(),
          () => null,
        );
        if (frame === null) {
          await settle(page, timeoutMs, true);
        } else {
          await frame.goto(screen.frameUrl, { waitUntil: 'load', timeout: timeoutMs });
        }
      }
      await settle(page, timeoutMs, screen.via === 'portal');
      const png = await page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' });
      const { verdict, reason } = await judgeScreenshot(page, png, meter);
      return verdict === 'ok' ? { verdict, reason, png } : { verdict, reason: withErrors(reason) };
    } catch (error) {
      const message = (error as Error).message.split('\n')[0] ?? '';
      return { verdict: 'failed', reason: withErrors(`tidak dapat dibuka: ${message}`) };
    } finally {
      await page.close();
    }
  }

  /** Every planned screen of one service, taken or listed as missing. */
  async function photograph(service: EvidenceService): Promise<ServiceScreens> {
    const captured: CapturedScreen[] = [];
    const missing: MissingScreen[] = [];
    const internal = service.role === 'internal' ? internalAccountFor(service, options.accounts) : undefined;
    for (const screen of screenPlan(service, options.portalUrl)) {
      const shown = { n: screen.n, caption: screen.caption, url: screen.frameUrl ?? screen.url };
      if (screen.problem !== undefined) {
        missing.push({ ...shown, status: 'failed', reason: `tidak diambil: ${screen.problem}` });
        continue;
      }
      // A link app's page is outside the portal: taken as any visitor sees it, with no portal session.
      if (screen.via === 'portal' && service.role === 'internal' && internal === undefined) {
        missing.push({
          ...shown,
          status: 'failed',
          reason:
            'tidak ada akun ASN untuk membukanya (atur BAS_EVIDENCE_INTERNAL_USER dan BAS_EVIDENCE_INTERNAL_PASSWORD)',
        });
        continue;
      }
      let account = screen.via === 'portal' ? internal : undefined;
      let result = await take(screen, account);
      // A public app that asks its visitors to sign in is taken again as the citizen's account.
      if (
        result.verdict === 'login' &&
        screen.via === 'portal' &&
        service.role === 'public' &&
        options.accounts.public !== undefined
      ) {
        account = options.accounts.public;
        result = await take(screen, account);
      } else if (result.verdict === 'login' && service.role === 'public' && screen.via === 'portal') {
        result = {
          ...result,
          reason: `${result.reason}; tidak ada akun warga untuk masuk (atur BAS_EVIDENCE_PUBLIC_USER dan BAS_EVIDENCE_PUBLIC_PASSWORD)`,
        };
      }
      if (result.verdict === 'ok' && result.png !== undefined) {
        const file = `screenshots/${service.id}/${screen.n}.png`;
        mkdirSync(join(root, service.id), { recursive: true });
        writeFileSync(join(options.dir, file), result.png);
        captured.push({ ...shown, file, png: result.png, account: account?.username ?? 'anonim' });
      } else {
        missing.push({
          ...shown,
          status: result.verdict === 'ok' ? 'failed' : result.verdict,
          reason: result.reason,
        });
      }
    }
    return { captured, missing };
  }

  const photographed: ServiceScreens[] = [];
  let next = 0;
  let done = 0;
  // A few services at a time: most of a screenshot's time is spent waiting for the page to settle, not computing.
  const worker = async () => {
    for (let index = next++; index < services.length; index = next++) {
      photographed[index] = await photograph(services[index] as EvidenceService);
      done += 1;
      options.onService?.(done, services.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 3, services.length) }, worker));
  } finally {
    await meter.close().catch(() => undefined);
    for (const session of sessions.values()) {
      const opened = await session.catch(() => undefined);
      await opened?.context.close().catch(() => undefined);
    }
    if (options.browser === undefined) await browser.close();
  }
  return new Map(services.map((service, index) => [service.id, photographed[index] as ServiceScreens]));
}
