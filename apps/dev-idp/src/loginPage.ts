const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The dev IdP's sign-in page. Its field ids match Keycloak's login page (username, password, kc-login), so one
 * browser suite signs in through either.
 */
export function loginPage(options: { action: string; error?: string; users: string[] }): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Masuk (pengembangan) · BAS</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f5f7f6;color:#1b1f1d}
.dev{background:#8a1c1c;color:#fff;padding:.75rem 1rem;font-weight:700}
main{max-width:24rem;margin:2rem auto;background:#fff;padding:1.5rem;border:1px solid #c9d2cd;border-radius:.5rem}
label{display:block;margin-top:1rem;font-weight:600}
input{width:100%;box-sizing:border-box;padding:.6rem;font:inherit;margin-top:.25rem}
button{margin-top:1.25rem;width:100%;padding:.75rem;font:inherit;font-weight:700;background:#0b5d3b;color:#fff;border:0;border-radius:.375rem}
.error{color:#8a1c1c;font-weight:600}
small{color:#4a544f}
</style>
</head>
<body>
<p class="dev" role="note">Penyedia identitas PENGEMBANGAN: hanya untuk pengembangan dan pengujian, jangan dipakai di produksi. / DEVELOPMENT identity provider: never use in production.</p>
<main>
<h1>Masuk ke BAS</h1>
${options.error === undefined ? '' : `<p class="error" role="alert" id="input-error">${escape(options.error)}</p>`}
<form method="post" action="${escape(options.action)}">
<label for="username">Nama pengguna</label>
<input id="username" name="username" autocomplete="username" required autofocus>
<label for="password">Kata sandi</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button id="kc-login" type="submit">Masuk</button>
</form>
<p><small>Pengguna demo: ${options.users.map(escape).join(', ')}. Kata sandi ada di README.</small></p>
</main>
</body>
</html>`;
}
