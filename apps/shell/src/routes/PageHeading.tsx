import { useEffect } from 'react';

/**
 * A page's main heading, which also names the browser tab after it (WCAG 2.4.2): a person with several tabs, or
 * a screen reader announcing the page, hears which page this is, not the portal's name on every one.
 */
export function PageHeading({ text, id }: { text: string; id?: string }) {
  useEffect(() => {
    document.title = `${text} · BAS Kota Bogor`;
  }, [text]);
  return <h1 id={id}>{text}</h1>;
}
