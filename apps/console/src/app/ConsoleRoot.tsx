import { UiRoot } from '@bas/ui/react';
import { Suspense, use, type ReactNode } from 'react';
import { ConfigProblemPage } from '../config/ConfigProblemPage.tsx';
import { useLocale } from '../i18n/LocaleContext.ts';
import { LocaleProvider } from '../i18n/LocaleProvider.tsx';
import { CheckingPage } from './CheckingPage.tsx';
import { SessionGate } from './SessionGate.tsx';
import type { Started } from './startConsole.ts';

/** The whole console, in the chosen language, from the moment config.json is being read. */
export function ConsoleRoot({ started }: { started: Promise<Started> }) {
  return (
    <LocaleProvider>
      <KitRoot>
        <Suspense fallback={<CheckingPage />}>
          <Console started={started} />
        </Suspense>
      </KitRoot>
    </LocaleProvider>
  );
}

/** The design system's root, speaking the console's language. */
function KitRoot({ children }: { children: ReactNode }) {
  return <UiRoot locale={useLocale().locale}>{children}</UiRoot>;
}

function Console({ started }: { started: Promise<Started> }) {
  const result = use(started);
  if (result.status === 'config-failed') return <ConfigProblemPage problem={result.problem} />;
  return <SessionGate session={result.session} registry={result.registry} />;
}
