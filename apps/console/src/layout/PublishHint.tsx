import { useTexts } from '../i18n/useTexts.ts';

/** Publishing is the CLI's job, never the console's: where a developer would look for it, this says how. */
export function PublishHint({ text }: { text?: string }) {
  const t = useTexts();
  return (
    <p className="publish-hint">
      {text ?? t.catalog.publish} <code>npx bas-remote publish</code>.
    </p>
  );
}
