import { Button, Notice } from '@bas/ui/react';
import { RegistryCallError } from '../api/RegistryCallError.ts';
import { useTexts } from '../i18n/useTexts.ts';

/**
 * What went wrong with a registry call, said for the person in front of it: what happened, the registry's own
 * words or what the console could not read, and a way to try again. Announced at once (`role="alert"`).
 */
export function RegistryErrorNotice({
  error,
  onRetry,
  action = false,
}: {
  error: unknown;
  onRetry?: (() => void) | undefined;
  /** A change the person asked for failed, rather than the page's data. */
  action?: boolean;
}) {
  const t = useTexts();
  return (
    <Notice tone="error" role="alert">
      <p className="notice-heading">{action ? t.errors.actionTitle : t.errors.title}</p>
      <ErrorText error={error} />
      {onRetry !== undefined && (
        <p>
          <Button variant="secondary" onClick={onRetry}>
            {t.errors.retry}
          </Button>
        </p>
      )}
    </Notice>
  );
}

function ErrorText({ error }: { error: unknown }) {
  const t = useTexts();
  if (!(error instanceof RegistryCallError)) return <p>{t.errors.unexpected}</p>;
  switch (error.kind) {
    case 'unreachable':
      return <p>{t.errors.unreachable({ call: error.call })}</p>;
    case 'signed-out':
      return <p>{t.errors.signedOut}</p>;
    case 'sign-in-unreachable':
      return <p>{t.errors.signInUnreachable}</p>;
    case 'refused':
      return (
        <>
          <p>{t.errors.refused({ call: error.call, status: error.status ?? '?' })}</p>
          <blockquote lang="en">{error.detail}</blockquote>
        </>
      );
    case 'not-understood':
      return (
        <>
          <p>{t.errors.notUnderstood({ call: error.call })}</p>
          <pre className="error-detail" lang="en">
            {error.detail}
          </pre>
        </>
      );
  }
}
