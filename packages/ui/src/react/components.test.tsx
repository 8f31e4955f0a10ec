import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckboxGroup } from './CheckboxGroup.tsx';
import { Notice } from './Notice.tsx';
import { RadioGroup } from './RadioGroup.tsx';
import { StatusTimeline } from './StatusTimeline.tsx';
import { Stepper } from './Stepper.tsx';
import { TextField } from './TextField.tsx';
import { UiRoot } from './UiRoot.tsx';

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

const kinds = [
  { value: 'ktp-el', label: 'KTP elektronik' },
  { value: 'kk', label: 'Kartu Keluarga', hint: 'Untuk keluarga baru atau yang berubah' },
] as const;

function Groups() {
  const [kind, setKind] = useState<'ktp-el' | 'kk' | ''>('');
  const [ticked, setTicked] = useState<('ktp-el' | 'kk')[]>([]);
  return (
    <UiRoot locale="id">
      <RadioGroup
        id="kind"
        legend="Dokumen"
        name="kind"
        options={kinds}
        value={kind}
        onChange={(value) => setKind(value)}
      />
      <CheckboxGroup legend="Salinan" name="copies" options={kinds} value={ticked} onChange={setTicked} />
      <output>{`${kind}|${ticked.join(',')}`}</output>
    </UiRoot>
  );
}

describe('the kit', () => {
  it('adds its stylesheet to the page once an app root renders', () => {
    render(<Groups />);
    expect(document.head.querySelector('style[data-bas-ui]')?.textContent).toContain('.bas-ui .bas-button');
  });

  it('asks a question with a fieldset and legend, each whole option row a label', () => {
    render(<Groups />);
    const group = screen.getByRole('group', { name: 'Dokumen' });
    expect(group.tagName).toBe('FIELDSET');
    fireEvent.click(screen.getAllByText('Kartu Keluarga')[0] as HTMLElement);
    fireEvent.click(screen.getAllByText('KTP elektronik')[1] as HTMLElement);
    fireEvent.click(screen.getAllByText('Kartu Keluarga')[1] as HTMLElement);
    expect(screen.getByRole('status').textContent).toBe('kk|ktp-el,kk');
    // The summary's link to the group reaches its first option.
    expect(document.getElementById('kind')?.getAttribute('value')).toBe('ktp-el');
  });

  it('says where the person is in a form of several steps', () => {
    render(
      <UiRoot locale="en">
        <Stepper current={2} steps={['Document', 'Applicant', 'Send']} />
      </UiRoot>,
    );
    expect(screen.getByText('Step 2 of 3')).toBeTruthy();
    expect(screen.getByText('Applicant').getAttribute('aria-current')).toBe('step');
  });

  it('shows where a request stands, in words and with dates in the locale', () => {
    render(
      <UiRoot locale="id">
        <StatusTimeline
          steps={[
            { key: 'a', label: 'Diterima', state: 'done', at: '2025-08-17' },
            { key: 'b', label: 'Diverifikasi', state: 'current', at: '2025-08-18' },
            { key: 'c', label: 'Siap diambil', state: 'upcoming' },
          ]}
        />
      </UiRoot>,
    );
    const steps = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(steps).toEqual([
      'Diterima (selesai)17 Agustus 2025',
      'Diverifikasi (sedang berjalan)18 Agustus 2025',
      'Siap diambil (belum)',
    ]);
  });

  it('says a text field is required only when the app says so', () => {
    const street = (required?: boolean) => (
      <UiRoot locale="id">
        <TextField label="Jalan" value="" onChange={() => {}} required={required} />
      </UiRoot>
    );
    const { rerender } = render(street(true));
    expect(screen.getByLabelText('Jalan').getAttribute('aria-required')).toBe('true');
    rerender(street(false));
    expect(screen.getByLabelText('Jalan').getAttribute('aria-required')).toBe('false');
    rerender(street());
    expect(screen.getByLabelText('Jalan').hasAttribute('aria-required')).toBe(false);
  });

  it('says a notice’s tone in words, not only in colour', () => {
    render(
      <UiRoot locale="id">
        <Notice tone="warning" title="Berkas belum lengkap" />
      </UiRoot>,
    );
    expect(screen.getByRole('heading').textContent).toBe('Perhatian: Berkas belum lengkap');
  });
});
