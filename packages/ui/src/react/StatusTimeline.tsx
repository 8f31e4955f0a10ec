import type { ReactNode } from 'react';
import { formatDate } from '../formatDate.ts';
import type { StepState } from '../uiTexts.ts';
import { useUiTexts } from './UiLocaleContext.ts';

export interface TimelineStep {
  /** Unique among the steps. */
  key: string;
  label: ReactNode;
  state: StepState;
  /** When it happened (ISO); a step to come may carry the date it is expected. */
  at?: string | undefined;
  note?: ReactNode;
}

/**
 * Where a request stands: its steps in order, each done, current or to come (said in words, not only by
 * colour), with its date in the locale's format.
 *
 * @example
 * <StatusTimeline steps={[{ key: 'diterima', label: 'Diterima', state: 'done', at: '2025-08-17T09:00:00Z' }]} />
 */
export function StatusTimeline({ steps }: { steps: readonly TimelineStep[] }) {
  const { locale, t } = useUiTexts();
  return (
    <ol className="bas-timeline">
      {steps.map((step) => (
        <li
          key={step.key}
          className={`bas-timeline-${step.state}`}
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          <span className="bas-timeline-label">{step.label}</span>
          <span className="bas-visually-hidden"> ({t.stepStates[step.state]})</span>
          {step.at !== undefined && <time dateTime={step.at}>{formatDate(step.at, locale)}</time>}
          {step.note !== undefined && <span className="bas-timeline-note">{step.note}</span>}
        </li>
      ))}
    </ol>
  );
}
