import type { HealthStatus } from '../api/registryApi.ts';
import { useTexts } from '../i18n/useTexts.ts';

/** The monitor's verdict in words, with a coloured mark beside them (the words carry it; the colour only helps). */
export function HealthLabel({ status }: { status: HealthStatus }) {
  const t = useTexts();
  return (
    <span className={`health health-${status}`}>
      <span className="health-mark" aria-hidden="true" />
      {t.health[status]}
    </span>
  );
}
