import { useId, type ReactNode } from 'react';
import { describedBy, fieldIds } from '../fieldIds.ts';
import { FieldHelp } from './FieldHelp.tsx';
import type { Option } from './OptionGroup.tsx';
import { useUiTexts } from './UiLocaleContext.ts';

export interface SelectFieldProps<Value extends string> {
  label: ReactNode;
  options: readonly Omit<Option<Value>, 'hint'>[];
  /** The chosen value; `''` shows the "choose" line. */
  value: Value | '';
  onChange(value: Value | ''): void;
  id?: string | undefined;
  name?: string | undefined;
  hint?: ReactNode;
  error?: ReactNode;
}

/**
 * A labelled drop-down for a choice among many (a kecamatan, a category), starting on "Pilih…" so nothing is
 * chosen for the person.
 *
 * @example
 * <SelectField label="Kecamatan" options={kecamatan.map((k) => ({ value: k, label: k }))} value={k} onChange={setK} />
 */
export function SelectField<Value extends string>({
  label,
  options,
  value,
  onChange,
  id,
  name,
  hint,
  error,
}: SelectFieldProps<Value>) {
  const { t } = useUiTexts();
  const generated = useId();
  const ids = fieldIds(id ?? `bas-${generated}`);
  return (
    <div className={error === undefined ? 'bas-field' : 'bas-field bas-field--invalid'}>
      <label className="bas-label" htmlFor={ids.control}>
        {label}
      </label>
      <FieldHelp ids={ids} hint={hint} error={error} />
      <select
        id={ids.control}
        name={name}
        className="bas-input"
        value={value}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy(hint !== undefined && ids.hint, error !== undefined && ids.error)}
        onChange={(event) => onChange(event.target.value as Value | '')}
      >
        <option value="">{t.choose}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
