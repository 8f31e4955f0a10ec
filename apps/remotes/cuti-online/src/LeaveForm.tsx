import { useLocale, useNotifications, useTelemetry } from '@bas/sdk/react';
import { parseIndonesianDate, uiTexts } from '@bas/ui';
import { Button, DateField, ErrorSummary, SelectField, TextField } from '@bas/ui/react';
import { useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { leaveRequestSchema, leaveTypes, workingDays, type LeaveType } from './api/leave.ts';
import type { LeaveStore } from './createLeaveStore.ts';
import { texts } from './texts.ts';

type Field = 'type' | 'start' | 'end' | 'reason';
const fields: readonly Field[] = ['type', 'start', 'end', 'reason'];

/** The leave form, showing how many working days the dates make before the request is sent. */
export function LeaveForm({ store }: { store: LeaveStore }) {
  const locale = useLocale();
  const t = texts[locale];
  const submit = useStore(store, (state) => state.submit);
  const notifications = useNotifications();
  const telemetry = useTelemetry();
  const [draft, setDraft] = useState<Record<Field, string>>({ type: '', start: '', end: '', reason: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string>();
  // Dates are typed as people write them (17/08/2025, 17 Agustus 2025); the request carries ISO dates.
  const start = parseIndonesianDate(draft.start);
  const end = parseIndonesianDate(draft.end);
  const days = start !== undefined && end !== undefined && end >= start ? workingDays(start, end) : undefined;

  /** What is wrong with a field, in the person's language: the schema says which field, not in which words. */
  const messageFor = (field: Field): string => {
    if ((field === 'start' || field === 'end') && draft[field].trim() !== '') {
      return parseIndonesianDate(draft[field]) === undefined ? uiTexts[locale].invalidDate : t.endBeforeStart;
    }
    return t.errors[field];
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = leaveRequestSchema.safeParse({ ...draft, start: start ?? '', end: end ?? '' });
    if (!parsed.success) {
      const wrong = new Set(parsed.error.issues.map((issue) => issue.path[0]));
      setErrors(
        Object.fromEntries(
          fields.filter((field) => wrong.has(field)).map((field) => [field, messageFor(field)]),
        ),
      );
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
  const set = (field: Field) => (value: string) => setDraft({ ...draft, [field]: value });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="cuti-form-title">
      <h2 id="cuti-form-title">{t.request}</h2>
      <ErrorSummary
        errors={fields.flatMap((field) => {
          const message = errors[field];
          return message === undefined ? [] : [{ fieldId: `cuti-${field}`, message }];
        })}
      />
      <SelectField
        id="cuti-type"
        label={t.type}
        options={leaveTypes.map((type) => ({ value: type, label: t.types[type] }))}
        value={draft.type as LeaveType | ''}
        onChange={set('type')}
        error={errors.type}
      />
      <DateField
        id="cuti-start"
        label={t.start}
        value={draft.start}
        onChange={set('start')}
        error={errors.start}
      />
      <DateField id="cuti-end" label={t.end} value={draft.end} onChange={set('end')} error={errors.end} />
      {days !== undefined && <p aria-live="polite">{t.days(days)}</p>}
      <TextField
        id="cuti-reason"
        label={t.reason}
        value={draft.reason}
        onChange={set('reason')}
        error={errors.reason}
      />
      {failure !== undefined && <p role="alert">{failure}</p>}
      <Button type="submit" disabled={sending}>
        {sending ? t.sending : t.submit}
      </Button>
    </form>
  );
}
