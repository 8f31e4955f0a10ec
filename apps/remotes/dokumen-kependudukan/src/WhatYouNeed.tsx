import { useLocale } from '@bas/sdk/react';
import { Notice } from '@bas/ui/react';
import { texts } from './texts.ts';

/** Before the form: what to have at hand, so nobody gives up halfway to look for their family card. */
export function WhatYouNeed() {
  const t = texts[useLocale()];
  return (
    <Notice title={t.prepareTitle}>
      <ul>
        {t.prepare.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </Notice>
  );
}
