import type { ReactNode } from 'react';
import type { FieldIds } from '../fieldIds.ts';
import { useUiTexts } from './UiLocaleContext.ts';

/** A field's hint and error, each under the id its control's `aria-describedby` names. */
export function FieldHelp({ ids, hint, error }: { ids: FieldIds; hint: ReactNode; error: ReactNode }) {
  const { t } = useUiTexts();
  return (
    <>
      {hint !== undefined && (
        <span id={ids.hint} className="bas-hint">
          {hint}
        </span>
      )}
      {error !== undefined && (
        <span id={ids.error} className="bas-error">
          {/* Colour alone does not say it is an error to someone who cannot see it. */}
          <span className="bas-visually-hidden">{t.tones.error}: </span>
          {error}
        </span>
      )}
    </>
  );
}
