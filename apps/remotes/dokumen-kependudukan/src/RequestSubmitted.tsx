import { useLocale } from '@bas/sdk/react';
import { Notice } from '@bas/ui/react';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { processingDays, type SubmittedRequest } from './api/documentRequest.ts';
import { texts } from './texts.ts';

/** What the applicant sees once the request is sent: its number to keep, and what happens from here. */
export function RequestSubmitted({ request }: { request: SubmittedRequest }) {
  const t = texts[useLocale()];
  const heading = useRef<HTMLHeadingElement>(null);
  // The page changed under the button that was pressed: the focus moves to what it now says.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="request-submitted">
      <h2 id="request-submitted" ref={heading} tabIndex={-1}>
        {t.submittedTitle}
      </h2>
      <Notice tone="success">
        <p>
          {t.requestNumber}: <strong>{request.id}</strong>
        </p>
        <p>{t.keepNumber}</p>
      </Notice>
      <h3>{t.nextTitle}</h3>
      <ol>
        {t.whatNext(processingDays[request.kind]).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <p>
        <Link to={`../status/${request.id}`}>{t.viewStatus}</Link>
      </p>
    </section>
  );
}
