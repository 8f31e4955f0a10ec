import { useLocale, useNavigation, useNotifications, useTelemetry } from '@bas/sdk/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { documentKinds, documentRequestSchema, type DocumentRequest } from './api/documentRequest.ts';
import { useDocumentApi } from './DocumentApiContext.ts';
import { texts } from './texts.ts';

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

function errorsOf(draft: Draft, fields: readonly Field[]): Partial<Record<Field, string>> {
  const result = documentRequestSchema.safeParse(draft);
  if (result.success) return {};
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as Field;
    if (fields.includes(field)) errors[field] ??= issue.message;
  }
  return errors;
}

/** The request in four steps: document, applicant, address and reason, then a summary to check and send. */
export function RequestForm() {
  const t = texts[useLocale()];
  const api = useDocumentApi();
  const notifications = useNotifications();
  const telemetry = useTelemetry();
  const navigation = useNavigation();
  const navigate = useNavigate();
  const formId = useId();
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<Draft>(empty);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);

  const goTo = (next: number) => {
    setStep(next);
    setErrors({});
    // The new step's heading takes focus, so a screen reader announces where the person is.
    queueMicrotask(() => heading.current?.focus());
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = errorsOf(draft, steps[step] ?? []);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (step < steps.length - 1) return goTo(step + 1);
    setSending(true);
    setFailure(undefined);
    try {
      const submitted = await api.submit(documentRequestSchema.parse(draft));
      telemetry.event('permohonan-dikirim', { kind: submitted.kind });
      notifications.toast(t.submitted(submitted.id), { tone: 'success' });
      void navigate(`../status/${submitted.id}`);
    } catch (error) {
      telemetry.error(error, { step: 'submit' });
      setFailure((error as Error).message);
      setSending(false);
    }
  };

  const field = (name: Exclude<Field, 'kind'>, multiline = false) => {
    const id = `${formId}-${name}`;
    const props = {
      id,
      name,
      value: draft[name],
      'aria-invalid': errors[name] === undefined ? undefined : true,
      'aria-describedby': errors[name] === undefined ? undefined : `${id}-error`,
      onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value }),
    };
    return (
      <p key={name}>
        <label htmlFor={id}>{t[name]}</label>
        <br />
        {multiline ? (
          <textarea {...props} rows={3} />
        ) : (
          <input
            {...props}
            inputMode={name === 'nik' || name === 'familyCardNumber' ? 'numeric' : undefined}
          />
        )}
        {errors[name] !== undefined && (
          <span id={`${id}-error`} className="field-error">
            {' '}
            {errors[name]}
          </span>
        )}
      </p>
    );
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`} ref={heading} tabIndex={-1}>
        {t.steps[step]} <small>({t.step(step + 1, steps.length)})</small>
      </h2>
      {Object.keys(errors).length > 0 && <p role="alert">{t.fixErrors}</p>}
      {step === 0 && (
        <fieldset aria-invalid={errors.kind === undefined ? undefined : true}>
          <legend>{t.kindLegend}</legend>
          {documentKinds.map((kind) => (
            <label key={kind} style={{ display: 'block' }}>
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={draft.kind === kind}
                onChange={() => setDraft({ ...draft, kind })}
              />{' '}
              {t.kinds[kind]}
            </label>
          ))}
          {errors.kind !== undefined && <p className="field-error">{errors.kind}</p>}
        </fieldset>
      )}
      {step === 1 && [field('nik'), field('familyCardNumber'), field('fullName')]}
      {step === 2 && [field('address', true), field('kelurahan'), field('reason', true)]}
      {step === 3 && (
        <dl>
          <dt>{t.kindLegend}</dt>
          <dd>{draft.kind === '' ? '' : t.kinds[draft.kind as DocumentRequest['kind']]}</dd>
          {(['nik', 'familyCardNumber', 'fullName', 'address', 'kelurahan', 'reason'] as const).map(
            (name) => (
              <div key={name}>
                <dt>{t[name]}</dt>
                <dd>{draft[name]}</dd>
              </div>
            ),
          )}
        </dl>
      )}
      {failure !== undefined && <p role="alert">{failure}</p>}
      <p>
        {step > 0 ? (
          <button type="button" onClick={() => goTo(step - 1)} disabled={sending}>
            {t.back}
          </button>
        ) : (
          <button type="button" onClick={() => navigation.navigate('')}>
            {t.back}
          </button>
        )}{' '}
        <button type="submit" disabled={sending}>
          {step < steps.length - 1 ? t.next : sending ? t.sending : t.submit}
        </button>
      </p>
    </form>
  );
}
