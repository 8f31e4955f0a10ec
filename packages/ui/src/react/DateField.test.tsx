import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { UiLocale } from '../uiTexts.ts';
import { DateField } from './DateField.tsx';
import { UiRoot } from './UiRoot.tsx';

afterEach(() => {
  document.body.innerHTML = '';
});

let read: string | undefined;
function Start({ locale }: { locale: UiLocale }) {
  const [text, setText] = useState('');
  return (
    <UiRoot locale={locale}>
      <DateField
        label="Mulai"
        value={text}
        onChange={(value, iso) => {
          setText(value);
          read = iso;
        }}
      />
    </UiRoot>
  );
}

describe('DateField', () => {
  it('takes a date as Indonesians write it and says which day it read', () => {
    render(<Start locale="id" />);
    const field = screen.getByLabelText('Mulai');
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Contoh: 17/08/2025 atau 17 Agustus 2025',
    );
    fireEvent.change(field, { target: { value: '17/08/2025' } });
    expect(read).toBe('2025-08-17');
    expect(screen.getByText('Dibaca: 17 Agustus 2025')).toBeTruthy();
  });

  it('says what format to use when what was typed is no date', () => {
    render(<Start locale="en" />);
    const field = screen.getByLabelText('Mulai');
    fireEvent.change(field, { target: { value: '17 Agustos' } });
    expect(read).toBeUndefined();
    fireEvent.blur(field);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Write it like 17\/08\/2025 or 17 August 2025/)).toBeTruthy();
  });
});
