import { OptionGroup, type OptionGroupProps } from './OptionGroup.tsx';

export interface CheckboxGroupProps<Value extends string> extends OptionGroupProps<Value> {
  /** The ticked options' values. */
  value: readonly Value[];
  onChange(value: Value[]): void;
}

/**
 * Any number of options, as a fieldset whose legend asks the question; the value keeps the options' order.
 *
 * @example
 * <CheckboxGroup legend="Lampiran" name="lampiran" options={options} value={ticked} onChange={setTicked} />
 */
export function CheckboxGroup<Value extends string>({
  value,
  onChange,
  ...group
}: CheckboxGroupProps<Value>) {
  return (
    <OptionGroup
      {...group}
      type="checkbox"
      isChecked={(option) => value.includes(option)}
      onToggle={(option, checked) =>
        onChange(
          group.options
            .map((each) => each.value)
            .filter((each) => (each === option ? checked : value.includes(each))),
        )
      }
    />
  );
}
