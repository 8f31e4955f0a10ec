import { useLocale, type Locale } from '../i18n/LocaleContext.ts';
import { useTexts } from '../i18n/useTexts.ts';

const locales: Locale[] = ['id', 'en'];

/** Two toggle buttons, each in its own language, the chosen one pressed. */
export function LanguageSwitch() {
  const t = useTexts();
  const { locale, setLocale } = useLocale();
  return (
    <div className="language" role="group" aria-label={t.language.label}>
      {locales.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={locale === code}
          // The visible code is the name (WCAG 2.5.3, label in name); the language's full name is the tooltip.
          title={t.language[code]}
          onClick={() => setLocale(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
