import { useLocale, useNavigation, useNotifications, useSurvey, useTelemetry } from '@bas/sdk/react';
import { normalizeNik } from '@bas/ui';
import { Button, ErrorSummary, RadioGroup, Stepper, TextField } from '@bas/ui/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import {
  documentKinds,
  documentRequestSchema,
  type DocumentKind,
  type DocumentRequest,
  type SubmittedRequest,
} from './api/documentRequest.ts';
import { useDocumentApi } from './DocumentApiContext.ts';
import { RequestSubmitted } from './RequestSubmitted.tsx';
import { texts } from './texts.ts';
import { WhatYouNeed } from './WhatYouNeed.tsx';

type Field = keyof DocumentRequest;
type Draft = Record<Field, string>;

/** Which fields each step asks for; a step is checked before the next one opens. */
const steps: Field[][] = [
  ['kind'],
  ['nik', 'familyCardNumber', 'fullName'],
  ['address', 'kelurahan', 'reason'],
  [],
];
const empty: Draft = {
  kind: '',
  nik: '',
  familyCardNumber: '',
  fullName: '',
  address: '',
  kelurahan: '',
  reason: '',
};

/** The document a link asked for (`baru?jenis=kk`, the life-event journeys), when it is one; none otherwise. */
const askedKind = (asked: string | null): DocumentKind | '' =>
  documentKinds.find((kind) => kind === asked) ?? '';

/** The numbers as the agency stores them: people type them in the groups printed on their cards. */
function normalized(draft: Draft): Draft {
  return {
    ...draft,
    nik: normalizeNik(draft.nik) ?? draft.nik,
    familyCardNumber: normalizeNik(draft.familyCardNumber) ?? draft.familyCardNumber,
  };
}

/** The fields of `fields` in error; the schema says which, the app's texts say it in the person's language. */
function fieldsInError(draft: Draft, fields: readonly Field[]): Field[] {
  const result = documentRequestSchema.safeParse(normalized(draft));
  if (result.success) return [];
  const wrong = new Set(result.error.issues.map((issue) => issue.path[0] as Field));
  return fields.filter((field) => wrong.has(field));
}

/** The request in four steps: document, applicant, address and reason, then a summary to check and send. */
export function RequestForm() {
  const t = texts[useLocale()];
  const api = useDocumentApi();
  const notifications = useNotifications();
  const telemetry = useTelemetry();
  const survey = useSurvey();
  const navigation = useNavigation();
  const formId = useId();
  const [step, setStep] = useState(0);
  const [searchParams] = useSearchParams();
  const [draft, setDraft] = useState<Draft>(() => ({ ...empty, kind: askedKind(searchParams.get('jenis')) }));
  const [wrong, setWrong] = useState<Field[]>([]);
  const [sending, setSending] = useState(false);
  const [submitted, setSubmitted] = useState<SubmittedRequest>();
  const [failure, setFailure] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);

  const goTo = (next: number) => {
    setStep(next);
    setWrong([]);
    // The new step's heading takes focus, so a screen reader announces where the person is.
    queueMicrotask(() => heading.current?.focus());
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = fieldsInError(draft, steps[step] ?? []);
    setWrong(found);
    if (found.length > 0) return;
    if (step < steps.length - 1) return goTo(step + 1);
    setSending(true);
    setFailure(undefined);
    try {
      const request = await api.submit(documentRequestSchema.parse(normalized(draft)));
      telemetry.event('permohonan-dikirim', { kind: request.kind });
      notifications.toast(t.submitted(request.id), { tone: 'success' });
      setSubmitted(request);
      // The service is done for now: the portal may invite the person to rate it, once a year at most.
      survey.request().catch((error: unknown) => telemetry.error(error, { step: 'survey' }));
    } catch (error) {
      telemetry.error(error, { step: 'submit' });
      setFailure((error as Error).message);
      setSending(false);
    }
  };

  const errorOf = (name: Field) => (wrong.includes(name) ? t.errors[name] : undefined);
  const field = (name: Exclude<Field, 'kind'>, multiline = false) => (
    <TextField
      key={name}
      id={`${formId}-${name}`}
      name={name}
      label={t[name]}
      hint={name === 'nik' ? t.nikHint : undefined}
      value={draft[name]}
      onChange={(value) => setDraft({ ...draft, [name]: value })}
      error={errorOf(name)}
      rows={multiline ? 3 : undefined}
      inputMode={name === 'nik' || name === 'familyCardNumber' ? 'numeric' : undefined}
    />
  );

  if (submitted !== undefined) return <RequestSubmitted request={submitted} />;
  const review = normalized(draft);
  return (
    <>
      {step === 0 && <WhatYouNeed />}
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby={`${formId}-title`}>
        <h2 id={`${formId}-title`} ref={heading} tabIndex={-1}>
          {t.steps[step]}
        </h2>
        <Stepper current={step + 1} steps={t.steps} />
        <ErrorSummary
          errors={wrong.map((name) => ({ fieldId: `${formId}-${name}`, message: t.errors[name] }))}
        />
        {step === 0 && (
          <RadioGroup
            id={`${formId}-kind`}
            legend={t.kindLegend}
            name="kind"
            options={documentKinds.map((kind) => ({ value: kind, label: t.kinds[kind] }))}
            value={draft.kind as DocumentKind | ''}
            onChange={(kind) => setDraft({ ...draft, kind })}
            error={errorOf('kind')}
          />
        )}
        {step === 1 && [field('nik'), field('familyCardNumber'), field('fullName')]}
        {step === 2 && [field('address', true), field('kelurahan'), field('reason', true)]}
        {step === 3 && (
          <dl>
            <dt>{t.kindLegend}</dt>
            <dd>{review.kind === '' ? '' : t.kinds[review.kind as DocumentKind]}</dd>
            {(['nik', 'familyCardNumber', 'fullName', 'address', 'kelurahan', 'reason'] as const).map(
              (name) => (
                <div key={name}>
                  <dt>{t[name]}</dt>
                  <dd>{review[name]}</dd>
                </div>
              ),
            )}
          </dl>
        )}
        {failure !== undefined && <p role="alert">{failure}</p>}
        <div className="bas-actions">
          {step > 0 ? (
            <Button variant="secondary" onClick={() => goTo(step - 1)} disabled={sending}>
              {t.back}
            </Button>
          ) : (
            <Button variant="secondary" onClick={() => navigation.navigate('')}>
              {t.back}
            </Button>
          )}
          <Button type="submit" disabled={sending}>
            {step < steps.length - 1 ? t.next : sending ? t.sending : t.submit}
          </Button>
        </div>
      </form>
    </>
  );
}
