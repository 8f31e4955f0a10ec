import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';
import { useUiTexts } from './UiLocaleContext.ts';

export interface FieldError {
  /** The id of the field's control (TextField's `id`, a group's first option). */
  fieldId: string;
  message: ReactNode;
}

export interface ErrorSummaryProps {
  /** The errors, in the order of the fields on the page; nothing is shown while there are none. */
  errors: readonly FieldError[];
  title?: ReactNode;
}

/**
 * What is wrong with a form, at its top: a heading and one link per field in error. It takes the focus each time
 * it is shown with a new list (after every refused submit), so a screen reader reads it and a keyboard user starts
 * from it; each link puts the focus in its field.
 *
 * @example
 * <ErrorSummary errors={[{ fieldId: 'nik', message: 'NIK harus 16 angka' }]} />
 */
export function ErrorSummary({ errors, title }: ErrorSummaryProps) {
  const { t } = useUiTexts();
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) box.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;

  // The shell's router owns the address: a #fragment would be taken for a page of the app, so the link moves the
  // focus itself. The field is looked up where the summary lives, also inside a shadow root.
  const focusField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    event.preventDefault();
    const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
    const field = root.getElementById(fieldId);
    field?.scrollIntoView?.({ block: 'center' });
    field?.focus();
  };
  return (
    <div ref={box} className="bas-error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId}>{title ?? t.errorSummaryTitle}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
