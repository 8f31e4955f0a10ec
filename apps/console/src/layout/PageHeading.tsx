import { useEffect } from 'react';
import { useTexts } from '../i18n/useTexts.ts';

/**
 * A page's one `h1`, which also names the browser tab after it ("Antrean persetujuan — Pusat Kendali BAS"), so a
 * person with several tabs, or a screen reader announcing the page, hears which page this is.
 */
export function PageHeading({ text }: { text: string }) {
  const t = useTexts();
  const title = t.pageTitle({ page: text });
  useEffect(() => {
    document.title = title;
  }, [title]);
  return <h1>{text}</h1>;
}
