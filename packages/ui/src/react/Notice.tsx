import type { ReactNode } from 'react';
import type { NoticeTone } from '../uiTexts.ts';
import { useUiTexts } from './UiLocaleContext.ts';

export interface NoticeProps {
  tone?: NoticeTone;
  title?: ReactNode;
  /** `status` or `alert` when the notice appears after the page did, so it is announced. */
  role?: 'status' | 'alert' | undefined;
  children?: ReactNode;
}

/**
 * A box that stands out from the page: information, success, a warning or an error. The tone is also said in
 * words to screen readers.
 *
 * @example
 * <Notice tone="success" title="Permohonan terkirim">Nomor permohonan DK-2025-00001.</Notice>
 */
export function Notice({ tone = 'info', title, role, children }: NoticeProps) {
  const { t } = useUiTexts();
  return (
    <div className={`bas-notice bas-notice--${tone}`} role={role}>
      {title === undefined ? (
        <span className="bas-visually-hidden">{t.tones[tone]}: </span>
      ) : (
        <h3 className="bas-notice-title">
          <span className="bas-visually-hidden">{t.tones[tone]}: </span>
          {title}
        </h3>
      )}
      {children}
    </div>
  );
}
