import { Button } from '@bas/ui/react';
import { useTexts } from '../i18n/useTexts.ts';
import { BarePage } from '../layout/BarePage.tsx';
import type { ConfigProblem } from './loadConsoleConfig.ts';

/** What config.json must hold, as the operator fixing it will copy it. */
const example = JSON.stringify(
  {
    registryUrl: 'https://pusat-kendali.kotabogor.go.id',
    auth: { url: 'https://sso.kotabogor.go.id', realm: 'bas', clientId: 'bas-console' },
  },
  null,
  2,
);

/** config.json is missing or wrong: the console cannot reach the registry or sign anyone in, and says so. */
export function ConfigProblemPage({ problem }: { problem: ConfigProblem }) {
  const t = useTexts();
  return (
    <BarePage title={t.config.title}>
      <div role="alert">
        <p>{t.config.reasons[problem.reason]({ detail: problem.detail })}</p>
      </div>
      <p>{t.config.fix}</p>
      <h2>{t.config.example}</h2>
      <pre className="code-block">
        <code>{example}</code>
      </pre>
      <p>
        <Button variant="secondary" onClick={() => window.location.reload()}>
          {t.config.reload}
        </Button>
      </p>
    </BarePage>
  );
}
