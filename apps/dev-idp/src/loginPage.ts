import { escape, idpPage, type Language } from './pageLanguage.ts';

const texts = {
  id: {
    title: 'Masuk ke BAS',
    username: 'Nama pengguna',
    password: 'Kata sandi',
    submit: 'Masuk',
    users: (list: string) => `Pengguna demo: ${list}. Kata sandi ada di README.`,
    expired: 'Sesi masuk sudah kedaluwarsa. Kembali ke portal dan coba masuk lagi.',
    wrong: 'Nama pengguna atau kata sandi salah.',
  },
  en: {
    title: 'Sign in to BAS',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    users: (list: string) => `Demo users: ${list}. The password is in the README.`,
    expired: 'This sign-in has expired. Go back to the portal and sign in again.',
    wrong: 'Wrong username or password.',
  },
};

/**
 * The dev IdP's sign-in page, in one language with the portal's switch. Its field ids match Keycloak's login page
 * (username, password, kc-login), so one browser suite signs in through either.
 */
export function loginPage(options: {
  action: string;
  error?: 'expired' | 'wrong';
  users: string[];
  language: Language;
  url: URL;
}): string {
  const t = texts[options.language];
  return idpPage({
    language: options.language,
    url: options.url,
    title: t.title,
    body: `<h1>${t.title}</h1>
${options.error === undefined ? '' : `<p class="error" role="alert" id="input-error">${t[options.error]}</p>`}
<form method="post" action="${escape(options.action)}">
<label for="username">${t.username}</label>
<input id="username" name="username" autocomplete="username" required autofocus>
<label for="password">${t.password}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button id="kc-login" type="submit">${t.submit}</button>
</form>
<p><small>${escape(t.users(options.users.join(', ')))}</small></p>`,
  });
}
