/** The languages of the dev IdP's pages: the portal's two. */
export type Language = 'id' | 'en';

const cookie = 'bas-idp-lang';
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The language a page is shown in: the one just chosen with the switch (`?lang=`), else the one chosen before
 * (a cookie of the IdP's origin), else Bahasa Indonesia, as the portal starts. `remember` is the cookie to set
 * when a choice was just made.
 */
export function pageLanguage(
  url: URL,
  cookieHeader: string | undefined,
): { language: Language; remember?: string } {
  const chosen = url.searchParams.get('lang');
  if (chosen === 'id' || chosen === 'en') {
    return { language: chosen, remember: `${cookie}=${chosen}; Path=/; SameSite=Lax` };
  }
  const kept = cookieHeader
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${cookie}=`))
    ?.slice(cookie.length + 1);
  return { language: kept === 'en' ? 'en' : 'id' };
}

/** The portal's ID | EN switch: this page again in the other language. */
export function languageSwitch(url: URL, language: Language): string {
  const link = (target: Language) => {
    const other = new URL(url);
    other.searchParams.set('lang', target);
    const current = target === language ? ' aria-current="true"' : '';
    return `<a href="${escape(`${other.pathname}${other.search}`)}" lang="${target}"${current}>${target.toUpperCase()}</a>`;
  };
  return `<nav class="lang" aria-label="${language === 'id' ? 'Bahasa' : 'Language'}">${link('id')} ${link('en')}</nav>`;
}

/** What every page of the dev IdP shares: its look, the development warning, the switch (to reload `url`). */
export function idpPage(options: { language: Language; url?: URL; title: string; body: string }): string {
  const warning =
    options.language === 'id'
      ? 'Penyedia identitas PENGEMBANGAN: hanya untuk pengembangan dan pengujian, jangan dipakai di produksi.'
      : 'DEVELOPMENT identity provider: for development and tests only, never in production.';
  return `<!doctype html>
<html lang="${options.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(options.title)} · BAS</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f5f7f6;color:#1b1f1d}
.dev{background:#8a1c1c;color:#fff;padding:.75rem 1rem;font-weight:700;margin:0}
.lang{display:flex;gap:.5rem;justify-content:flex-end;max-width:28rem;margin:1rem auto 0;padding:0 1rem}
.lang a{padding:.4rem .8rem;border:1px solid #0b5d3b;border-radius:.375rem;color:#0b5d3b;text-decoration:none;font-weight:700}
.lang a[aria-current]{background:#0b5d3b;color:#fff}
main{max-width:28rem;margin:1rem auto 2rem;background:#fff;padding:1.5rem;border:1px solid #c9d2cd;border-radius:.5rem;box-sizing:border-box}
label{display:block;margin-top:1rem;font-weight:600}
input{width:100%;box-sizing:border-box;padding:.6rem;font:inherit;margin-top:.25rem}
code{font-size:1.6rem;font-weight:700;letter-spacing:.1em}
button{margin-top:1rem;width:100%;padding:.75rem;font:inherit;font-weight:700;border-radius:.375rem;background:#0b5d3b;color:#fff;border:0}
button.deny{background:#fff;color:#1b1f1d;border:1px solid #4a544f}
.error{color:#8a1c1c;font-weight:600}
small{color:#4a544f}
</style>
</head>
<body>
<p class="dev" role="note">${warning}</p>
${options.url === undefined ? '' : languageSwitch(options.url, options.language)}
<main>
${options.body}
</main>
</body>
</html>`;
}

export { escape };
