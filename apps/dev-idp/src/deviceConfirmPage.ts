import { escape, idpPage, type Language } from './pageLanguage.ts';

const texts = {
  id: {
    title: (client: string) => `Izinkan ${client}?`,
    asks: (client: string, issuer: string) =>
      `<strong>${client}</strong> meminta izin bertindak atas nama Anda pada katalog aplikasi portal BAS yang masuk melalui <strong>${issuer}</strong>: menerbitkan versi aplikasi dan, bila Anda admin, menyetujuinya.`,
    match: 'Kode di terminal Anda harus sama:',
    refuseIf:
      'Jika Anda tidak menjalankan <code style="font-size:inherit">bas-remote login</code> sendiri, tolak.',
    allow: 'Izinkan',
    refuse: 'Tolak',
    signedIn: 'Berhasil masuk',
    close: (client: string) => `${client} sudah masuk. Kembali ke terminal; halaman ini boleh ditutup.`,
    enter: 'Masukkan kode dari terminal',
    code: 'Kode',
    next: 'Lanjut',
    failed: 'Kode itu tidak dikenal atau sudah kedaluwarsa. Jalankan bas-remote login lagi.',
  },
  en: {
    title: (client: string) => `Allow ${client}?`,
    asks: (client: string, issuer: string) =>
      `<strong>${client}</strong> asks to act for you on the BAS portal's catalog signed in through <strong>${issuer}</strong>: publishing app versions and, if you are an admin, approving them.`,
    match: 'The code in your terminal must match:',
    refuseIf: 'If you did not run <code style="font-size:inherit">bas-remote login</code> yourself, refuse.',
    allow: 'Allow',
    refuse: 'Refuse',
    signedIn: 'Signed in',
    close: (client: string) => `${client} is signed in. Go back to the terminal; you may close this page.`,
    enter: 'Enter the code from your terminal',
    code: 'Code',
    next: 'Continue',
    failed: 'That code is unknown or has expired. Run bas-remote login again.',
  },
};

interface PageOptions {
  language: Language;
  /** The address the language switch reloads. */
  url: URL;
}

/**
 * The device grant's consent page (bas-remote login): which program asks, for which portal's catalog, with the code
 * the terminal shows, and a way to refuse. Keycloak asks the same through `consentRequired` on bas-cli.
 */
export function deviceConfirmPage(
  options: PageOptions & { form: string; client: string; issuer: string; userCode: string },
): string {
  const t = texts[options.language];
  const client = escape(options.client);
  return idpPage({
    ...options,
    title: t.title(options.client),
    body: `<h1>${t.title(client)}</h1>
<p>${t.asks(client, escape(options.issuer))}</p>
<p>${t.match}</p>
<p><code>${escape(options.userCode)}</code></p>
<p><small>${t.refuseIf}</small></p>
${options.form}
<button autofocus type="submit" form="op.deviceConfirmForm">${t.allow}</button>
<button class="deny" type="submit" form="op.deviceConfirmForm" value="yes" name="abort">${t.refuse}</button>`,
  });
}

/** Where the code is typed when the address did not carry it. */
export function deviceCodeInputPage(options: PageOptions & { form: string; failed: boolean }): string {
  const t = texts[options.language];
  return idpPage({
    ...options,
    title: t.enter,
    body: `<h1>${t.enter}</h1>
${options.failed ? `<p class="error" role="alert">${t.failed}</p>` : ''}
<p>${t.code}:</p>
${options.form.replace('placeholder="Enter code"', `placeholder="${t.code}" aria-label="${t.code}"`)}
<button type="submit" form="op.deviceInputForm">${t.next}</button>`,
  });
}

/** After the sign-in: back to the terminal (nothing is left to read in another language). */
export function deviceSuccessPage(options: { language: Language; client: string }): string {
  const t = texts[options.language];
  return idpPage({
    language: options.language,
    title: t.signedIn,
    body: `<h1>${t.signedIn}</h1><p>${escape(t.close(options.client))}</p>`,
  });
}
