import { Notice } from '@bas/ui/react';
import { useEffect } from 'react';
import { useRouteError } from 'react-router';
import { useTexts } from '../i18n/useTexts.ts';
import { PageHeading } from './PageHeading.tsx';

/** A page that threw: said in the layout, with the error in the browser's console for whoever investigates. */
export function PageCrash() {
  const t = useTexts();
  const error = useRouteError();
  useEffect(() => console.error(error), [error]);
  return (
    <>
      <PageHeading text={t.errors.title} />
      <Notice tone="error" role="alert">
        {t.errors.unexpected}
      </Notice>
    </>
  );
}
