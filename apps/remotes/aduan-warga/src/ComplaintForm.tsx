import { useLocale, useNotifications, useTelemetry } from '@bas/sdk/react';
import { useState, type FormEvent } from 'react';
import { complaintCategories, complaintSchema, kecamatan, type FiledComplaint } from './api/complaint.ts';
import { useComplaintApi } from './ComplaintApiContext.ts';
import { texts } from './texts.ts';

type Field = 'category' | 'kecamatan' | 'location' | 'description';
const blank: Record<Field, string> = { category: '', kecamatan: '', location: '', description: '' };

/** One form: what, where, and what happened. A filed complaint is forwarded to the agency that handles it. */
export function ComplaintForm({ onFiled }: { onFiled(complaint: FiledComplaint): void }) {
  const t = texts[useLocale()];
  const api = useComplaintApi();
  const notifications = useNotifications();
  const telemetry = useTelemetry();
  const [draft, setDraft] = useState(blank);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string>();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = complaintSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [issue.path[0], issue.message])));
      return;
    }
    setErrors({});
    setSending(true);
    setFailure(undefined);
    try {
      const filed = await api.file(parsed.data);
      telemetry.event('aduan-dikirim', { category: filed.category, kecamatan: filed.kecamatan });
      notifications.toast(t.filed(filed.ticket, filed.handledBy), { tone: 'success' });
      setDraft(blank);
      onFiled(filed);
    } catch (error) {
      telemetry.error(error);
      setFailure((error as Error).message);
    } finally {
      setSending(false);
    }
  };

  // What every control needs: its value, its label's id, and its error announced with it.
  const control = (field: Field) => ({
    id: `aduan-${field}`,
    value: draft[field],
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [field]: event.target.value }),
    'aria-invalid': errors[field] === undefined ? undefined : true,
    'aria-describedby': errors[field] === undefined ? undefined : `aduan-${field}-error`,
  });
  const error = (field: Field) =>
    errors[field] !== undefined && (
      <span id={`aduan-${field}-error`} className="field-error">
        {errors[field]}
      </span>
    );

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="aduan-title">
      <h2 id="aduan-title">{t.title}</h2>
      {Object.keys(errors).length > 0 && <p role="alert">{t.fixErrors}</p>}
      <p>
        <label htmlFor="aduan-category">{t.category}</label>{' '}
        <select {...control('category')}>
          <option value="">{t.choose}</option>
          {complaintCategories.map((category) => (
            <option key={category} value={category}>
              {t.categories[category]}
            </option>
          ))}
        </select>{' '}
        {error('category')}
      </p>
      <p>
        <label htmlFor="aduan-kecamatan">{t.kecamatan}</label>{' '}
        <select {...control('kecamatan')}>
          <option value="">{t.choose}</option>
          {kecamatan.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>{' '}
        {error('kecamatan')}
      </p>
      <p>
        <label htmlFor="aduan-location">{t.location}</label>
        <br />
        <input {...control('location')} /> {error('location')}
      </p>
      <p>
        <label htmlFor="aduan-description">{t.description}</label>
        <br />
        <textarea rows={4} {...control('description')} /> {error('description')}
      </p>
      {failure !== undefined && <p role="alert">{failure}</p>}
      <button type="submit" disabled={sending}>
        {sending ? t.sending : t.submit}
      </button>
    </form>
  );
}
