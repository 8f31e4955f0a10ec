import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { UiLocale } from '../uiTexts.ts';
import { FileField } from './FileField.tsx';
import { UiRoot } from './UiRoot.tsx';

afterEach(() => {
  document.body.innerHTML = '';
});

function Attachment({ locale, button }: { locale: UiLocale; button?: string }) {
  const [names, setNames] = useState<string[]>([]);
  return (
    <UiRoot locale={locale}>
      <FileField
        id="scan"
        label="Scan KK"
        hint="PDF atau JPEG"
        error={names.length === 0 ? 'Pilih scan KK' : undefined}
        accept="application/pdf,image/jpeg"
        button={button}
        onChange={(files) => setNames(files.map((file) => file.name))}
      >
        {names.length > 0 && <output>{names.join(', ')}</output>}
      </FileField>
    </UiRoot>
  );
}

describe('FileField', () => {
  it('keeps the native input, named by the field’s label, with its hint and error', () => {
    render(<Attachment locale="id" />);
    const input = screen.getByLabelText('Scan KK') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('application/pdf,image/jpeg');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(
      input
        .getAttribute('aria-describedby')
        ?.split(' ')
        .map((id) => document.getElementById(id)?.textContent),
    ).toEqual(['PDF atau JPEG', 'Kesalahan: Pilih scan KK']);
  });

  it('shows a button that is a label for the input, saying what it does in the kit’s words unless told', () => {
    render(<Attachment locale="en" />);
    const button = screen.getByText('Choose a file');
    expect(button.tagName).toBe('LABEL');
    expect(button.getAttribute('for')).toBe('scan');
    expect(button.className).toContain('bas-button--secondary');
    document.body.innerHTML = '';
    render(<Attachment locale="id" button="Pilih scan" />);
    expect(screen.getByText('Pilih scan').getAttribute('for')).toBe('scan');
  });

  it('gives the chosen files and shows what the app says about them under the button', () => {
    render(<Attachment locale="id" />);
    const kk = new File(['%PDF'], 'kk.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByLabelText('Scan KK'), { target: { files: [kk] } });
    expect(screen.getByRole('status').textContent).toBe('kk.pdf');
    expect(screen.getByLabelText('Scan KK').hasAttribute('aria-invalid')).toBe(false);
  });
});
