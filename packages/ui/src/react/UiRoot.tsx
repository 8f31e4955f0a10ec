import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { injectStylesheet } from '../injectStylesheet.ts';
import type { UiLocale } from '../uiTexts.ts';
import { UiLocaleContext } from './UiLocaleContext.ts';

export interface UiRootProps {
  /** The portal's language (`useLocale()` of `@bas/sdk/react`): the kit's own words follow it. */
  locale: UiLocale;
  /** The app's own class, beside `bas-ui`. */
  className?: string | undefined;
  children?: ReactNode;
}

/**
 * An app's root for the kit: a `<div class="bas-ui">` in the portal's language, with the kit's stylesheet added
 * once to the page (or shadow root) before it first paints. Render it once, around the whole app.
 *
 * @example
 * <UiRoot locale={useLocale()} className="dokumen-kependudukan">…</UiRoot>
 */
export function UiRoot({ locale, className, children }: UiRootProps) {
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (root.current !== null) injectStylesheet(root.current);
  }, []);
  return (
    <UiLocaleContext value={locale}>
      <div ref={root} className={className === undefined ? 'bas-ui' : `bas-ui ${className}`} lang={locale}>
        {children}
      </div>
    </UiLocaleContext>
  );
}
