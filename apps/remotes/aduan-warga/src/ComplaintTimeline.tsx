import { useLocale } from '@bas/sdk/react';
import type { TimelineStep } from './api/complaint.ts';
import { texts } from './texts.ts';

/**
 * Where a complaint stands, as the steps it went through: each reached step with its date, the current one
 * marked (for screen readers too, with `aria-current`), the steps still ahead without a date.
 */
export function ComplaintTimeline({ timeline }: { timeline: readonly TimelineStep[] }) {
  const locale = useLocale();
  const t = texts[locale];
  const current = timeline.findLastIndex((step) => step.at !== undefined);
  return (
    <ol className="aduan-timeline" aria-label={t.timeline}>
      {timeline.map(({ step, at }, index) => (
        <li key={step} aria-current={index === current ? 'step' : undefined}>
          {/* Done, current, ahead: the marks repeat what the text says, for the eye only. */}
          <span aria-hidden="true">{index < current ? '✓ ' : index === current ? '● ' : '○ '}</span>
          {index === current ? <strong>{t.statuses[step]}</strong> : t.statuses[step]}
          {': '}
          {at === undefined ? t.notYet : <time dateTime={at}>{new Date(at).toLocaleDateString(locale)}</time>}
          {index === current && ` (${t.currentStep})`}
        </li>
      ))}
    </ol>
  );
}
