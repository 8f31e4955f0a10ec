import { useId, type ReactNode } from 'react';
import { describedBy, fieldIds } from '../fieldIds.ts';
import { FieldHelp } from './FieldHelp.tsx';

export interface Option<Value extends string> {
  value: Value;
  label: ReactNode;
  /** A line under the option's label, saying what choosing it means. */
  hint?: ReactNode;
}

export interface OptionGroupProps<Value extends string> {
  legend: ReactNode;
  name: string;
  options: readonly Option<Value>[];
  /** The first option's id, for an error summary's link: following it puts the focus on the group. */
  id?: string | undefined;
  hint?: ReactNode;
  error?: ReactNode;
}

/** What RadioGroup and CheckboxGroup share: a fieldset with a legend, its hint and error, one row per option. */
export function OptionGroup<Value extends string>({
  legend,
  name,
  options,
  id,
  hint,
  error,
  type,
  isChecked,
  onToggle,
}: OptionGroupProps<Value> & {
  type: 'radio' | 'checkbox';
  isChecked(value: Value): boolean;
  onToggle(value: Value, checked: boolean): void;
}) {
  const generated = useId();
  const ids = fieldIds(id ?? `bas-${generated}`);
  return (
    <fieldset
      className={error === undefined ? 'bas-group' : 'bas-group bas-group--invalid'}
      aria-describedby={describedBy(hint !== undefined && ids.hint, error !== undefined && ids.error)}
    >
      <legend className="bas-legend">{legend}</legend>
      <FieldHelp ids={ids} hint={hint} error={error} />
      {options.map((option, index) => {
        const optionId = index === 0 ? ids.control : `${ids.control}-${index}`;
        return (
          // The whole row is the label: a 44 px target, not the 16 px box.
          <label key={option.value} className="bas-option" htmlFor={optionId}>
            <input
              id={optionId}
              type={type}
              name={name}
              value={option.value}
              checked={isChecked(option.value)}
              aria-invalid={error === undefined ? undefined : true}
              onChange={(event) => onToggle(option.value, event.target.checked)}
            />
            <span>
              {option.label}
              {option.hint !== undefined && <span className="bas-option-hint">{option.hint}</span>}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
