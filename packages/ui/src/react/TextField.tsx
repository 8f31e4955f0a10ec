import { useId, type HTMLAttributes, type ReactNode } from 'react';
import { describedBy, fieldIds } from '../fieldIds.ts';
import { FieldHelp } from './FieldHelp.tsx';

export interface TextFieldProps {
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  onBlur?: (() => void) | undefined;
  /** The control's id, for an error summary's link; one is made when not given. */
  id?: string | undefined;
  name?: string | undefined;
  /** What to write and how, shown between the label and the control. */
  hint?: ReactNode;
  /** What is wrong and how to fix it; marks the control invalid. */
  error?: ReactNode;
  /** A text area of that many rows instead of one line. */
  rows?: number | undefined;
  /** `short` for values of a few characters (a date, a postcode), so the box says what fits. */
  width?: 'full' | 'short' | undefined;
  type?: 'text' | 'email' | 'tel' | 'url' | undefined;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  autoComplete?: string | undefined;
  /**
   * Said to assistive technology (`aria-required`), for a field whose need changes with the rest of the form (a
   * street, unless a pin is dropped); the browser's own check stays off, the app's check speaks.
   */
  required?: boolean | undefined;
}

/**
 * A labelled text input (or text area), its hint and error tied to it with `aria-describedby` and
 * `aria-invalid`.
 *
 * @example
 * <TextField id="nik" label="NIK" hint="16 angka" value={nik} onChange={setNik} error={errors.nik} inputMode="numeric" />
 */
export function TextField({
  label,
  hint,
  error,
  id,
  rows,
  width = 'full',
  type = 'text',
  inputMode,
  onChange,
  required,
  ...props
}: TextFieldProps) {
  const generated = useId();
  const ids = fieldIds(id ?? `bas-${generated}`);
  const control = {
    ...props,
    id: ids.control,
    className: width === 'short' ? 'bas-input bas-input--short' : 'bas-input',
    'aria-invalid': error === undefined ? undefined : true,
    'aria-required': required,
    'aria-describedby': describedBy(hint !== undefined && ids.hint, error !== undefined && ids.error),
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className={error === undefined ? 'bas-field' : 'bas-field bas-field--invalid'}>
      <label className="bas-label" htmlFor={ids.control}>
        {label}
      </label>
      <FieldHelp ids={ids} hint={hint} error={error} />
      {rows === undefined ? (
        <input {...control} type={type} inputMode={inputMode} />
      ) : (
        <textarea {...control} rows={rows} />
      )}
    </div>
  );
}
