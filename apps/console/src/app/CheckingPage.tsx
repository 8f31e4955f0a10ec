import { useTexts } from '../i18n/useTexts.ts';
import { BarePage } from '../layout/BarePage.tsx';

/** While config.json is read and the sign-in is checked: a second at most, said rather than a blank page. */
export function CheckingPage() {
  const t = useTexts();
  return (
    <BarePage title={t.brand}>
      <p role="status">{t.auth.checking}</p>
    </BarePage>
  );
}
