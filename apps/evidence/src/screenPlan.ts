import type { EvidenceService } from '@bas/manifest/evidence';

type Caption = { id: string; en: string };

/** One screenshot to take of a service, in the order its entry lists its screens. */
export interface PlannedScreen {
  /** 1, 2, …: the screenshot is `screenshots/<service id>/<n>.png`. */
  n: number;
  caption: Caption;
  /** The path inside the app its entry declares (`""` for the start page). */
  path: string;
  /**
   * What Chromium opens: the app's page in the portal (`portal`, signed in with an account of the app's role), or
   * a link app's own page (`direct`: it opens outside the portal, so that is what a person sees).
   */
  via: 'portal' | 'direct';
  url: string;
  /** An iframe app's screen other than its start: where its frame is sent once the portal shows it. */
  frameUrl?: string;
  /**
   * Why this screen cannot be taken, in the report's words (a path that leaves the app, an address that is not a
   * web page's): it is then reported, never opened.
   */
  problem?: string;
}

/** The start page's caption, for an app whose entry declares no screens. */
const startCaption = (name: EvidenceService['name']): Caption => ({
  id: `Halaman awal ${name.id} di portal BAS`,
  en: `${name.en}: its start page in the BAS portal`,
});

/** `path` after `base` as the shell's `appPath` puts it: `""` the page itself, `?…` its query, else `/path`. */
function after(base: string, path: string): string {
  if (path === '') return base;
  return /^[?#]/.test(path) ? `${base}${path}` : `${base}/${path.replace(/^\/+/, '')}`;
}

/**
 * `path` inside the app at `appUrl` (an iframe or link app's own address), or undefined when it would leave it:
 * the address is taken as a folder, so `ajukan` under `https://x.go.id/izin` is `https://x.go.id/izin/ajukan`.
 */
function underApp(appUrl: string, path: string): string | undefined {
  if (!URL.canParse(appUrl)) return undefined;
  const base = new URL(appUrl);
  // Only a web page is opened: never `javascript:`, `file:` or `data:`, whatever a catalog may hold.
  if (base.protocol !== 'http:' && base.protocol !== 'https:') return undefined;
  if (path === '') return base.href;
  if (/^[?#]/.test(path)) return new URL(path, base).href;
  if (!base.pathname.endsWith('/')) base.pathname = `${base.pathname}/`;
  base.search = '';
  base.hash = '';
  const target = new URL(path, base);
  return target.origin === base.origin && target.pathname.startsWith(base.pathname) ? target.href : undefined;
}

/**
 * The screenshots to take of `service`: the screens its entry declares (`evidence.screens`, which the registry
 * passes on as `screens`) or, without them, its start page. A federated app's screen is `/layanan/<route>/<path>`
 * in the portal at `portalUrl`; an iframe app is opened in the portal and its frame sent to the path under its
 * own address; a link app opens outside the portal, so its screens are the path under its own address, directly.
 * The registry validated the paths; a path that would still leave the app is planned with a `problem`.
 */
export function screenPlan(service: EvidenceService, portalUrl: URL): PlannedScreen[] {
  const declared = service.screens ?? [];
  const screens = declared.length > 0 ? declared : [{ path: '', caption: startCaption(service.name) }];
  const base = portalUrl.href.endsWith('/') ? portalUrl.href : `${portalUrl.href}/`;
  const inPortal = (path: string) => new URL(after(service.url.portal.replace(/^\/+/, ''), path), base).href;
  const own = service.url.standalone;
  return screens.map(({ path, caption }, index): PlannedScreen => {
    const screen = { n: index + 1, caption, path };
    const leaves = (address: string) =>
      underApp(address, '') === undefined
        ? `alamatnya "${address}" bukan alamat web (http atau https)`
        : `jalurnya "${path}" keluar dari aplikasinya`;
    if (service.kind === 'link' && own !== null) {
      const url = underApp(own, path);
      return url === undefined
        ? { ...screen, via: 'direct', url: own, problem: leaves(own) }
        : { ...screen, via: 'direct', url };
    }
    if (service.kind === 'iframe' && own !== null && path !== '') {
      const frameUrl = underApp(own, path);
      return frameUrl === undefined
        ? { ...screen, via: 'portal', url: inPortal(''), problem: leaves(own) }
        : { ...screen, via: 'portal', url: inPortal(''), frameUrl };
    }
    // A federated app's path is its own route inside the portal's; `..` there would reach another page.
    const url = inPortal(path);
    const app = inPortal('');
    const stays =
      url === app || url.startsWith(`${app}/`) || url.startsWith(`${app}?`) || url.startsWith(`${app}#`);
    return stays
      ? { ...screen, via: 'portal', url }
      : { ...screen, via: 'portal', url: app, problem: `jalurnya "${path}" keluar dari aplikasinya` };
  });
}
