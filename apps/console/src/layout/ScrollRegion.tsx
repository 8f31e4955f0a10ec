import type { ReactNode } from 'react';
import { useTexts } from '../i18n/useTexts.ts';

/**
 * A wide table's own scrolling box: on a 360 px screen the table scrolls sideways inside it rather than the page.
 * It takes the focus (`tabIndex=0`) so a keyboard can scroll it, and is named so a screen reader says what it is.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const t = useTexts();
  return (
    <div className="table-scroll" role="region" aria-label={t.scrollHint({ table: label })} tabIndex={0}>
      {children}
    </div>
  );
}
