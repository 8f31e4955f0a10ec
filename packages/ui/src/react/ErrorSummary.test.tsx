import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorSummary } from './ErrorSummary.tsx';
import { TextField } from './TextField.tsx';
import { UiRoot } from './UiRoot.tsx';

afterEach(() => {
  document.body.innerHTML = '';
});

function Form() {
  const [nik, setNik] = useState('');
  const [errors, setErrors] = useState<{ fieldId: string; message: string }[]>([]);
  return (
    <UiRoot locale="id">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setErrors(nik.length === 16 ? [] : [{ fieldId: 'nik', message: 'NIK harus 16 angka' }]);
        }}
      >
        <ErrorSummary errors={errors} />
        <TextField
          id="nik"
          label="NIK"
          hint="16 angka di KTP"
          value={nik}
          onChange={setNik}
          error={errors.length > 0 ? 'NIK harus 16 angka' : undefined}
        />
        <button type="submit">Lanjut</button>
      </form>
    </UiRoot>
  );
}

describe('ErrorSummary', () => {
  it('takes the focus when a submit is refused, and its link puts the focus in the field', async () => {
    render(<Form />);
    expect(screen.queryByRole('alert')).toBeNull();
    await act(() => fireEvent.click(screen.getByRole('button', { name: 'Lanjut' })));

    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(summary.textContent).toContain('Ada yang perlu diperbaiki');
    fireEvent.click(screen.getByRole('link', { name: 'NIK harus 16 angka' }));
    expect(document.activeElement).toBe(screen.getByLabelText('NIK'));
  });

  it('ties the hint and the error to the field, and marks it invalid', async () => {
    render(<Form />);
    const field = screen.getByLabelText('NIK');
    expect(field.getAttribute('aria-describedby')).toBe('nik-hint');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    await act(() => fireEvent.click(screen.getByRole('button', { name: 'Lanjut' })));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe('nik-hint nik-error');
    expect(document.getElementById('nik-error')?.textContent).toBe('Kesalahan: NIK harus 16 angka');
  });

  it('speaks English in an English app', async () => {
    render(
      <UiRoot locale="en">
        <ErrorSummary errors={[{ fieldId: 'x', message: 'Enter your NIK' }]} />
      </UiRoot>,
    );
    expect(screen.getByRole('alert').textContent).toContain('There is a problem');
  });
});
