import { useLocale, useNotifications, useTelemetry } from '@bas/sdk/react';
import { useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { leaveRequestSchema, leaveTypes, workingDays } from './api/leave.ts';
import type { LeaveStore } from './createLeaveStore.ts';
import { texts } from './texts.ts';

type Field = 'type' | 'start' | 'end' | 'reason';

/** The leave form, showing how many working days the dates make before the request is sent. */
export function LeaveForm({ store }: { store: LeaveStore }) {
  const t = texts[useLocale()];
  const submit = useStore(store, (state) => state.submit);
  const notifications = useNotifications();
  const telemetry = useTelemetry();
  const [draft, setDraft] = useState<Record<Field, string>>({ type: '', start: '', end: '', reason: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string>();
  const days =
    draft.start !== '' && draft.end >= draft.start ? workingDays(draft.start, draft.end) : undefined;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = leaveRequestSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [issue.path[0], issue.message])));
      return;
    }
    setErrors({});
    setFailure(undefined);
    setSending(true);
    try {
      const filed = await submit(parsed.data);
      telemetry.event('cuti-diajukan', { type: filed.type, days: filed.workingDays });
      notifications.toast(t.filed(filed.workingDays), { tone: 'success' });
      setDraft({ type: '', start: '', end: '', reason: '' });
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setSending(false);
    }
  };
  const input = (field: Field, label: string, type = 'text') => (
    <p>
      <label htmlFor={`cuti-${field}`}>{label}</label>
      <br />
      <input
        id={`cuti-${field}`}
        type={type}
        value={draft[field]}
        aria-invalid={errors[field] === undefined ? undefined : true}
        aria-describedby={errors[field] === undefined ? undefined : `cuti-${field}-error`}
        onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
      />{' '}
      {errors[field] !== undefined && <span id={`cuti-${field}-error`}>{errors[field]}</span>}
    </p>
  );

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="cuti-form-title">
      <h2 id="cuti-form-title">{t.request}</h2>
      {Object.keys(errors).length > 0 && <p role="alert">{t.fixErrors}</p>}
      <p>
        <label htmlFor="cuti-type">{t.type}</label>{' '}
        <select
          id="cuti-type"
          value={draft.type}
          aria-invalid={errors.type === undefined ? undefined : true}
          onChange={(event) => setDraft({ ...draft, type: event.target.value })}
        >
          <option value="">{t.choose}</option>
          {leaveTypes.map((type) => (
            <option key={type} value={type}>
              {t.types[type]}
            </option>
          ))}
        </select>{' '}
        {errors.type}
      </p>
      {input('start', t.start, 'date')}
      {input('end', t.end, 'date')}
      {days !== undefined && <p aria-live="polite">{t.days(days)}</p>}
      {input('reason', t.reason)}
      {failure !== undefined && <p role="alert">{failure}</p>}
      <button type="submit" disabled={sending}>
        {sending ? t.sending : t.submit}
      </button>
    </form>
  );
}
