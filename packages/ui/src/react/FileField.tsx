import { useId, type ReactNode, type Ref } from 'react';
import { describedBy, fieldIds } from '../fieldIds.ts';
import { FieldHelp } from './FieldHelp.tsx';
import { useUiTexts } from './UiLocaleContext.ts';

export interface FileFieldProps {
  label: ReactNode;
  /** The chosen files; none when the choice was cleared. */
  onChange(files: File[]): void;
  /** What the button says ("Pilih foto"); the kit's "Pilih file" when not given. */
  button?: ReactNode;
  /** The types offered, as the input's `accept`: `image/jpeg,image/png`. */
  accept?: string | undefined;
  multiple?: boolean | undefined;
  /** The control's id, for an error summary's link; one is made when not given. */
  id?: string | undefined;
  name?: string | undefined;
  hint?: ReactNode;
  error?: ReactNode;
  /** What was chosen, under the button (a preview, the file's name, a way to remove it): the hidden input no longer says. */
  children?: ReactNode;
  /** The input itself, to clear it (`value = ''`) when the app drops the file. */
  ref?: Ref<HTMLInputElement> | undefined;
}

/**
 * A labelled file input that looks like a secondary button. The native input stays, visually hidden, so it keeps
 * the keyboard, the picker and the field's label as its name; the button is a second label for it, for the eye
 * and the pointer, and its focus ring shows when the input has the focus.
 *
 * @example
 * <FileField label="Foto (tidak wajib)" button="Pilih foto" accept="image/jpeg" onChange={([file]) => choose(file)} />
 */
export function FileField({
  label,
  onChange,
  button,
  accept,
  multiple,
  id,
  name,
  hint,
  error,
  children,
  ref,
}: FileFieldProps) {
  const { t } = useUiTexts();
  const generated = useId();
  const ids = fieldIds(id ?? `bas-${generated}`);
  const labelId = `${ids.control}-label`;
  return (
    <div className={error === undefined ? 'bas-field' : 'bas-field bas-field--invalid'}>
      <label id={labelId} className="bas-label" htmlFor={ids.control}>
        {label}
      </label>
      <FieldHelp ids={ids} hint={hint} error={error} />
      <div className="bas-file">
        <input
          ref={ref}
          id={ids.control}
          name={name}
          type="file"
          className="bas-file-input"
          accept={accept}
          multiple={multiple}
          // The field's label alone names it: the button's words would repeat what the role already says.
          aria-labelledby={labelId}
          aria-invalid={error === undefined ? undefined : true}
          aria-describedby={describedBy(hint !== undefined && ids.hint, error !== undefined && ids.error)}
          onChange={(event) => onChange([...(event.target.files ?? [])])}
        />
        <label className="bas-button bas-button--secondary bas-file-button" htmlFor={ids.control} aria-hidden>
          {button ?? t.chooseFile}
        </label>
      </div>
      <div className="bas-file-chosen">{children}</div>
    </div>
  );
}
