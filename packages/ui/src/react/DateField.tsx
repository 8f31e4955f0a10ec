import { useState, type ReactNode } from 'react';
import { formatDate } from '../formatDate.ts';
import { parseIndonesianDate } from '../parseIndonesianDate.ts';
import { TextField } from './TextField.tsx';
import { useUiTexts } from './UiLocaleContext.ts';

export interface DateFieldProps {
  label: ReactNode;
  /** What the person typed, kept as typed. */
  value: string;
  /** What they typed, and the ISO date it is (`undefined` while it is not a date). */
  onChange(value: string, iso: string | undefined): void;
  id?: string | undefined;
  name?: string | undefined;
  /** The form's own error for the date (required, too early); the format error is the field's. */
  error?: ReactNode;
}

/**
 * A date typed the way people in Indonesia write it (`17/08/2025`, `17-08-2025`, `17 Agustus 2025`, ISO), with
 * an example in the hint. Once a date is read, the hint says which day it was read as; leaving the field with
 * text that is no date says what to write.
 *
 * @example
 * <DateField label="Mulai" value={start} onChange={(text, iso) => setStart(text)} error={errors.start} />
 */
export function DateField({ label, value, onChange, id, name, error }: DateFieldProps) {
  const { locale, t } = useUiTexts();
  const [left, setLeft] = useState(false);
  const iso = parseIndonesianDate(value);
  const formatError = left && value.trim() !== '' && iso === undefined ? t.invalidDate : undefined;
  return (
    <TextField
      id={id}
      name={name}
      label={label}
      hint={iso === undefined ? t.dateHint : t.dateReadAs(formatDate(iso, locale))}
      error={error ?? formatError}
      width="short"
      value={value}
      onChange={(text) => {
        setLeft(false);
        onChange(text, parseIndonesianDate(text));
      }}
      onBlur={() => setLeft(true)}
    />
  );
}
