const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The device grant's consent page (bas-remote login): which program asks, for which portal's catalog, with the code
 * the terminal shows, and a way to refuse. Keycloak asks the same through `consentRequired` on bas-cli.
 */
export function deviceConfirmPage(options: {
  form: string;
  client: string;
  issuer: string;
  userCode: string;
}) {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Izinkan ${escape(options.client)} · BAS</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f5f7f6;color:#1b1f1d}
.dev{background:#8a1c1c;color:#fff;padding:.75rem 1rem;font-weight:700}
main{max-width:28rem;margin:2rem auto;background:#fff;padding:1.5rem;border:1px solid #c9d2cd;border-radius:.5rem}
code{font-size:1.6rem;font-weight:700;letter-spacing:.1em}
button{margin-top:1rem;width:100%;padding:.75rem;font:inherit;font-weight:700;border-radius:.375rem}
.allow{background:#0b5d3b;color:#fff;border:0}.deny{background:#fff;color:#1b1f1d;border:1px solid #4a544f}
</style>
</head>
<body>
<p class="dev" role="note">Penyedia identitas PENGEMBANGAN / DEVELOPMENT identity provider</p>
<main>
<h1>Izinkan ${escape(options.client)}?</h1>
<p><strong>${escape(options.client)}</strong> meminta izin bertindak atas nama Anda pada katalog aplikasi portal BAS yang masuk melalui <strong>${escape(options.issuer)}</strong>: menerbitkan versi aplikasi dan, bila Anda admin, menyetujuinya.</p>
<p lang="en"><strong>${escape(options.client)}</strong> asks to act for you on the BAS portal's catalog signed in through <strong>${escape(options.issuer)}</strong>: publishing app versions and, if you are an admin, approving them.</p>
<p>Kode di terminal Anda harus sama / The code in your terminal must match:</p>
<p><code>${escape(options.userCode)}</code></p>
<p><small>Jika Anda tidak menjalankan <code style="font-size:inherit">bas-remote login</code> sendiri, tolak. / If you did not run it yourself, refuse.</small></p>
${options.form}
<button class="allow" autofocus type="submit" form="op.deviceConfirmForm">Izinkan / Continue</button>
<button class="deny" type="submit" form="op.deviceConfirmForm" value="yes" name="abort">Tolak / Refuse</button>
</main>
</body>
</html>`;
}
