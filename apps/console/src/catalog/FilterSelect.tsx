import { useId } from 'react';

/**
 * A filter's drop-down in the kit's look: its first choice is "all", not the kit's "choose…", since a filter
 * left alone keeps everything.
 */
export function FilterSelect({
  label,
  allLabel,
  options,
  value,
  onChange,
}: {
  label: string;
  allLabel: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange(value: string): void;
}) {
  const id = useId();
  return (
    <div className="bas-field">
      <label className="bas-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="bas-input" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
