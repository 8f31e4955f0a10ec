import { OptionGroup, type OptionGroupProps } from './OptionGroup.tsx';

export interface RadioGroupProps<Value extends string> extends OptionGroupProps<Value> {
  /** The chosen option's value; `''` while none is. */
  value: Value | '';
  onChange(value: Value): void;
}

/**
 * One choice among a few, as a fieldset whose legend asks the question; every option's row is a 44 px target.
 *
 * @example
 * <RadioGroup id="kind" legend="Dokumen" name="kind" options={[{ value: 'kk', label: 'Kartu Keluarga' }]}
 *   value={kind} onChange={setKind} error={errors.kind} />
 */
export function RadioGroup<Value extends string>({ value, onChange, ...group }: RadioGroupProps<Value>) {
  return (
    <OptionGroup
      {...group}
      type="radio"
      isChecked={(option) => option === value}
      onToggle={(option) => onChange(option)}
    />
  );
}
