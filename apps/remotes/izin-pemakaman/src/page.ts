const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML: everything a visitor typed goes through this before it is written into a page. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

/**
 * A whole page of the legacy app, as it has always looked, plus one line for the portal: it tells the frame
 * around it how tall the page is, so the portal shows it without a second scrollbar.
 */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Izin Pemakaman TPU</title>
<style>
body { font-family: Verdana, sans-serif; margin: 0; color: #222; background: #fdfdf8; }
header { background: #4b5320; color: #fff; padding: 0.6rem 1rem; }
main { padding: 1rem; max-width: 40rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: 0.35rem; text-align: left; }
label { display: block; margin-top: 0.6rem; }
input, select { font: inherit; padding: 0.3rem; width: 100%; max-width: 24rem; }
.error { color: #a00000; }
button { margin-top: 0.8rem; font: inherit; padding: 0.4rem 1rem; }
</style>
</head>
<body>
<header>Dinas Perumahan dan Permukiman Kota Bogor: Izin Pemakaman TPU</header>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
<script>
addEventListener('load', function () {
  if (parent !== window) parent.postMessage({ type: 'bas:resize', height: document.documentElement.scrollHeight }, '*');
});
</script>
</body>
</html>`;
}
