import type { ReactNode } from 'react';
import { useUiTexts } from './UiLocaleContext.ts';

export interface StepperProps {
  /** The step the person is on, from 1. */
  current: number;
  /** Every step's name, in order. */
  steps: readonly ReactNode[];
}

/**
 * Where the person is in a form of several steps: "Langkah 2 dari 4" and the steps' names, the current one
 * marked `aria-current="step"`.
 *
 * @example
 * <Stepper current={2} steps={['Dokumen', 'Data pemohon', 'Alamat', 'Periksa']} />
 */
export function Stepper({ current, steps }: StepperProps) {
  const { t } = useUiTexts();
  return (
    <nav className="bas-stepper" aria-label={t.step(current, steps.length)}>
      <p className="bas-stepper-count">{t.step(current, steps.length)}</p>
      <ol>
        {steps.map((step, index) => (
          <li key={index} aria-current={index + 1 === current ? 'step' : undefined}>
            {step}
          </li>
        ))}
      </ol>
    </nav>
  );
}
